package vn.ocop.portal.ocop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.ocop.portal.ocop.RealScorecards.best;
import static vn.ocop.portal.ocop.RealScorecards.loweredTo;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.ocop.portal.ocop.ScoreResult.Outcome;
import vn.ocop.portal.ocop.ScoreResult.Reason;

/** The scoring engine on the real scorecards of Decision 26/2026/QĐ-TTg. */
class ScoringEngineTests {

	private static final String CURRENT = "26/2026";

	private static final StarBands BANDS = RealScorecards.bands(CURRENT);

	/** Rau, củ, quả, hạt tươi. */
	private static final ScorecardDefinition FRESH_PRODUCE = RealScorecards.scorecard(CURRENT, "TP-01");

	/** Chế biến từ rau, củ, quả, hạt: gate G4 stops the evaluation at C.6.1 (impurities). */
	private static final ScorecardDefinition PROCESSED_PRODUCE = RealScorecards.scorecard(CURRENT, "TP-07");

	/** Dịch vụ du lịch cộng đồng, du lịch sinh thái và điểm du lịch: sections with two alternative cases. */
	private static final ScorecardDefinition TOURISM = RealScorecards.scorecard(CURRENT, "DV-01");

	@Test
	void everyCurrentScorecardAddsUpTo40Then25Then35AndItsBestSheetScores100FiveStars() {
		assertThat(RealScorecards.instrument(CURRENT).scorecards()).hasSize(26).allSatisfy(card -> {
			assertThat(card.partMaxima()).containsExactly(Map.entry("A", new BigDecimal("40")),
					Map.entry("B", new BigDecimal("25")), Map.entry("C", new BigDecimal("35")));
			ScoreResult result = ScoringEngine.score(BANDS, card, best(card));
			assertThat(result.total()).isEqualByComparingTo("100");
			assertThat(result.star()).isEqualTo(5);
			assertThat(result.recognised()).isTrue();
		});
	}

	@Test
	void aProductScoring72WithoutTheFourStarMinimumOfChainLinkageIsCappedAtThreeStars() {
		// A.1.5 "Liên kết chuỗi trong sản xuất": A.1.5.3 (2 points) is the minimum for 4★; A.1.5.2 gives 1.
		ScoreSheet sheet = loweredTo(FRESH_PRODUCE, best(FRESH_PRODUCE).withChoice("A.1.5", "A.1.5.2"),
				new BigDecimal("72"), Set.of("A.1.5"));

		ScoreResult result = ScoringEngine.score(BANDS, FRESH_PRODUCE, sheet);

		assertThat(result.outcome()).isEqualTo(Outcome.RATED);
		assertThat(result.total()).isEqualByComparingTo("72");
		assertThat(result.bandStar()).isEqualTo(4);
		assertThat(result.star()).isEqualTo(3);
		assertThat(result.recognised()).isTrue();
		assertThat(result.reasons()).filteredOn(reason -> reason.kind() == Reason.Kind.MINIMUM_NOT_MET)
			.singleElement()
			.satisfies(reason -> assertThat(reason.args()).startsWith(4, "A.1.5"));
	}

	@Test
	void missingAThreeStarMinimumLeavesTwoStarsWhichAreNotRecognised() {
		// A.2.2 packaging: A.2.2.3 is the minimum for 3★.
		ScoreSheet sheet = loweredTo(FRESH_PRODUCE, best(FRESH_PRODUCE).withChoice("A.2.2", "A.2.2.2"),
				new BigDecimal("60"), Set.of("A.2.2"));

		ScoreResult result = ScoringEngine.score(BANDS, FRESH_PRODUCE, sheet);

		assertThat(result.bandStar()).isEqualTo(3);
		assertThat(result.star()).isEqualTo(2);
		assertThat(result.recognised()).isFalse();
	}

	@ParameterizedTest
	@CsvSource({ "100, 5", "90, 5", "89, 4", "70, 4", "69, 3", "50, 3", "49, 2", "30, 2", "29, 1" })
	void aTotalOnABandBoundaryBelongsToTheBandItOpens(String total, int star) {
		ScoreSheet sheet = loweredTo(FRESH_PRODUCE, best(FRESH_PRODUCE), new BigDecimal(total), Set.of());
		ScoreResult result = ScoringEngine.score(BANDS, FRESH_PRODUCE, sheet);
		assertThat(result.total()).isEqualByComparingTo(total);
		assertThat(result.bandStar()).isEqualTo(star);
	}

	@ParameterizedTest
	@CsvSource({ "69.99, 3", "70, 4", "70.00, 4", "89.99, 4", "90, 5", "100, 5", "49.99, 2", "0, 1" })
	void aCouncilMeanIsBandedHalfOpenAsTheDecisionWordsIt(String mean, int star) {
		assertThat(BANDS.bandOf(new BigDecimal(mean))).get().extracting(StarBands.Band::star).isEqualTo(star);
	}

	@Test
	void noBandHoldsMoreThan100() {
		assertThat(BANDS.bandOf(new BigDecimal("100.01"))).isEmpty();
	}

	@Test
	void aForgedDossierIsRejectedWhateverTheScore() {
		ScoreResult result = ScoringEngine.score(BANDS, FRESH_PRODUCE, best(FRESH_PRODUCE).withGate("G1"));

		assertThat(result.outcome()).isEqualTo(Outcome.REJECTED);
		assertThat(result.starRating()).isEmpty();
		assertThat(result.recognised()).isFalse();
		assertThat(result.reasons()).singleElement().satisfies(reason -> assertThat(reason.args()).startsWith("G1", ""));
	}

	@Test
	void unacceptableImpuritiesStopTheEvaluationWithoutTheRemainingChoices() {
		// G4 at C.6.1: evaluation stops there; the later criteria need no choice.
		ScoreSheet partial = ScoreSheet.of(Map.of("A.1.1", "A.1.1.3", "C.6.1", "C.6.1.1")).withGate("G4");

		ScoreResult result = ScoringEngine.score(BANDS, PROCESSED_PRODUCE, partial);

		assertThat(result.outcome()).isEqualTo(Outcome.EVALUATION_STOPPED);
		assertThat(result.total()).isEqualByComparingTo("3");
		assertThat(result.starRating()).isEmpty();
	}

	@Test
	void theMostSevereGateDecidesTheOutcome() {
		ScoreResult result = ScoringEngine.score(BANDS, PROCESSED_PRODUCE,
				best(PROCESSED_PRODUCE).withGate("G4").withGate("G2"));
		assertThat(result.outcome()).isEqualTo(Outcome.REJECTED);
		assertThat(result.reasons()).extracting(reason -> reason.args().get(0)).containsExactly("G2", "G4");
	}

	@Test
	void aSheetThatDoesNotFitTheScorecardIsRefusedCriterionByCriterion() {
		ScoreSheet sheet = best(FRESH_PRODUCE).withChoice("A.1.1", "A.1.2.1").withChoice("Z.9", "Z.9.1").withGate("G99");
		java.util.HashMap<String, String> choices = new java.util.HashMap<>(sheet.choices());
		choices.remove("B.4.1");
		ScoreSheet broken = new ScoreSheet(choices, Map.of(), Set.of("G99"));

		assertThat(ScoringEngine.validate(FRESH_PRODUCE, broken)).extracting(ScoreProblem::messageKey)
			.containsExactlyInAnyOrder("ocop.score.problem.unknownGate", "ocop.score.problem.unknownOption",
					"ocop.score.problem.unknownCriterion", "ocop.score.problem.missingChoice");
		assertThatThrownBy(() -> ScoringEngine.score(BANDS, FRESH_PRODUCE, broken)).isInstanceOf(InvalidScoreSheet.class)
			.satisfies(ex -> assertThat(((InvalidScoreSheet) ex).problems()).hasSize(4));
	}

	@Test
	void inASectionWithAlternativeCasesExactlyOneCaseIsScored() {
		ScoreSheet best = best(TOURISM);
		assertThat(TOURISM.part("C").orElseThrow().sections()).filteredOn(ScorecardDefinition.Section::hasAlternatives)
			.extracting(ScorecardDefinition.Section::number)
			.containsExactly(8, 9, 15);
		assertThat(ScoringEngine.score(BANDS, TOURISM, best).total()).isEqualByComparingTo("100");

		ScoreSheet noCase = new ScoreSheet(best.choices(), Map.of(), Set.of());
		assertThat(ScoringEngine.validate(TOURISM, noCase)).extracting(ScoreProblem::messageKey)
			.contains("ocop.score.problem.caseMissing");

		String chosen = best.cases().get(8);
		String other = TOURISM.sectionOf("C.8.a").orElseThrow().caseKeys().stream().filter(k -> !k.equals(chosen)).findFirst().orElseThrow();
		String otherCriterion = TOURISM.sectionOf("C.8.a").orElseThrow().criteria().stream()
			.filter(c -> other.equals(c.caseKey())).findFirst().orElseThrow().code();
		ScoreSheet both = best.withChoice(otherCriterion, otherCriterion + ".1");
		assertThat(ScoringEngine.validate(TOURISM, both)).extracting(ScoreProblem::messageKey)
			.containsExactly("ocop.score.problem.otherCase");
		assertThat(ScoringEngine.validate(TOURISM, best.withCase(7, "1"))).extracting(ScoreProblem::messageKey)
			.containsExactly("ocop.score.problem.noAlternatives");
	}

}
