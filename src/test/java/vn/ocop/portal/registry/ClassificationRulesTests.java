package vn.ocop.portal.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.core.io.ClassPathResource;

/** Score bands of Circular 01/2020 (as data) and the organisations that are not classified. */
class ClassificationRulesTests {

	private final ClassificationRules rules = new ClassificationRules(new ClassPathResource("registry/classification-rules.csv"));

	@ParameterizedTest(name = "{0} points -> {1}")
	@CsvSource({ "100, GOOD", "80, GOOD", "79.99, FAIR", "65, FAIR", "64.5, AVERAGE", "50, AVERAGE", "49.99, WEAK", "0, WEAK" })
	void scoresFallIntoTheBands(BigDecimal score, Classification expected) {
		assertThat(rules.classify(2023, score, 365, 0)).map(ClassificationRules.Result::classification).contains(expected);
	}

	@Test
	void anOrganisationOperatingLessThanTwelveMonthsInTheYearIsNotClassified() {
		assertThat(rules.classify(2022, new BigDecimal("90"), 364, 0).orElseThrow().classification())
			.isEqualTo(Classification.NOT_CLASSIFIED);
		assertThat(rules.classify(2024, new BigDecimal("90"), 365, 0).orElseThrow().classification())
			.as("2024 has 366 days").isEqualTo(Classification.NOT_CLASSIFIED);
		assertThat(rules.classify(2024, new BigDecimal("90"), 366, 0).orElseThrow().classification())
			.isEqualTo(Classification.GOOD);
	}

	@Test
	void anOrganisationStoppedMoreThanThreeMonthsIsNotClassified() {
		assertThat(rules.classify(2023, new BigDecimal("70"), 365, 90).orElseThrow().classification())
			.isEqualTo(Classification.FAIR);
		assertThat(rules.classify(2023, new BigDecimal("70"), 365, 91).orElseThrow().classification())
			.isEqualTo(Classification.NOT_CLASSIFIED);
	}

	@Test
	void withoutAScoreThereIsNoClassificationAndTheRuleSetIsNamed() {
		assertThat(rules.classify(2023, null, 365, 0)).isEmpty();
		assertThat(rules.classify(2019, new BigDecimal("90"), 365, 0)).as("before the circular").isEmpty();
		ClassificationRules.RuleSet set = rules.classify(2023, new BigDecimal("90"), 365, 0).orElseThrow().ruleSet();
		assertThat(set.legalBasis()).contains("01/2020/TT-BKHĐT");
		assertThat(set.confirmed()).isFalse();
	}

}
