package vn.ocop.portal.certification;

import java.math.BigDecimal;

/**
 * One recognised product of a decision's batch.
 *
 * @param productId the registered product
 * @param star      the recognised star (3 to 5)
 * @param kind      first time, upgrade or re-rating
 * @param score     the council's mean total, if known (history often has none)
 */
public record RecognitionRow(long productId, int star, RecognitionKind kind, BigDecimal score) {
}
