package vn.ocop.portal.ocop;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A stored scorecard: one immutable version of a product set's scorecard under an instrument.
 * Evaluations refer to it by {@link #id()}, so they are always read against the version they used.
 *
 * @param id             stable ID of this version
 * @param instrumentCode e.g. {@code 26/2026}
 * @param version        1, 2, … per instrument and product set
 * @param origin         loaded from the bundled data or imported by an administrator
 * @param createdAt      when this version was stored
 * @param createdBy      who stored it ({@code system} for the bundled data)
 * @param maxPoints      the highest total its options give (computed at load)
 * @param partMaxima     the highest points of each part (computed at load)
 * @param shortfalls     the parts whose options do not add up to what the instrument declares
 * @param definition     the tree itself
 */
public record Scorecard(long id, String instrumentCode, int version, Origin origin, Instant createdAt, String createdBy,
		BigDecimal maxPoints, Map<String, BigDecimal> partMaxima, List<ScorecardDefinition.Shortfall> shortfalls,
		ScorecardDefinition definition) {

	public String productSetCode() {
		return definition.productSetCode();
	}

	/** Whether its options add up to the instrument's declared maxima. */
	public boolean complete() {
		return shortfalls.isEmpty();
	}

	/** Where a stored version came from. */
	public enum Origin {

		BUNDLED, IMPORTED;

		public String messageKey() {
			return "ocop.scorecard.origin." + name();
		}

	}

}
