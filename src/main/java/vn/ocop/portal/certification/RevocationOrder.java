package vn.ocop.portal.certification;

import java.time.LocalDate;

/**
 * A revocation decision.
 *
 * @param groundCode     the ground (26/2026 Art. 8(1)), e.g. {@code 26-2026-8-1-c}
 * @param concludedOn    the competent authority's conclusion, or the commune's confirmation that production stopped
 * @param level          who revoked: the province (3★, 4★) or the central level (5★)
 * @param decisionNumber the revocation decision's number
 * @param decidedOn      its date
 * @param reason         why, in words
 */
public record RevocationOrder(String groundCode, LocalDate concludedOn, IssuerLevel level, String decisionNumber,
		LocalDate decidedOn, String reason) {
}
