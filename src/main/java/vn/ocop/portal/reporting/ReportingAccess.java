package vn.ocop.portal.reporting;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;

import vn.ocop.portal.identity.Role;
import vn.ocop.portal.identity.ScopeGuard;
import vn.ocop.portal.identity.ScopedUser;

/**
 * Who may see which reports and set which plans (bean {@code reportingAccess}, used in
 * {@code @PreAuthorize} and again in the services):
 * <ul>
 * <li>reports of a unit: administrators, provincial and local officers whose territorial scope
 * covers the unit (a commune officer sees their commune's report only);</li>
 * <li>plan targets: administrators and provincial officers, for units in their province;</li>
 * <li>the public statistics and open data: everyone (aggregates only).</li>
 * </ul>
 */
@Component("reportingAccess")
public class ReportingAccess {

	private static final Set<Role> REPORTERS = EnumSet.of(Role.ADMIN, Role.PROVINCIAL_OFFICER, Role.LOCAL_OFFICER);

	private static final Set<Role> PLANNERS = EnumSet.of(Role.ADMIN, Role.PROVINCIAL_OFFICER);

	private final ScopeGuard scopeGuard;

	ReportingAccess(ScopeGuard scopeGuard) {
		this.scopeGuard = scopeGuard;
	}

	/** Whether the current user may open reports at all. */
	public boolean mayUseReports() {
		return user().filter(user -> REPORTERS.contains(user.role())).isPresent();
	}

	/** Whether the current user may see the reports of this unit. */
	public boolean mayReport(String unitCode) {
		return user().filter(user -> REPORTERS.contains(user.role()) && scopeGuard.covers(user.scope(), unitCode)).isPresent();
	}

	/** Whether the current user may open the plans at all. */
	public boolean mayUsePlans() {
		return user().filter(user -> PLANNERS.contains(user.role())).isPresent();
	}

	/** Whether the current user may set the plan targets of this unit. */
	public boolean mayPlan(String unitCode) {
		return user().filter(user -> mayPlan(user, unitCode)).isPresent();
	}

	static boolean mayPlanAs(ScopeGuard guard, ScopedUser user, String unitCode) {
		return PLANNERS.contains(user.role()) && user.scope().isTerritorial() && guard.covers(user.scope(), unitCode);
	}

	boolean mayPlan(ScopedUser user, String unitCode) {
		return mayPlanAs(scopeGuard, user, unitCode);
	}

	/** The current user's unit: the reference of their territorial scope. */
	Optional<String> ownUnit() {
		return user().filter(user -> user.scope().isTerritorial() && user.scope().reference() != null)
			.map(user -> user.scope().reference());
	}

	String actor() {
		return user().map(ScopedUser::username).orElse("system");
	}

	private Optional<ScopedUser> user() {
		return scopeGuard.currentUser();
	}

}
