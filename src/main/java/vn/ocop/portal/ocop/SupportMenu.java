package vn.ocop.portal.ocop;

import java.util.List;

import org.springframework.stereotype.Component;

import vn.ocop.portal.identity.Role;
import vn.ocop.portal.shared.web.MenuContribution;
import vn.ocop.portal.shared.web.MenuItem;

/** The back-office menu item of OCOP support records, for officers. */
@Component
class SupportMenu implements MenuContribution {

	@Override
	public List<MenuItem> backOfficeItems() {
		return List.of(
				MenuItem.forAuthority("ocop.menu.support", SupportController.PATH, Role.PROVINCIAL_OFFICER.authority(), 318),
				MenuItem.forAuthority("ocop.menu.support", SupportController.PATH, Role.LOCAL_OFFICER.authority(), 318));
	}

}
