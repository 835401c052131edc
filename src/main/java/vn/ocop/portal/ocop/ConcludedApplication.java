package vn.ocop.portal.ocop;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A concluded application waiting for the competent level's decision, as the certification module
 * reads it ({@link OcopEvaluations#awaitingDecision(long, int, int)}).
 *
 * @param applicationId the application
 * @param roundId       its round
 * @param productId     the product
 * @param subjectId     the subject
 * @param kind          first time, upgrade or re-rating
 * @param score         mean of the members' totals (2 decimals)
 * @param star          the star, {@code null} when a gate stopped the evaluation
 * @param state         {@code AWAITING_DECISION} (this level recognises), {@code PROPOSED_TO_CENTRAL} or
 *                      {@code NOT_RECOGNISED} ({@link OcopEvaluations#notRecognised(long, int, int)})
 * @param level         the level that must recognise it
 * @param concludedOn   when the council concluded
 */
public record ConcludedApplication(long applicationId, long roundId, long productId, long subjectId, ApplicationKind kind,
		BigDecimal score, Integer star, ApplicationState state, EvaluationLevel level, LocalDate concludedOn) {
}
