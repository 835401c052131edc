package vn.ocop.portal.ocop;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.ocop.portal.audit.AuditRecord;
import vn.ocop.portal.audit.Auditor;

/**
 * The evaluation as the certification module reads and closes it (bean {@code ocopEvaluations}):
 * the rounds and their concluded applications that wait for a decision (or were not recognised),
 * and marking them decided. Applies
 * no data scope: the caller checks its user's. {@link ApplicationConcluded} is published when an
 * application is concluded.
 */
@Service("ocopEvaluations")
@Transactional(readOnly = true)
public class OcopEvaluations {

	private final EvaluationStore store;

	private final Evaluations evaluations;

	private final Auditor auditor;

	OcopEvaluations(EvaluationStore store, Evaluations evaluations, Auditor auditor) {
		this.store = store;
		this.evaluations = evaluations;
		this.auditor = auditor;
	}

	/**
	 * A page (from 0) of a round's concluded applications waiting for a decision: recognised by this
	 * level ({@code AWAITING_DECISION}) or proposed to the level above ({@code PROPOSED_TO_CENTRAL}).
	 */
	public Page<ConcludedApplication> awaitingDecision(long roundId, int page, int size) {
		return concluded(roundId, "a.state IN ('AWAITING_DECISION', 'PROPOSED_TO_CENTRAL')", page, size);
	}

	/**
	 * A page (from 0) of a round's applications concluded without recognition ({@code NOT_RECOGNISED}:
	 * below the recognised stars, or stopped by a gate) that no decision has closed yet.
	 */
	public Page<ConcludedApplication> notRecognised(long roundId, int page, int size) {
		return concluded(roundId, "a.state = 'NOT_RECOGNISED' AND a.decision_number IS NULL", page, size);
	}

	/** A round, if it exists, with the count of its concluded applications not decided yet. */
	public Optional<EvaluationRound> round(long roundId) {
		return store.round(roundId).map(r -> new EvaluationRound(r.id(), r.level(), r.unitCode(), r.year(), r.number(),
				r.instrumentCode(), awaitingDecision(roundId, 0, 1).getTotalElements() + notRecognised(roundId, 0, 1).getTotalElements()));
	}

	/**
	 * A page (from 0) of the rounds organised by a unit among {@code units} ({@code null}: all) with
	 * concluded applications not decided yet, newest first.
	 */
	public Page<EvaluationRound> roundsWithPendingDecisions(List<String> units, int page, int size) {
		int number = Math.max(page, 0);
		int limit = Math.min(Math.max(size, 1), 500);
		return new PageImpl<>(store.roundsWithPendingDecisions(units, number * limit, limit), PageRequest.of(number, limit),
				store.countRoundsWithPendingDecisions(units));
	}

	/**
	 * Records the decision that recognised (or, at the central level, decided on) these applications;
	 * each must be waiting for a decision ({@code AWAITING_DECISION} or {@code PROPOSED_TO_CENTRAL}),
	 * or nothing is recorded.
	 *
	 * @throws IllegalStateException when an application is not waiting for a decision
	 */
	@Transactional
	public void markDecided(List<Long> applicationIds, String decisionNumber, LocalDate decisionDate) {
		decide(applicationIds, decisionNumber, decisionDate, true);
	}

	/**
	 * Closes applications concluded without recognition ({@code NOT_RECOGNISED}) by the decision of
	 * their round: they keep their state (statistics count {@code DECIDED} as recognised) and get the
	 * decision's number and date, recognised {@code false} in the audit trail; all or nothing.
	 *
	 * @throws IllegalStateException when an application is not {@code NOT_RECOGNISED} or already closed
	 */
	@Transactional
	public void closeNotRecognised(List<Long> applicationIds, String decisionNumber, LocalDate decisionDate) {
		decide(applicationIds, decisionNumber, decisionDate, false);
	}

	private void decide(List<Long> applicationIds, String decisionNumber, LocalDate decisionDate, boolean recognised) {
		for (long id : applicationIds) {
			ApplicationState state = store.application(id).map(Application::state).orElse(null);
			if (!recognised) {
				if (!store.closeNotRecognised(id, decisionNumber, decisionDate)) {
					throw new IllegalStateException("Application " + id + " is not a not-recognised application left open");
				}
			}
			else if (state != ApplicationState.AWAITING_DECISION && state != ApplicationState.PROPOSED_TO_CENTRAL) {
				throw new IllegalStateException("Application " + id + " is not waiting for a decision");
			}
			else {
				try {
					evaluations.markDecided(id, decisionNumber, decisionDate);
				}
				catch (InvalidTransition e) {
					throw new IllegalStateException("Application " + id + " is not waiting for a decision", e);
				}
			}
			auditor.record(AuditRecord.updated(Evaluations.MODULE, "OcopApplicationDecision", Long.toString(id), Map.of(),
					Map.of("decisionNumber", decisionNumber, "decisionDate", decisionDate.toString(), "recognised", recognised)));
		}
	}

	private Page<ConcludedApplication> concluded(long roundId, String condition, int page, int size) {
		int number = Math.max(page, 0);
		int limit = Math.min(Math.max(size, 1), 500);
		String where = "a.round_id = :round AND " + condition;
		Map<String, Object> params = Map.of("round", roundId);
		List<ConcludedApplication> content = store.applications(where, params, number * limit, limit).stream()
			.map(a -> new ConcludedApplication(a.id(), a.roundId(), a.productId(), a.subjectId(), a.kind(), a.score(), a.star(),
					a.state(), a.recognisingLevel(), a.concludedOn()))
			.toList();
		return new PageImpl<>(content, PageRequest.of(number, limit), store.countApplications(where, params));
	}

}
