package vn.ocop.portal.certification;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.data.domain.Page;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.ocop.portal.audit.AuditRecord;
import vn.ocop.portal.audit.Auditor;
import vn.ocop.portal.ocop.ApplicationState;
import vn.ocop.portal.ocop.ConcludedApplication;
import vn.ocop.portal.ocop.EvaluationRound;
import vn.ocop.portal.ocop.OcopEvaluations;
import vn.ocop.portal.ocop.OcopProducts;

/**
 * A recognition decision made from a round's results: the officer of the competent level picks,
 * among the round's concluded applications, those the decision recognises (at the council's star
 * by the province; 5★ by the central level for those proposed to it) and those it closes as not
 * recognised. In one transaction the decision and its certificates are recorded
 * ({@link CertificationManagement#recognise}) and the applications marked decided
 * ({@link OcopEvaluations#markDecided}, {@link OcopEvaluations#closeNotRecognised}): one problem and
 * nothing is stored.
 */
@Service
class RoundDecisions {

	/** The most applications one decision of a round takes. */
	static final int MAX_ROWS = 500;

	private final OcopEvaluations evaluations;

	private final CertificationManagement management;

	private final OcopProducts products;

	private final CertificationAccess access;

	private final Auditor auditor;

	RoundDecisions(OcopEvaluations evaluations, CertificationManagement management, OcopProducts products,
			CertificationAccess access, Auditor auditor) {
		this.evaluations = evaluations;
		this.management = management;
		this.products = products;
		this.access = access;
		this.auditor = auditor;
	}

	/** The rounds with applications to decide that the signed-in manager's scope covers (national scope: all). */
	Page<EvaluationRound> rounds(int page, int size) {
		return evaluations.roundsWithPendingDecisions(access.managedUnits(), page, size);
	}

	/** The round, when the signed-in manager's scope covers its organising unit (404 / 403 otherwise). */
	EvaluationRound round(long roundId) {
		EvaluationRound round = evaluations.round(roundId).orElseThrow(() -> new RoundNotFound(roundId));
		List<String> units = access.managedUnits();
		if (units != null && !units.contains(round.unitCode())) {
			throw new AccessDeniedException("Round outside the user's scope");
		}
		return round;
	}

	/** The star a decision of the level gives the application: the council's star, 5★ for one proposed to the central level. */
	static int starOf(ConcludedApplication application) {
		return application.state() == ApplicationState.PROPOSED_TO_CENTRAL ? 5 : application.star() == null ? 0 : application.star();
	}

	/** The issuer level that decides on the application. */
	static IssuerLevel levelOf(ConcludedApplication application) {
		return application.state() == ApplicationState.PROPOSED_TO_CENTRAL ? IssuerLevel.CENTRAL
				: IssuerLevel.valueOf(application.level().name());
	}

	/**
	 * Records the decision: {@code recognised} are applications awaiting the decision (or proposed to
	 * the central level), {@code closed} applications concluded without recognition.
	 */
	@Transactional
	Decided decide(long roundId, DecisionOrder order, List<Long> recognised, List<Long> closed) {
		round(roundId);
		Set<Long> toRecognise = new LinkedHashSet<>(recognised == null ? List.of() : recognised);
		Set<Long> toClose = new LinkedHashSet<>(closed == null ? List.of() : closed);
		Map<Long, ConcludedApplication> awaiting = index(evaluations.awaitingDecision(roundId, 0, MAX_ROWS));
		Map<Long, ConcludedApplication> notRecognised = index(evaluations.notRecognised(roundId, 0, MAX_ROWS));
		List<CertificationProblem> problems = new ArrayList<>();
		if (toRecognise.isEmpty() && toClose.isEmpty()) {
			problems.add(CertificationProblem.of(0, "applications", "noApplications"));
		}
		List<RecognitionRow> rows = new ArrayList<>();
		List<Long> applications = new ArrayList<>();
		int row = 0;
		for (long id : toRecognise) {
			row++;
			ConcludedApplication application = awaiting.get(id);
			if (application == null) {
				problems.add(CertificationProblem.of(row, "application", "notAwaiting", id));
				continue;
			}
			if (order.level() != null && levelOf(application) != order.level()) {
				problems.add(CertificationProblem.of(row, "level", "roundLevel", id));
			}
			rows.add(new RecognitionRow(application.productId(), starOf(application),
					RecognitionKind.valueOf(application.kind().name()), application.score()));
			applications.add(id);
		}
		for (long id : toClose) {
			ConcludedApplication application = notRecognised.get(id);
			if (application == null) {
				problems.add(CertificationProblem.of(0, "application", "notClosable", id));
			}
			else if (!systemCall() && !access.mayManage(products.areaCodesOf(application.subjectId()))) {
				problems.add(CertificationProblem.of(0, "application", "applicationOutsideScope", id));
			}
		}
		String number = order.number() == null ? "" : order.number().strip();
		if (rows.isEmpty() && problems.isEmpty()) {
			// only closing: the heading is checked here, as recognise() would
			if (number.isEmpty() || number.length() > 60) {
				problems.add(CertificationProblem.of(0, "number", "number"));
			}
			if (order.signedOn() == null) {
				problems.add(CertificationProblem.of(0, "signedOn", "signedOn"));
			}
			else if (order.signedOn().isAfter(management.today())) {
				problems.add(CertificationProblem.of(0, "signedOn", "future"));
			}
		}
		if (!problems.isEmpty()) {
			throw new CertificationRefused(problems);
		}
		Decision decision = rows.isEmpty() ? null : management.recognise(order, rows);
		LocalDate on = order.signedOn();
		try {
			if (!applications.isEmpty()) {
				evaluations.markDecided(applications, number, on);
			}
			if (!toClose.isEmpty()) {
				evaluations.closeNotRecognised(List.copyOf(toClose), number, on);
			}
		}
		catch (IllegalStateException concurrent) {
			// decided meanwhile by someone else: the certificates above roll back with this exception
			throw new CertificationRefused(List.of(CertificationProblem.of(0, "applications", "decidedMeanwhile")));
		}
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("round", roundId);
		after.put("decision", number);
		after.put("signedOn", on.toString());
		after.put("recognised", applications);
		after.put("notRecognised", List.copyOf(toClose));
		auditor.record(AuditRecord.created(CertificationManagement.MODULE, "OcopRoundDecision", roundId + ":" + number, after));
		return new Decided(decision, applications.size(), toClose.size());
	}

	private static Map<Long, ConcludedApplication> index(Page<ConcludedApplication> page) {
		Map<Long, ConcludedApplication> byId = new LinkedHashMap<>();
		page.forEach(a -> byId.put(a.applicationId(), a));
		return byId;
	}

	private static boolean systemCall() {
		return org.springframework.web.context.request.RequestContextHolder.getRequestAttributes() == null;
	}

	/** What a round's decision did: the decision with its certificates (none when it only closed applications). */
	record Decided(Decision decision, int recognised, int closed) {
	}

	static class RoundNotFound extends org.springframework.web.server.ResponseStatusException {

		RoundNotFound(long id) {
			super(org.springframework.http.HttpStatus.NOT_FOUND, "No round " + id);
		}

	}

}
