package vn.ocop.portal.identity;

import java.util.Arrays;
import java.util.Optional;

/**
 * The roles of the people who use the system (domain §1). Each signed-in user has exactly one role
 * and acts inside one {@link DataScope}. Citizens are anonymous and have no role.
 */
public enum Role {

	/** Provincial administrator: users, roles, reference data, configuration. */
	ADMIN,
	/** Provincial officer: registry, plans, evaluation rounds, decisions, reports. */
	PROVINCIAL_OFFICER,
	/** Local (commune, before 7/2025 also district) officer: their unit's organisations and dossiers. */
	LOCAL_OFFICER,
	/** Member of an OCOP evaluation council: scores the products assigned to them. */
	COUNCIL_MEMBER,
	/** Representative of a cooperative, group, enterprise or household (OCOP subject). */
	ORGANISATION_REP,
	/** Handler in a provincial department: answers the petitions routed to it. */
	DEPARTMENT_HANDLER,
	/** Newsroom editor: writes news. */
	EDITOR,
	/** Newsroom publisher: reviews, schedules and publishes news (and may edit). */
	PUBLISHER;

	/** The Spring Security authority of this role, e.g. {@code ROLE_ADMIN}. */
	public String authority() {
		return "ROLE_" + name();
	}

	/** Key of the role's name in the message bundles, e.g. {@code identity.role.ADMIN}. */
	public String messageKey() {
		return "identity.role." + name();
	}

	public static Optional<Role> fromAuthority(String authority) {
		return Arrays.stream(values()).filter(role -> role.authority().equals(authority)).findFirst();
	}

}
