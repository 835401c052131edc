package vn.ocop.portal.ocop;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Published (after commit) when the council's evaluation of an application is concluded: the mean
 * score, the star after bands, gates and minimums, and the level that must recognise it ({@code null}
 * when the product is not recognised). Listen with {@code @ApplicationModuleListener}.
 *
 * @param applicationId the application
 * @param roundId       its round
 * @param productId     the product ({@link OcopProducts#product(long)})
 * @param subjectId     the subject ({@link OcopProducts#subject(long)})
 * @param kind          first time, upgrade or re-rating
 * @param score         mean of the members' totals
 * @param star          the star, {@code null} when a gate stopped the evaluation
 * @param state         {@code AWAITING_DECISION}, {@code PROPOSED_TO_CENTRAL} or {@code NOT_RECOGNISED}
 * @param level         the level that must recognise it
 * @param concludedOn   the day of the conclusion
 */
public record ApplicationConcluded(long applicationId, long roundId, long productId, long subjectId, ApplicationKind kind,
		BigDecimal score, Integer star, ApplicationState state, EvaluationLevel level, LocalDate concludedOn) {
}
