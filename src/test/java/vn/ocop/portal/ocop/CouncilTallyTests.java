package vn.ocop.portal.ocop;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The council's count: mean of members' totals, spread, quorum, conflicts, advisors, written opinions. */
class CouncilTallyTests {

	private static final BigDecimal TEN = BigDecimal.TEN;

	private static final List<CouncilTally.Seat> FIVE = List.of(seat("chair", Council.Role.CHAIR, true),
			seat("a", Council.Role.MEMBER, true), seat("b", Council.Role.MEMBER, true), seat("c", Council.Role.MEMBER, true),
			seat("d", Council.Role.MEMBER, true), seat("advisor", Council.Role.ADVISOR, true));

	private static CouncilTally.Seat seat(String username, Council.Role role, boolean present) {
		return new CouncilTally.Seat(username, role, present);
	}

	private static Map<String, BigDecimal> totals(Object... pairs) {
		Map<String, BigDecimal> totals = new java.util.HashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			totals.put((String) pairs[i], new BigDecimal(pairs[i + 1].toString()));
		}
		return totals;
	}

	@Test
	void theScoreIsTheMeanOfTheMembersTotalsAndAdvisorsDoNotScore() {
		CouncilTally tally = CouncilTally.of(FIVE, Set.of(), totals("chair", 72, "a", 75, "b", 70.5, "c", 78, "d", 74), 75, TEN, false);
		assertThat(tally.eligible()).containsExactly("a", "b", "c", "chair", "d");
		assertThat(tally.complete()).isTrue();
		assertThat(tally.mean()).isEqualByComparingTo("73.90");
		assertThat(tally.spread()).isEqualByComparingTo("7.5");
		assertThat(tally.flagged()).isFalse();
	}

	@Test
	void nothingIsConcludedUntilEveryEligibleMemberSubmitted() {
		CouncilTally tally = CouncilTally.of(FIVE, Set.of(), totals("chair", 72, "a", 75, "b", 70), 75, TEN, false);
		assertThat(tally.complete()).isFalse();
		assertThat(tally.mean()).isNull();
		assertThat(tally.submitted()).containsExactly("a", "b", "chair");
	}

	@Test
	void aSpreadAboveTheThresholdFlagsTheProductButTenPointsExactlyDoesNot() {
		assertThat(CouncilTally.of(FIVE, Set.of(), totals("chair", 70, "a", 80, "b", 75, "c", 75, "d", 75), 75, TEN, false).flagged())
			.isFalse();
		CouncilTally wide = CouncilTally.of(FIVE, Set.of(), totals("chair", 70, "a", 80.5, "b", 75, "c", 75, "d", 75), 75, TEN, false);
		assertThat(wide.flagged()).isTrue();
		assertThat(wide.spread()).isEqualByComparingTo("10.5");
		assertThat(CouncilTally.of(FIVE, Set.of(), totals("chair", 70, "a", 80.5, "b", 75, "c", 75, "d", 75), 75, new BigDecimal("12"),
				false).flagged()).isFalse();
	}

	@Test
	void theQuorumCountsPresentScoringMembersLessConflicts() {
		List<CouncilTally.Seat> oneAbsent = List.of(seat("chair", Council.Role.CHAIR, true), seat("a", Council.Role.MEMBER, true),
				seat("b", Council.Role.MEMBER, true), seat("c", Council.Role.MEMBER, false), seat("advisor", Council.Role.ADVISOR, true));
		CouncilTally threeOfFour = CouncilTally.of(oneAbsent, Set.of(), totals("chair", 70, "a", 72, "b", 74), 75, TEN, false);
		assertThat(threeOfFour.quorumMet()).isTrue();
		assertThat(threeOfFour.complete()).isTrue();
		assertThat(threeOfFour.eligible()).doesNotContain("c");

		CouncilTally withConflict = CouncilTally.of(oneAbsent, Set.of("b"), totals("chair", 70, "a", 72), 75, TEN, false);
		assertThat(withConflict.eligible()).containsExactly("a", "chair");
		assertThat(withConflict.quorumMet()).isFalse();
		assertThat(withConflict.complete()).isFalse();

		assertThat(CouncilTally.of(oneAbsent, Set.of("b"), totals("chair", 70, "a", 72), 50, TEN, false).complete()).isTrue();
	}

	@Test
	void aMemberWithAConflictOfInterestIsNotCountedInTheMean() {
		CouncilTally tally = CouncilTally.of(FIVE, Set.of("d"), totals("chair", 70, "a", 72, "b", 74, "c", 76, "d", 100), 75, TEN, false);
		assertThat(tally.complete()).isTrue();
		assertThat(tally.mean()).isEqualByComparingTo("73.00");
	}

	@Test
	void writtenOpinionsDoNotNeedTheMembersPresent() {
		List<CouncilTally.Seat> absent = List.of(seat("chair", Council.Role.CHAIR, false), seat("a", Council.Role.MEMBER, false),
				seat("b", Council.Role.MEMBER, true));
		assertThat(CouncilTally.of(absent, Set.of(), totals("b", 70), 75, TEN, false).quorumMet()).isFalse();
		CouncilTally written = CouncilTally.of(absent, Set.of(), totals("chair", 70, "a", 71, "b", 72), 75, TEN, true);
		assertThat(written.complete()).isTrue();
		assertThat(written.mean()).isEqualByComparingTo("71.00");
	}

}
