package vn.ocop.portal.ocop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import vn.ocop.portal.ocop.PastEvaluationPolicy.Facts;
import vn.ocop.portal.ocop.PastEvaluationPolicy.Finding;
import vn.ocop.portal.ocop.PastEvaluationPolicy.Recognition;
import vn.ocop.portal.ocop.PastEvaluationPolicy.Result;
import vn.ocop.portal.ocop.RecognitionRules.Rule;

/**
 * The rules a past evaluation must meet, on their own: bands of the instrument (boundaries as
 * worded: 69.99 is 3★, 70 is 4★), which level recognised which star in each period (148's province
 * did not recognise 3★ before 06/07/2025; 5★ comes from the central level above 90), and the kind
 * against the product's earlier recognition (errors and warnings).
 */
class PastEvaluationPolicyTests {

	static final StarBands BANDS = new StarBands(List.of(band(5, "90", "100", true), band(4, "70", "90", false),
			band(3, "50", "70", false), band(2, "30", "50", false), band(1, "0", "30", false)), 3);

	static final Instrument I1048 = instrument("1048/2019");

	static final Instrument I148 = instrument("148/2023");

	/** 1048: the district forwards from 50, the province recognises 3★ and 4★ and forwards from 90, the centre 5★. */
	static final List<Rule> RULES_1048 = List.of(new Rule(EvaluationLevel.DISTRICT, null, null, new BigDecimal("50")),
			new Rule(EvaluationLevel.PROVINCE, 3, 4, new BigDecimal("90")), new Rule(EvaluationLevel.CENTRAL, 5, 5, null));

	/** 148 before 06/07/2025: the district recognises 3★ and forwards from 70, the province 4★. */
	static final List<Rule> RULES_148 = List.of(new Rule(EvaluationLevel.DISTRICT, 3, 3, new BigDecimal("70")),
			new Rule(EvaluationLevel.PROVINCE, 4, 4, new BigDecimal("90")), new Rule(EvaluationLevel.CENTRAL, 5, 5, null));

	static final LocalDate DAY = LocalDate.of(2022, 12, 20);

	@Test
	void aRecognisedStarFollowsTheBandOfTheTotalAtItsBoundaries() {
		assertThat(check(ApplicationKind.FIRST_TIME, Result.RECOGNISED, "69.99", 3)).isEmpty();
		assertThat(check(ApplicationKind.FIRST_TIME, Result.RECOGNISED, "70", 4)).isEmpty();
		assertThat(check(ApplicationKind.FIRST_TIME, Result.RECOGNISED, "69.99", 4)).extracting(Finding::messageKey, Finding::warning)
			.containsExactly(tuple("ocop.history.problem.starAboveBand", false));
		assertThat(check(ApplicationKind.FIRST_TIME, Result.RECOGNISED, "49.99", 2)).extracting(Finding::messageKey)
			.containsExactly("ocop.history.problem.starNotRecognisable");
		assertThat(check(ApplicationKind.FIRST_TIME, Result.RECOGNISED, "75", null)).extracting(Finding::messageKey)
			.containsExactly("ocop.history.problem.starRequired");
		assertThat(check(ApplicationKind.FIRST_TIME, Result.RECOGNISED, null, 3)).extracting(Finding::messageKey)
			.containsExactly("ocop.history.problem.scoreRequired");
		// capped by a minimum per star: possible, so only a warning
		assertThat(check(ApplicationKind.FIRST_TIME, Result.RECOGNISED, "75", 3)).extracting(Finding::messageKey, Finding::warning)
			.containsExactly(tuple("ocop.history.warning.starBelowBand", true));
	}

	@Test
	void aResultWithoutRecognitionHasNoRecognisedStar() {
		assertThat(check(ApplicationKind.FIRST_TIME, Result.NOT_RECOGNISED, "45", null)).isEmpty();
		assertThat(check(ApplicationKind.FIRST_TIME, Result.NOT_RECOGNISED, "45", 2)).isEmpty();
		assertThat(check(ApplicationKind.FIRST_TIME, Result.NOT_RECOGNISED, "45", 3)).extracting(Finding::messageKey)
			.containsExactly("ocop.history.problem.starOfNotRecognised");
		assertThat(check(ApplicationKind.FIRST_TIME, Result.NOT_RECOGNISED, "62", null)).extracting(Finding::messageKey, Finding::warning)
			.containsExactly(tuple("ocop.history.warning.notRecognisedInBand", true));
		assertThat(check(ApplicationKind.FIRST_TIME, Result.WITHDRAWN, null, null)).isEmpty();
		assertThat(check(ApplicationKind.FIRST_TIME, Result.REJECTED, null, 3)).extracting(Finding::messageKey)
			.containsExactly("ocop.history.problem.starWithoutEvaluation");
	}

	@Test
	void theLevelOfTheRoundRecognisesItsStarsOrForwardsAboveItsThreshold() {
		// 1048: the province recognises 4★, and 5★ through the central level from 90
		assertThat(PastEvaluationPolicy.check(facts(ApplicationKind.FIRST_TIME, Result.RECOGNISED, "92", 5, EvaluationLevel.PROVINCE,
				I1048, RULES_1048, Optional.empty()))).isEmpty();
		// 148 before 06/07/2025: 3★ was the district's, not the province's
		assertThat(PastEvaluationPolicy.check(facts(ApplicationKind.FIRST_TIME, Result.RECOGNISED, "60", 3, EvaluationLevel.PROVINCE,
				I148, RULES_148, Optional.empty()))).extracting(Finding::messageKey)
			.containsExactly("ocop.history.problem.levelDoesNotRecognise");
		assertThat(PastEvaluationPolicy.check(facts(ApplicationKind.FIRST_TIME, Result.RECOGNISED, "60", 3, EvaluationLevel.DISTRICT,
				I148, RULES_148, Optional.empty()))).isEmpty();
		// the district forwarded from 70 to the province, which recognised 4★
		assertThat(PastEvaluationPolicy.check(facts(ApplicationKind.FIRST_TIME, Result.RECOGNISED, "74", 4, EvaluationLevel.DISTRICT,
				I148, RULES_148, Optional.empty()))).isEmpty();
	}

	@Test
	void theKindMustFitTheProductsEarlierRecognition() {
		Recognition held = new Recognition(LocalDate.of(2020, 6, 25), 3); // expires 24/06/2023
		assertThat(held.expiry()).isEqualTo(LocalDate.of(2023, 6, 24));
		assertThat(kind(ApplicationKind.UPGRADE, "75", 4, LocalDate.of(2022, 12, 20), held)).isEmpty();
		assertThat(kind(ApplicationKind.UPGRADE, "68", 3, LocalDate.of(2022, 12, 20), held)).extracting(Finding::messageKey, Finding::warning)
			.containsExactly(tuple("ocop.history.problem.upgradeNotHigher", false));
		assertThat(kind(ApplicationKind.UPGRADE, "75", 4, LocalDate.of(2022, 12, 20), null)).extracting(Finding::messageKey, Finding::warning)
			.containsExactly(tuple("ocop.history.warning.upgradeWithoutRecognition", true));
		assertThat(kind(ApplicationKind.UPGRADE, "75", 4, LocalDate.of(2023, 6, 25), held)).extracting(Finding::messageKey)
			.containsExactly("ocop.history.warning.upgradeAfterExpiry");
		// re-rating: from 180 days before expiry (26/12/2022) to 180 days after it (21/12/2023)
		assertThat(kind(ApplicationKind.RE_RATING, "62", 3, LocalDate.of(2022, 12, 26), held)).isEmpty();
		assertThat(kind(ApplicationKind.RE_RATING, "62", 3, LocalDate.of(2022, 12, 25), held)).extracting(Finding::messageKey)
			.containsExactly("ocop.history.warning.reratingEarly");
		assertThat(kind(ApplicationKind.RE_RATING, "62", 3, LocalDate.of(2023, 12, 21), held)).isEmpty();
		assertThat(kind(ApplicationKind.RE_RATING, "62", 3, LocalDate.of(2023, 12, 22), held)).extracting(Finding::messageKey)
			.containsExactly("ocop.history.warning.reratingLate");
		assertThat(kind(ApplicationKind.RE_RATING, "62", 3, LocalDate.of(2023, 3, 1), null)).extracting(Finding::messageKey)
			.containsExactly("ocop.history.warning.reratingWithoutCertificate");
		// a re-rating may lower the star
		assertThat(kind(ApplicationKind.RE_RATING, "62", 3, LocalDate.of(2023, 3, 1), new Recognition(LocalDate.of(2020, 6, 25), 4)))
			.isEmpty();
		assertThat(kind(ApplicationKind.FIRST_TIME, "62", 3, LocalDate.of(2023, 6, 24), held)).extracting(Finding::messageKey)
			.containsExactly("ocop.history.warning.firstTimeWhileCertified");
		assertThat(kind(ApplicationKind.FIRST_TIME, "62", 3, LocalDate.of(2023, 6, 25), held)).isEmpty();
	}

	@Test
	void theScoreIsTheMeanOfTheMembersTotals() {
		List<BigDecimal> totals = List.of(new BigDecimal("70"), new BigDecimal("74.5"), new BigDecimal("72"));
		assertThat(PastEvaluationPolicy.mean(totals)).isEqualByComparingTo("72.17");
		assertThat(PastEvaluationPolicy.spread(totals)).isEqualByComparingTo("4.5");
		assertThat(HistoryWords.totals("70; 74,5 ;72")).contains(totals);
		assertThat(HistoryWords.totals("70; bảy mươi")).isEmpty();
		assertThat(HistoryWords.lookUp(HistoryWords.KINDS, "Đánh giá, phân hạng lại")).contains(ApplicationKind.RE_RATING);
		assertThat(HistoryWords.lookUp(HistoryWords.KINDS, "NANG HANG")).contains(ApplicationKind.UPGRADE);
		assertThat(HistoryWords.lookUp(HistoryWords.RESULTS, "Không được công nhận")).contains(Result.NOT_RECOGNISED);
	}

	static List<Finding> check(ApplicationKind kind, Result result, String total, Integer star) {
		return PastEvaluationPolicy.check(facts(kind, result, total, star, EvaluationLevel.PROVINCE, I1048, RULES_1048,
				Optional.empty()));
	}

	static List<Finding> kind(ApplicationKind kind, String total, Integer star, LocalDate on, Recognition earlier) {
		return PastEvaluationPolicy.check(new Facts(kind, Result.RECOGNISED, new BigDecimal(total), star, EvaluationLevel.PROVINCE,
				on, I1048, RULES_1048, Optional.ofNullable(earlier)));
	}

	static Facts facts(ApplicationKind kind, Result result, String total, Integer star, EvaluationLevel level, Instrument instrument,
			List<Rule> rules, Optional<Recognition> earlier) {
		return new Facts(kind, result, total == null ? null : new BigDecimal(total), star, level, DAY, instrument, rules, earlier);
	}

	static StarBands.Band band(int star, String from, String to, boolean inclusive) {
		return new StarBands.Band(star, new BigDecimal(from), new BigDecimal(to), inclusive);
	}

	static Instrument instrument(String code) {
		return new Instrument(code, code, code, LocalDate.of(2019, 8, 21), LocalDate.of(2019, 8, 21), null, "test",
				List.of(), BANDS, List.of(), List.of());
	}

}
