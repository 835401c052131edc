package vn.ocop.portal.ocop;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.ocop.portal.audit.AuditRecord;
import vn.ocop.portal.audit.Auditor;

/**
 * The evaluation as the certification module reads and closes it (bean {@code ocopEvaluations}):
 * the concluded applications of a round that wait for a decision, and marking them decided. Applies
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
		int number = Math.max(page, 0);
		int limit = Math.min(Math.max(size, 1), 500);
		String where = "a.round_id = :round AND a.state IN ('AWAITING_DECISION', 'PROPOSED_TO_CENTRAL')";
		Map<String, Object> params = Map.of("round", roundId);
		List<ConcludedApplication> content = store.applications(where, params, number * limit, limit).stream()
			.map(a -> new ConcludedApplication(a.id(), a.roundId(), a.productId(), a.subjectId(), a.kind(), a.score(), a.star(),
					a.state(), a.recognisingLevel(), a.concludedOn()))
			.toList();
		return new PageImpl<>(content, PageRequest.of(number, limit), store.countApplications(where, params));
	}

	/**
	 * Records the decision that recognised (or, at the central level, decided on) these applications;
	 * each must be waiting for a decision, or nothing is recorded.
	 *
	 * @throws IllegalStateException when an application is not waiting for a decision
	 */
	@Transactional
	public void markDecided(List<Long> applicationIds, String decisionNumber, LocalDate decisionDate) {
		for (long id : applicationIds) {
			try {
				evaluations.markDecided(id, decisionNumber, decisionDate);
			}
			catch (InvalidTransition e) {
				throw new IllegalStateException("Application " + id + " is not waiting for a decision", e);
			}
			auditor.record(AuditRecord.updated(Evaluations.MODULE, "OcopApplicationDecision", Long.toString(id), Map.of(),
					Map.of("decisionNumber", decisionNumber, "decisionDate", decisionDate.toString())));
		}
	}

}
