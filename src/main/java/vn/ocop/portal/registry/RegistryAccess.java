package vn.ocop.portal.registry;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;

import vn.ocop.portal.identity.DataScope;
import vn.ocop.portal.identity.Role;
import vn.ocop.portal.identity.ScopeGuard;
import vn.ocop.portal.identity.ScopedUser;

/**
 * Who may see and change which organisations (bean {@code registryAccess}, used by the
 * controllers' {@code @PreAuthorize} expressions, by {@link RegistryManagement} and by the list
 * queries):
 * <ul>
 * <li>administrators and provincial officers: every organisation whose unit lies in their
 * province (also across the 2025 reform, see {@link UnitAreas});</li>
 * <li>local officers: the organisations whose unit lies in their district or commune;</li>
 * <li>an organisation's representative: that organisation only (their data scope's reference is
 * the organisation's code, e.g. {@code ORGANISATION HTX-DEMO-0001}); they read it and submit its
 * annual update, they do not change its registration;</li>
 * <li>every other role: nothing.</li>
 * </ul>
 * Officers may register organisations in, change, and review the updates of, the organisations
 * they may read.
 */
@Component("registryAccess")
public class RegistryAccess {

	private static final Set<Role> OFFICERS = EnumSet.of(Role.ADMIN, Role.PROVINCIAL_OFFICER, Role.LOCAL_OFFICER);

	private final ScopeGuard scopeGuard;

	private final OrganisationStore organisations;

	RegistryAccess(ScopeGuard scopeGuard, OrganisationStore organisations) {
		this.scopeGuard = scopeGuard;
		this.organisations = organisations;
	}

	/** An officer with a territorial scope (administrator, provincial or local officer). */
	public boolean isOfficer() {
		return currentUser().filter(RegistryAccess::officer).isPresent();
	}

	/** Whether the current user may open the registry at all (officers and representatives). */
	public boolean mayUseRegistry() {
		return currentUser().filter(user -> officer(user) || representative(user)).isPresent();
	}

	/** The organisation the current representative acts for, if they are one. */
	public Optional<String> ownOrganisation() {
		return currentUser().filter(RegistryAccess::representative).map(user -> user.scope().reference());
	}

	/**
	 * May the current user see this organisation? Officers are told yes for a code that does not
	 * exist, so that they get "not found" rather than "forbidden".
	 */
	public boolean mayRead(String organisationId) {
		Optional<ScopedUser> user = currentUser();
		if (user.isEmpty() || !OrganisationId.isValid(organisationId)) {
			return user.filter(RegistryAccess::officer).isPresent();
		}
		OrganisationId id = OrganisationId.of(organisationId);
		if (representative(user.get())) {
			return user.get().scope().reference().equals(id.value());
		}
		if (!officer(user.get())) {
			return false;
		}
		return organisations.unitCodeOf(id).map(unit -> scopeGuard.canAccessOrganisation(id.value(), unit)).orElse(true);
	}

	/** May the current user change this organisation's registration, status, memberships and review its updates? */
	public boolean mayChange(String organisationId) {
		return isOfficer() && mayRead(organisationId);
	}

	/** May the current user submit this organisation's annual update as its representative? */
	public boolean maySubmitUpdate(String organisationId) {
		return OrganisationId.isValid(organisationId)
				&& ownOrganisation().filter(own -> own.equals(OrganisationId.of(organisationId).value())).isPresent();
	}

	/** May the current user register an organisation in this unit? */
	public boolean mayRegisterIn(String unitCode) {
		return currentUser().filter(RegistryAccess::officer).filter(user -> scopeGuard.covers(user.scope(), unitCode)).isPresent();
	}

	/** What the current user's list queries are limited to. */
	ScopeFilter scopeFilter() {
		Optional<ScopedUser> user = currentUser();
		if (user.isEmpty()) {
			return ScopeFilter.NOTHING;
		}
		DataScope scope = user.get().scope();
		if (representative(user.get())) {
			return new ScopeFilter(ScopeFilter.Kind.ORGANISATION, scope.reference());
		}
		if (!officer(user.get())) {
			return ScopeFilter.NOTHING;
		}
		return scope.kind() == DataScope.Kind.NATION ? ScopeFilter.EVERYTHING
				: new ScopeFilter(ScopeFilter.Kind.AREA, scope.reference());
	}

	/** The username recorded for changes ({@code system} outside a signed-in request). */
	String actor() {
		return currentUser().map(ScopedUser::username).orElse("system");
	}

	private Optional<ScopedUser> currentUser() {
		return scopeGuard.currentUser();
	}

	private static boolean officer(ScopedUser user) {
		return OFFICERS.contains(user.role()) && user.scope().isTerritorial();
	}

	private static boolean representative(ScopedUser user) {
		return user.role() == Role.ORGANISATION_REP && user.scope().kind() == DataScope.Kind.ORGANISATION;
	}

	/**
	 * The organisations a list may show: all, those whose unit lies in an area (a province,
	 * district or commune code), one organisation, or none.
	 */
	record ScopeFilter(Kind kind, String reference) {

		enum Kind {
			EVERYTHING, AREA, ORGANISATION, NOTHING
		}

		static final ScopeFilter EVERYTHING = new ScopeFilter(Kind.EVERYTHING, "");

		static final ScopeFilter NOTHING = new ScopeFilter(Kind.NOTHING, "");

	}

}
