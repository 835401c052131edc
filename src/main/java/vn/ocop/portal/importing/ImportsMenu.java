package vn.ocop.portal.importing;

import java.util.List;

import org.springframework.stereotype.Component;

import vn.ocop.portal.identity.Role;
import vn.ocop.portal.shared.web.MenuContribution;
import vn.ocop.portal.shared.web.MenuItem;

/**
 * The back office's "Imports" entry, for provincial officers (and the administrator, above them
 * in the role hierarchy).
 */
@Component
class ImportsMenu implements MenuContribution {

	static final String PATH = "/backoffice/imports";

	@Override
	public List<MenuItem> backOfficeItems() {
		return List.of(MenuItem.forAuthority("importing.menu.backoffice", PATH, Role.PROVINCIAL_OFFICER.authority(), 80));
	}

}
