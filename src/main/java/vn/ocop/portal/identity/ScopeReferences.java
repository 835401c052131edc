package vn.ocop.portal.identity;

import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Whether a scope's reference names something that exists. Provinces and administrative units
 * are checked against the {@link UnitHierarchy} when the units module provides one; other
 * references (organisations, councils, departments) belong to modules identity cannot see and
 * are only checked for their shape ({@link DataScope}).
 */
@Component
class ScopeReferences {

	private final ObjectProvider<UnitHierarchy> hierarchies;

	ScopeReferences(ObjectProvider<UnitHierarchy> hierarchies) {
		this.hierarchies = hierarchies;
	}

	boolean exists(DataScope scope) {
		if (scope.kind() != DataScope.Kind.PROVINCE && scope.kind() != DataScope.Kind.UNIT) {
			return true;
		}
		List<UnitHierarchy> known = hierarchies.orderedStream().toList();
		return known.isEmpty() || known.stream().anyMatch(hierarchy -> hierarchy.exists(scope.reference()));
	}

	/** @throws UserRuleViolation when the reference is unknown */
	void check(DataScope scope) {
		if (!exists(scope)) {
			throw new UserRuleViolation("scopeReference", "user.scope.unknown", scope.reference());
		}
	}

}
