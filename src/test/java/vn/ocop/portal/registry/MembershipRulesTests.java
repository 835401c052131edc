package vn.ocop.portal.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.ClassPathResource;

/** The minimum members by kind and legal period, read from the bundled rule file. */
class MembershipRulesTests {

	private final MembershipRules rules = new MembershipRules(new ClassPathResource("registry/membership-rules.csv"));

	@ParameterizedTest(name = "{0} with {2} on {1}: error={3} warning={4}")
	@CsvSource(textBlock = """
			HTX,   2024-06-30, 6, true,  false
			HTX,   2024-06-30, 7, false, false
			HTX,   2024-07-01, 6, false, false
			HTX,   2024-07-01, 5, false, false
			HTX,   2024-07-01, 4, true,  false
			HTX,   2015-12-31, 6, true,  false
			THT,   2022-12-31, 1, true,  false
			THT,   2022-12-31, 2, false, false
			LHHTX, 2022-12-31, 3, true,  false
			LHHTX, 2022-12-31, 4, false, false
			LHHTX, 2025-12-31, 3, false, false
			LHHTX, 2025-12-31, 2, false, true
			""")
	void cooperativesNeedSevenOfficialMembersBeforeJuly2024AndFiveAfter(OrganisationKind kind, LocalDate date, int members,
			boolean error, boolean warning) {
		MembershipRules.Check check = rules.check(kind, date, members);

		assertThat(check.isError()).isEqualTo(error);
		assertThat(check.isWarning()).isEqualTo(warning);
	}

	@Test
	void eachRuleCarriesItsLegalBasisAndWhetherItIsConfirmed() {
		MembershipRules.Rule before = rules.ruleFor(OrganisationKind.HTX, LocalDate.of(2024, 6, 30)).orElseThrow();
		MembershipRules.Rule after = rules.ruleFor(OrganisationKind.HTX, LocalDate.of(2024, 7, 1)).orElseThrow();
		MembershipRules.Rule union = rules.ruleFor(OrganisationKind.LHHTX, LocalDate.of(2025, 1, 1)).orElseThrow();

		assertThat(before.minimum()).isEqualTo(7);
		assertThat(before.legalBasis()).contains("23/2012/QH13");
		assertThat(after.minimum()).isEqualTo(5);
		assertThat(after.legalBasis()).contains("17/2023/QH15");
		assertThat(after.confirmed()).isTrue();
		assertThat(union.confirmed()).isFalse();
		assertThat(union.severity()).isEqualTo(MembershipRules.Severity.WARNING);
		assertThat(rules.check(OrganisationKind.HTX, LocalDate.of(2025, 12, 31), 4).messageArguments())
			.containsExactly(5, "Luật Hợp tác xã 17/2023/QH15", 4);
	}

	@Test
	void overlappingPeriodsOfOneKindAreRefused() {
		String csv = """
				kind,valid_from,valid_to,minimum,severity,legal_basis,confirmed
				HTX,,2024-06-30,7,ERROR,A,yes
				HTX,2024-06-01,,5,ERROR,B,yes
				""";

		assertThatIllegalStateException().isThrownBy(() -> new MembershipRules(new ByteArrayResource(csv.getBytes())))
			.withMessageContaining("overlaps");
	}

	@Test
	void malformedRowsAreRefusedWithTheirLineAndColumn() {
		String csv = """
				kind,valid_from,valid_to,minimum,severity,legal_basis,confirmed
				HTX,2024-07-01,,five,ERROR,B,yes
				""";

		assertThatIllegalStateException().isThrownBy(() -> new MembershipRules(new ByteArrayResource(csv.getBytes())))
			.withMessageContaining("minimum")
			.withMessageContaining("line");
	}

}
