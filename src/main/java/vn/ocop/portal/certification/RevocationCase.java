package vn.ocop.portal.certification;

import java.time.LocalDate;

/**
 * Opens a revocation case: the conclusion that starts the limit (26/2026 Art. 8.4).
 *
 * @param groundCode          the ground (26/2026 Art. 8(1)), e.g. {@code 26-2026-8-1-b}
 * @param source              an authority's conclusion, or the commune's confirmation that production stopped
 * @param concludedOn         the conclusion's (or confirmation's) date: the limit counts from it
 * @param conclusionReference the conclusion's number and authority, as written (optional)
 * @param reason              what was found, in words
 */
public record RevocationCase(String groundCode, ConclusionSource source, LocalDate concludedOn, String conclusionReference,
		String reason) {
}
