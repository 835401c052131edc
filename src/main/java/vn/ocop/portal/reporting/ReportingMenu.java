package vn.ocop.portal.reporting;

import java.util.List;

import org.springframework.stereotype.Component;

import vn.ocop.portal.identity.Role;
import vn.ocop.portal.shared.web.HomeTile;
import vn.ocop.portal.shared.web.HomeTileContribution;
import vn.ocop.portal.shared.web.MenuContribution;
import vn.ocop.portal.shared.web.MenuItem;

/**
 * Reporting in the navigation: year-end reports for officers (administrators through the
 * provincial officer's role), plans for provincial officers, and the public statistics page with
 * its home tile for everyone.
 */
@Component
class ReportingMenu implements MenuContribution, HomeTileContribution {

	@Override
	public List<MenuItem> backOfficeItems() {
		return List.of(MenuItem.forAuthority("reporting.menu.reports", YearEndReportController.PATH, Role.PROVINCIAL_OFFICER.authority(), 500),
				MenuItem.forAuthority("reporting.menu.reports", YearEndReportController.PATH, Role.LOCAL_OFFICER.authority(), 500),
				MenuItem.forAuthority("reporting.menu.plans", PlanController.PATH, Role.PROVINCIAL_OFFICER.authority(), 510));
	}

	@Override
	public List<MenuItem> publicItems() {
		return List.of(MenuItem.forEveryone("reporting.menu.statistics", StatisticsController.PATH, 500));
	}

	@Override
	public List<HomeTile> homeTiles() {
		return List.of(new HomeTile("reporting.tile.title", "reporting.tile.text", StatisticsController.PATH, 500));
	}

}
