package vn.ocop.portal.certification;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import vn.ocop.portal.audit.Auditor;
import vn.ocop.portal.identity.DataScope;
import vn.ocop.portal.identity.Role;
import vn.ocop.portal.identity.ScopeGuard;
import vn.ocop.portal.identity.ScopedUser;

/**
 * Who may see and change which decisions and certificates:
 * <ul>
 * <li>administrators and provincial officers: those of the products in their territorial scope;
 * they record decisions, re-rating filings and revocations there (a central decision or a 5★
 * revocation needs the national scope);</li>
 * <li>local officers: read those in their unit;</li>
 * <li>an organisation's representative: read its own certificates and reminders;</li>
 * <li>everyone else: nothing (403).</li>
 * </ul>
 */
@Component
class CertificationAccess {

	static final String READERS = "hasAnyRole('ADMIN', 'PROVINCIAL_OFFICER', 'LOCAL_OFFICER', 'ORGANISATION_REP')";

	static final String MANAGERS = "hasAnyRole('ADMIN', 'PROVINCIAL_OFFICER')";

	private static final Set<Role> OFFICERS = EnumSet.of(Role.ADMIN, Role.PROVINCIAL_OFFICER, Role.LOCAL_OFFICER);

	private static final Set<Role> MANAGING = EnumSet.of(Role.ADMIN, Role.PROVINCIAL_OFFICER);

	private final ScopeGuard scopeGuard;

	CertificationAccess(ScopeGuard scopeGuard) {
		this.scopeGuard = scopeGuard;
	}

	boolean mayRead(Collection<String> areaCodes, String organisationId) {
		Optional<ScopedUser> user = scopeGuard.currentUser();
		if (user.isEmpty()) {
			return false;
		}
		ScopedUser u = user.get();
		if (u.role() == Role.ORGANISATION_REP && u.scope().kind() == DataScope.Kind.ORGANISATION) {
			return u.scope().reference().equals(organisationId);
		}
		return OFFICERS.contains(u.role()) && covers(u.scope(), areaCodes);
	}

	boolean mayManage(Collection<String> areaCodes) {
		return scopeGuard.currentUser()
			.filter(u -> MANAGING.contains(u.role()) && covers(u.scope(), areaCodes))
			.isPresent();
	}

	boolean mayManageNationally() {
		return scopeGuard.currentUser()
			.filter(u -> MANAGING.contains(u.role()) && u.scope().kind() == DataScope.Kind.NATION)
			.isPresent();
	}

	boolean isManager() {
		return scopeGuard.currentUser().filter(u -> MANAGING.contains(u.role()) && u.scope().isTerritorial()).isPresent();
	}

	void requireRead(Collection<String> areaCodes, String organisationId) {
		if (!mayRead(areaCodes, organisationId)) {
			throw new AccessDeniedException("Outside the user's scope");
		}
	}

	void requireManage(Collection<String> areaCodes) {
		if (!mayManage(areaCodes)) {
			throw new AccessDeniedException("Outside the user's scope");
		}
	}

	/** The SQL condition on a table aliased {@code t} with {@code area_codes} and {@code organisation_id}. */
	Filter filter() {
		Optional<ScopedUser> user = scopeGuard.currentUser();
		if (user.isEmpty()) {
			return new Filter("FALSE", "");
		}
		ScopedUser u = user.get();
		if (u.role() == Role.ORGANISATION_REP && u.scope().kind() == DataScope.Kind.ORGANISATION) {
			return new Filter("t.organisation_id = :scope", u.scope().reference());
		}
		if (!OFFICERS.contains(u.role()) || !u.scope().isTerritorial()) {
			return new Filter("FALSE", "");
		}
		return u.scope().kind() == DataScope.Kind.NATION ? new Filter("TRUE", "")
				: new Filter(":scope = ANY (t.area_codes)", u.scope().reference());
	}

	/**
	 * The organising units whose rounds the signed-in user decides on: {@code null} for a manager of
	 * national scope (all), the unit of a territorial manager's scope, none for anyone else.
	 */
	List<String> managedUnits() {
		Optional<ScopedUser> user = scopeGuard.currentUser().filter(u -> MANAGING.contains(u.role()) && u.scope().isTerritorial());
		if (user.isEmpty()) {
			return List.of();
		}
		return user.get().scope().kind() == DataScope.Kind.NATION ? null : List.of(user.get().scope().reference());
	}

	String actor() {
		return scopeGuard.currentUser().map(ScopedUser::username).orElse(Auditor.SYSTEM);
	}

	private static boolean covers(DataScope scope, Collection<String> areas) {
		return scope.isTerritorial() && (scope.kind() == DataScope.Kind.NATION || areas.contains(scope.reference()));
	}

	record Filter(String sql, String scope) {
	}

}
