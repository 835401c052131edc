package vn.ocop.portal.registry;

import java.util.List;

import org.springframework.stereotype.Component;

import vn.ocop.portal.identity.Role;
import vn.ocop.portal.shared.web.MenuContribution;
import vn.ocop.portal.shared.web.MenuItem;

/**
 * Adds the registry to the back office's navigation: for officers (administrators reach it through
 * the provincial officer's role) and for organisation representatives, who see their own
 * organisation there.
 */
@Component
class RegistryMenu implements MenuContribution {

	static final String PATH = "/backoffice/registry";

	@Override
	public List<MenuItem> backOfficeItems() {
		return List.of(MenuItem.forAuthority("registry.menu", PATH, Role.PROVINCIAL_OFFICER.authority(), 200),
				MenuItem.forAuthority("registry.menu", PATH, Role.LOCAL_OFFICER.authority(), 200),
				MenuItem.forAuthority("registry.menu.own", PATH, Role.ORGANISATION_REP.authority(), 200));
	}

}
