package vn.ocop.portal.ocop;

import java.util.List;

import org.springframework.stereotype.Component;

import vn.ocop.portal.identity.Role;
import vn.ocop.portal.shared.web.MenuContribution;
import vn.ocop.portal.shared.web.MenuItem;

/**
 * The OCOP pages in the back office: scorecards for provincial officers (and administrators) and council
 * members; subjects and products for officers and organisation representatives; evaluation rounds for
 * provincial officers and council members; applications for all of them.
 */
@Component
class OcopMenu implements MenuContribution {

	@Override
	public List<MenuItem> backOfficeItems() {
		return List.of(
				MenuItem.forAuthority("ocop.menu.scorecards", ScorecardController.PATH, Role.PROVINCIAL_OFFICER.authority(), 300),
				MenuItem.forAuthority("ocop.menu.scorecards", ScorecardController.PATH, Role.COUNCIL_MEMBER.authority(), 300),
				MenuItem.forAuthority("ocop.menu.products", OcopProductController.PRODUCTS, Role.PROVINCIAL_OFFICER.authority(), 295),
				MenuItem.forAuthority("ocop.menu.products", OcopProductController.PRODUCTS, Role.LOCAL_OFFICER.authority(), 295),
				MenuItem.forAuthority("ocop.menu.products", OcopProductController.PRODUCTS, Role.ORGANISATION_REP.authority(), 295),
				MenuItem.forAuthority("ocop.menu.subjects", OcopProductController.SUBJECTS, Role.PROVINCIAL_OFFICER.authority(), 290),
				MenuItem.forAuthority("ocop.menu.subjects", OcopProductController.SUBJECTS, Role.LOCAL_OFFICER.authority(), 290),
				MenuItem.forAuthority("ocop.menu.subjects", OcopProductController.SUBJECTS, Role.ORGANISATION_REP.authority(), 290),
				MenuItem.forAuthority("ocop.menu.rounds", EvaluationController.ROUNDS, Role.PROVINCIAL_OFFICER.authority(), 305),
				MenuItem.forAuthority("ocop.menu.rounds", EvaluationController.ROUNDS, Role.COUNCIL_MEMBER.authority(), 305),
				MenuItem.forAuthority("ocop.menu.applications", EvaluationController.APPLICATIONS, Role.PROVINCIAL_OFFICER.authority(), 310),
				MenuItem.forAuthority("ocop.menu.applications", EvaluationController.APPLICATIONS, Role.LOCAL_OFFICER.authority(), 310),
				MenuItem.forAuthority("ocop.menu.applications", EvaluationController.APPLICATIONS, Role.ORGANISATION_REP.authority(), 310),
				MenuItem.forAuthority("ocop.menu.applications", EvaluationController.APPLICATIONS, Role.COUNCIL_MEMBER.authority(), 310));
	}

}
