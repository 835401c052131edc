package vn.ocop.portal.importing;

import java.util.List;

import org.springframework.stereotype.Component;

import vn.ocop.portal.identity.Role;
import vn.ocop.portal.shared.web.MenuContribution;
import vn.ocop.portal.shared.web.MenuItem;

/**
 * The back office's "Imports" entry, for provincial officers (and the administrator, above them
 * in the role hierarchy) and local officers, whom the registry's sheets admit (rows outside their
 * unit are refused row by row).
 */
@Component
class ImportsMenu implements MenuContribution {

	static final String PATH = "/backoffice/imports";

	@Override
	public List<MenuItem> backOfficeItems() {
		return List.of(MenuItem.forAuthority("importing.menu.backoffice", PATH, Role.PROVINCIAL_OFFICER.authority(), 80),
				MenuItem.forAuthority("importing.menu.backoffice", PATH, Role.LOCAL_OFFICER.authority(), 80));
	}

}
