package vn.ocop.portal.ocop;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;

import vn.ocop.portal.identity.DataScope;
import vn.ocop.portal.identity.Role;
import vn.ocop.portal.identity.ScopeGuard;
import vn.ocop.portal.identity.ScopedUser;

/**
 * Who may see and change which OCOP subjects and products:
 * <ul>
 * <li>administrators, provincial and local officers: the subjects whose unit lies in their scope
 * (nation, province, district or commune) and their products; they create and change them and
 * register products (which gives the code);</li>
 * <li>an organisation's representative: the subject of their own organisation and its products;
 * they create products as drafts and change them while drafts;</li>
 * <li>every other role: nothing.</li>
 * </ul>
 */
@Component
class OcopAccess {

	private static final Set<Role> OFFICERS = EnumSet.of(Role.ADMIN, Role.PROVINCIAL_OFFICER, Role.LOCAL_OFFICER);

	private final ScopeGuard scopeGuard;

	OcopAccess(ScopeGuard scopeGuard) {
		this.scopeGuard = scopeGuard;
	}

	boolean isOfficer() {
		return user().filter(OcopAccess::officer).isPresent();
	}

	boolean mayRead(Subject subject) {
		Optional<ScopedUser> user = user();
		if (user.isEmpty()) {
			return false;
		}
		if (representative(user.get())) {
			return user.get().scope().reference().equals(subject.organisationId());
		}
		return officer(user.get()) && covers(user.get().scope(), subject.areaCodes());
	}

	boolean mayChange(Subject subject) {
		return isOfficer() && mayRead(subject);
	}

	/** Officers register subjects in the units of their scope. */
	boolean mayRegisterIn(UnitPlaces.Place place) {
		return user().filter(OcopAccess::officer).filter(user -> covers(user.scope(), place.areas())).isPresent();
	}

	/** Officers add products to the subjects they may read, representatives to their own. */
	boolean mayAddProduct(Subject subject) {
		return mayRead(subject);
	}

	/** Officers change the products they may read; representatives their own drafts. */
	boolean mayEdit(Subject subject, ProductStatus status) {
		return mayChange(subject) || (mayRead(subject) && status == ProductStatus.DRAFT);
	}

	/** The SQL condition on a subject aliased {@code s} that limits lists to the user's scope (parameter {@code scope}). */
	Filter filter() {
		Optional<ScopedUser> user = user();
		if (user.isPresent() && representative(user.get())) {
			return new Filter("s.organisation_id = :scope", user.get().scope().reference());
		}
		if (user.isEmpty() || !officer(user.get())) {
			return new Filter("FALSE", "");
		}
		DataScope scope = user.get().scope();
		return scope.kind() == DataScope.Kind.NATION ? new Filter("TRUE", "")
				: new Filter(":scope = ANY (s.area_codes)", scope.reference());
	}

	String actor() {
		return user().map(ScopedUser::username).orElse(vn.ocop.portal.audit.Auditor.SYSTEM);
	}

	private Optional<ScopedUser> user() {
		return scopeGuard.currentUser();
	}

	private static boolean covers(DataScope scope, java.util.List<String> areas) {
		return scope.kind() == DataScope.Kind.NATION || areas.contains(scope.reference());
	}

	private static boolean officer(ScopedUser user) {
		return OFFICERS.contains(user.role()) && user.scope().isTerritorial();
	}

	private static boolean representative(ScopedUser user) {
		return user.role() == Role.ORGANISATION_REP && user.scope().kind() == DataScope.Kind.ORGANISATION;
	}

	record Filter(String sql, String scope) {
	}

}
