package vn.ocop.portal.ocop;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** One row of the list of scorecards: the current (or a given) version of a product set's scorecard. */
public record ScorecardSummary(long id, String instrumentCode, String productSetCode, int productSetNumber,
		String productSetName, String groupCode, int version, String title, BigDecimal maxPoints,
		List<ScorecardDefinition.Shortfall> shortfalls, boolean unverified, Scorecard.Origin origin, Instant createdAt,
		String createdBy) {

	public boolean complete() {
		return shortfalls.isEmpty();
	}

}
