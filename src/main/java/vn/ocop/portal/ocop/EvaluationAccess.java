package vn.ocop.portal.ocop;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import vn.ocop.portal.identity.DataScope;
import vn.ocop.portal.identity.Role;
import vn.ocop.portal.identity.ScopeGuard;
import vn.ocop.portal.identity.ScopedUser;

/**
 * Who may see and act on which evaluation rounds and applications:
 * <ul>
 * <li>an organisation's representative: the applications of its own subject; files them (Mẫu 01, 02,
 * documents), submits, withdraws;</li>
 * <li>local officers: the applications of subjects in their unit; file on a subject's behalf, receive
 * and check them at the commune (Mẫu 03), propose them to the province or return them;</li>
 * <li>provincial officers and administrators: everything in their province, rounds and councils, the
 * province's check and the advisory review;</li>
 * <li>council members: the applications of the rounds whose council has the code of their scope and
 * lists them as members, once they reached the council; they score (not advisors), declare
 * conflicts; the chair concludes;</li>
 * <li>every other role: nothing.</li>
 * </ul>
 */
@Component
class EvaluationAccess {

	private final ScopeGuard scopeGuard;

	private final EvaluationStore store;

	EvaluationAccess(ScopeGuard scopeGuard, EvaluationStore store) {
		this.scopeGuard = scopeGuard;
		this.store = store;
	}

	Optional<ScopedUser> user() {
		return scopeGuard.currentUser();
	}

	String actor() {
		return user().map(ScopedUser::username).orElse(vn.ocop.portal.audit.Auditor.SYSTEM);
	}

	boolean isRepresentative() {
		return user().filter(u -> u.role() == Role.ORGANISATION_REP && u.scope().kind() == DataScope.Kind.ORGANISATION).isPresent();
	}

	boolean isLocalOfficer() {
		return user().filter(u -> u.role() == Role.LOCAL_OFFICER && u.scope().isTerritorial()).isPresent();
	}

	boolean isProvincialOfficer() {
		return user().filter(u -> (u.role() == Role.PROVINCIAL_OFFICER || u.role() == Role.ADMIN) && u.scope().isTerritorial())
			.isPresent();
	}

	boolean isCouncilMember() {
		return user().filter(u -> u.role() == Role.COUNCIL_MEMBER && u.scope().kind() == DataScope.Kind.COUNCIL).isPresent();
	}

	/** Whether the officer's territorial scope covers the areas (a subject's unit and the units containing it). */
	boolean covers(List<String> areas) {
		return user().filter(u -> u.scope().isTerritorial())
			.filter(u -> u.scope().kind() == DataScope.Kind.NATION || areas.contains(u.scope().reference()))
			.isPresent();
	}

	/** The council of the round, if the current user sits on it (by scope and membership). */
	Optional<Council.Member> seat(Council council) {
		return user().filter(u -> u.role() == Role.COUNCIL_MEMBER && scopeGuard.canAccessCouncil(council.code()))
			.flatMap(u -> council.member(u.username()));
	}

	boolean mayRead(Application application, Optional<Council> council) {
		if (isRepresentative()) {
			return user().get().scope().reference().equals(application.subjectOrganisationId());
		}
		if (isLocalOfficer() || isProvincialOfficer()) {
			return covers(application.areaCodes());
		}
		if (isCouncilMember()) {
			return application.state().atCouncil() && council.flatMap(this::seat).isPresent();
		}
		return false;
	}

	/** The subject's side: its representative, or an officer on its behalf, while the application is editable. */
	boolean mayFile(Application application) {
		boolean own = isRepresentative() && user().get().scope().reference().equals(application.subjectOrganisationId());
		boolean officer = (isLocalOfficer() || isProvincialOfficer()) && covers(application.areaCodes());
		return own || officer;
	}

	boolean mayCheckAtCommune(Application application) {
		return (isLocalOfficer() || isProvincialOfficer()) && covers(application.areaCodes());
	}

	boolean mayCheckAtProvince(Application application) {
		return isProvincialOfficer() && covers(application.areaCodes());
	}

	void require(boolean allowed, String what) {
		if (!allowed) {
			throw new AccessDeniedException(what);
		}
	}

	/** The SQL condition over {@code a} (application) and {@code s} (subject) limiting lists to the user's scope. */
	Filter filter() {
		Map<String, Object> params = new HashMap<>();
		Optional<ScopedUser> user = user();
		if (user.isEmpty()) {
			return new Filter("FALSE", params);
		}
		if (isRepresentative()) {
			params.put("scope", user.get().scope().reference());
			return new Filter("s.organisation_id = :scope", params);
		}
		if (isLocalOfficer() || isProvincialOfficer()) {
			if (user.get().scope().kind() == DataScope.Kind.NATION) {
				return new Filter("TRUE", params);
			}
			params.put("scope", user.get().scope().reference());
			return new Filter(":scope = ANY (a.area_codes)", params);
		}
		if (isCouncilMember()) {
			List<Long> rounds = store.roundsOfMember(user.get().scope().reference(), user.get().username());
			params.put("rounds", rounds.toArray(Long[]::new));
			return new Filter("a.round_id = ANY (:rounds) AND a.state IN ('COUNCIL_SCORING', 'SCORED', 'AWAITING_DECISION',"
					+ " 'PROPOSED_TO_CENTRAL', 'NOT_RECOGNISED', 'DECIDED')", params);
		}
		return new Filter("FALSE", params);
	}

	record Filter(String sql, Map<String, Object> params) {
	}

}
