package vn.ocop.portal.identity;

import java.util.List;

import org.springframework.stereotype.Component;

import vn.ocop.portal.shared.web.MenuContribution;
import vn.ocop.portal.shared.web.MenuItem;

/** Adds user administration to the back office's navigation, for administrators. */
@Component
class IdentityMenu implements MenuContribution {

	@Override
	public List<MenuItem> backOfficeItems() {
		return List.of(MenuItem.forAuthority("identity.menu.users", "/admin/users", Role.ADMIN.authority(), 900));
	}

}
