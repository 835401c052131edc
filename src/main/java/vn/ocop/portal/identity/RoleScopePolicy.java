package vn.ocop.portal.identity;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.springframework.context.support.DefaultMessageSourceResolvable;

import vn.ocop.portal.identity.DataScope.Kind;

/**
 * Which kinds of data scope fit which role (domain §1): a local officer acts for one
 * administrative unit, a council member for one council, an organisation representative for one
 * organisation, a department handler for one department; the provincial roles (administrator,
 * provincial officer, editor, publisher) act for a province or, in a national installation, for
 * the whole country.
 */
final class RoleScopePolicy {

	private static final Set<Kind> PROVINCIAL = EnumSet.of(Kind.PROVINCE, Kind.NATION);

	private static final Map<Role, Set<Kind>> ALLOWED = Map.of(
			Role.ADMIN, PROVINCIAL,
			Role.PROVINCIAL_OFFICER, PROVINCIAL,
			Role.EDITOR, PROVINCIAL,
			Role.PUBLISHER, PROVINCIAL,
			Role.LOCAL_OFFICER, EnumSet.of(Kind.UNIT),
			Role.COUNCIL_MEMBER, EnumSet.of(Kind.COUNCIL),
			Role.ORGANISATION_REP, EnumSet.of(Kind.ORGANISATION),
			Role.DEPARTMENT_HANDLER, EnumSet.of(Kind.DEPARTMENT));

	private RoleScopePolicy() {
	}

	static boolean permits(Role role, Kind kind) {
		return ALLOWED.getOrDefault(role, Set.of()).contains(kind);
	}

	static Set<Kind> allowedKinds(Role role) {
		return Set.copyOf(ALLOWED.getOrDefault(role, Set.of()));
	}

	/** @throws UserRuleViolation when the scope's kind does not fit the role */
	static void check(Role role, DataScope scope) {
		if (role == null) {
			throw new UserRuleViolation("role", "user.role.required");
		}
		if (scope == null || !permits(role, scope.kind())) {
			throw new UserRuleViolation("scopeKind", "user.scope.notAllowedForRole",
					new DefaultMessageSourceResolvable(role.messageKey()));
		}
	}

}
