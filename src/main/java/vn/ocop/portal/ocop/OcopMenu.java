package vn.ocop.portal.ocop;

import java.util.List;

import org.springframework.stereotype.Component;

import vn.ocop.portal.identity.Role;
import vn.ocop.portal.shared.web.MenuContribution;
import vn.ocop.portal.shared.web.MenuItem;

/** The OCOP scorecards in the back office: for provincial officers (and administrators) and council members. */
@Component
class OcopMenu implements MenuContribution {

	@Override
	public List<MenuItem> backOfficeItems() {
		return List.of(
				MenuItem.forAuthority("ocop.menu.scorecards", ScorecardController.PATH, Role.PROVINCIAL_OFFICER.authority(), 300),
				MenuItem.forAuthority("ocop.menu.scorecards", ScorecardController.PATH, Role.COUNCIL_MEMBER.authority(), 300));
	}

}
