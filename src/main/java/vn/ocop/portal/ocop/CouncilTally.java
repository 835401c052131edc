package vn.ocop.portal.ocop;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The council's count for one application, pure: who must score it (members and the chair who are
 * present — or all of them when the council decides by written opinions — less those who declared
 * a conflict of interest), whether the quorum is met, whether everyone has submitted, and then the
 * mean of the members' totals and their spread. Advisors never score.
 *
 * @param eligible     usernames who must score this application
 * @param submitted    usernames who did
 * @param quorumMet    present scoring members (less conflicts) / all scoring members ≥ quorum
 * @param complete     quorum met and every eligible member submitted: the scores become visible
 * @param mean         mean of the submitted totals, 2 decimals (when complete)
 * @param spread       highest minus lowest total (when complete)
 * @param flagged      spread above the council's threshold: discussion before concluding
 */
record CouncilTally(Set<String> eligible, Set<String> submitted, boolean quorumMet, boolean complete, BigDecimal mean,
		BigDecimal spread, boolean flagged) {

	/** A member of the council as the tally needs it. */
	record Seat(String username, Council.Role role, boolean present) {
	}

	static CouncilTally of(List<Seat> seats, Set<String> conflicts, Map<String, BigDecimal> totals, int quorumPercent,
			BigDecimal spreadThreshold, boolean writtenOpinions) {
		List<Seat> scoring = seats.stream().filter(seat -> seat.role() != Council.Role.ADVISOR).toList();
		Set<String> eligible = scoring.stream()
			.filter(seat -> writtenOpinions || seat.present())
			.map(Seat::username)
			.filter(username -> !conflicts.contains(username))
			.collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new));
		Set<String> submitted = new java.util.TreeSet<>(totals.keySet());
		submitted.retainAll(eligible);
		boolean quorum = !scoring.isEmpty() && !eligible.isEmpty()
				&& eligible.size() * 100L >= (long) quorumPercent * scoring.size();
		boolean complete = quorum && submitted.containsAll(eligible);
		if (!complete) {
			return new CouncilTally(eligible, submitted, quorum, false, null, null, false);
		}
		List<BigDecimal> values = eligible.stream().map(totals::get).toList();
		BigDecimal sum = values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
		BigDecimal mean = sum.divide(BigDecimal.valueOf(values.size()), 2, RoundingMode.HALF_UP);
		BigDecimal spread = values.stream().max(BigDecimal::compareTo).orElseThrow()
			.subtract(values.stream().min(BigDecimal::compareTo).orElseThrow());
		return new CouncilTally(eligible, submitted, true, true, mean, spread, spread.compareTo(spreadThreshold) > 0);
	}

}
