package vn.ocop.portal.petitions;

import java.util.List;

import org.springframework.stereotype.Component;

import vn.ocop.portal.identity.Role;
import vn.ocop.portal.shared.web.HomeTile;
import vn.ocop.portal.shared.web.HomeTileContribution;
import vn.ocop.portal.shared.web.MenuContribution;
import vn.ocop.portal.shared.web.MenuItem;

/** The petitions in the navigation: public answers and the form for everyone, the back office for the roles concerned. */
@Component
class PetitionsMenu implements MenuContribution, HomeTileContribution {

	static final String BACK_OFFICE = "/backoffice/petitions";

	static final String PUBLIC = "/kien-nghi";

	@Override
	public List<MenuItem> publicItems() {
		return List.of(MenuItem.forEveryone("petitions.menu.public", PUBLIC, 400));
	}

	@Override
	public List<MenuItem> backOfficeItems() {
		return List.of(MenuItem.forAuthority("petitions.menu", BACK_OFFICE, Role.PROVINCIAL_OFFICER.authority(), 400),
				MenuItem.forAuthority("petitions.menu.department", BACK_OFFICE, Role.DEPARTMENT_HANDLER.authority(), 400),
				MenuItem.forAuthority("petitions.menu.own", BACK_OFFICE, Role.ORGANISATION_REP.authority(), 400),
				MenuItem.forAuthority("petitions.menu.calendar", "/admin/petitions/calendar", Role.ADMIN.authority(), 410));
	}

	@Override
	public List<HomeTile> homeTiles() {
		return List.of(new HomeTile("petitions.tile.title", "petitions.tile.description", PUBLIC, 400));
	}

}
