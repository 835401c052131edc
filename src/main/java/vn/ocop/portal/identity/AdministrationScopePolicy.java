package vn.ocop.portal.identity;

import org.springframework.stereotype.Component;

/**
 * Which users an administrator may manage. A national administrator manages everyone. A
 * provincial administrator manages users whose territorial scope lies in the province (the
 * province itself or one of its units, per {@link ScopeGuard#covers}) and users with a
 * non-territorial scope (organisation, council, department), which belong to the installation's
 * province; never a national user or another province's. Nobody else manages users.
 */
@Component
class AdministrationScopePolicy {

	private final ScopeGuard scopeGuard;

	AdministrationScopePolicy(ScopeGuard scopeGuard) {
		this.scopeGuard = scopeGuard;
	}

	boolean mayManage(ScopedUser administrator, DataScope target) {
		if (administrator == null || administrator.role() != Role.ADMIN || target == null) {
			return false;
		}
		DataScope own = administrator.scope();
		return switch (own.kind()) {
			case NATION -> true;
			case PROVINCE -> switch (target.kind()) {
				case NATION -> false;
				case PROVINCE, UNIT -> scopeGuard.covers(own, target.reference());
				case ORGANISATION, COUNCIL, DEPARTMENT -> true;
			};
			default -> false;
		};
	}

	/** @throws UserRuleViolation when the administrator may not give or manage this scope */
	void check(ScopedUser administrator, DataScope target) {
		if (!mayManage(administrator, target)) {
			throw new UserRuleViolation("scopeReference", "user.scope.outsideAdministratorScope");
		}
	}

}
