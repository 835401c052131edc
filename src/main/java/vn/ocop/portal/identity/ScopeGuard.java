package vn.ocop.portal.identity;

import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Checks the current user's data scope. Used from {@code @PreAuthorize} expressions
 * ({@code @PreAuthorize("@scopeGuard.canAccessUnit(#code)")}) and from code.
 */
@Component("scopeGuard")
public class ScopeGuard {

	private final ObjectProvider<UnitHierarchy> units;

	ScopeGuard(ObjectProvider<UnitHierarchy> units) {
		this.units = units;
	}

	/** The current user, if signed in with a scoped account. */
	public Optional<ScopedUser> currentUser() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof ScopedUser user) {
			return Optional.of(user);
		}
		return Optional.empty();
	}

	/** May the current user see and act on data of this administrative unit? */
	public boolean canAccessUnit(String unitCode) {
		return currentUser().map(user -> covers(user.scope(), unitCode)).orElse(false);
	}

	/** May the current user act on this organisation's data (its own representative, or its territory)? */
	public boolean canAccessOrganisation(String organisationId, String organisationUnitCode) {
		return currentUser().map(user -> {
			DataScope scope = user.scope();
			if (scope.kind() == DataScope.Kind.ORGANISATION) {
				return scope.reference().equals(organisationId);
			}
			return covers(scope, organisationUnitCode);
		}).orElse(false);
	}

	/** May the current user act for this evaluation council? */
	public boolean canAccessCouncil(String councilId) {
		return currentUser().map(user -> matches(user.scope(), DataScope.Kind.COUNCIL, councilId)).orElse(false);
	}

	/** May the current user act for this department? */
	public boolean canAccessDepartment(String departmentCode) {
		return currentUser().map(user -> matches(user.scope(), DataScope.Kind.DEPARTMENT, departmentCode)).orElse(false);
	}

	/** Whether a territorial scope covers the unit. Non-territorial scopes cover no unit. */
	public boolean covers(DataScope scope, String unitCode) {
		if (unitCode == null || unitCode.isBlank()) {
			return false;
		}
		return switch (scope.kind()) {
			case NATION -> true;
			case PROVINCE, UNIT -> scope.reference().equals(unitCode)
					|| units.stream().anyMatch(hierarchy -> hierarchy.contains(scope.reference(), unitCode));
			default -> false;
		};
	}

	private static boolean matches(DataScope scope, DataScope.Kind kind, String reference) {
		return scope.kind() == DataScope.Kind.NATION || (scope.kind() == kind && scope.reference().equals(reference));
	}

}
