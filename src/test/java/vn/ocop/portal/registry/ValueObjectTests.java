package vn.ocop.portal.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static vn.ocop.portal.registry.OrganisationTests.assertRule;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Identifiers and small values validate on construction. */
class ValueObjectTests {

	@Test
	void taxCodesHaveTenDigitsOrTenDigitsAndABranchSuffix() {
		assertThat(TaxCode.parse("0100109106").value()).isEqualTo("0100109106");
		assertThat(TaxCode.parse(" 0100109106-001 ").dependentUnit()).isTrue();
		assertThat(TaxCode.parse("0100109106001").value()).isEqualTo("0100109106-001");
		assertThat(TaxCode.parse("  ")).isNull();
	}

	@ParameterizedTest
	@ValueSource(strings = { "010010910", "01001091066", "0100109106-01", "0100109106/001", "01001O9106" })
	void malformedTaxCodesAreRefused(String text) {
		assertThatIllegalArgumentException().isThrownBy(() -> TaxCode.parse(text));
	}

	@Test
	void registrationNumbersAreKeptInCapitals() {
		assertThat(RegistrationNumber.parse(" 13.01.000123 ").value()).isEqualTo("13.01.000123");
		assertThat(RegistrationNumber.parse("01/gcn-tht").value()).isEqualTo("01/GCN-THT");
		assertThatIllegalArgumentException().isThrownBy(() -> RegistrationNumber.parse("số #12"));
		assertThatIllegalArgumentException().isThrownBy(() -> RegistrationNumber.parse("1".repeat(31)));
	}

	@Test
	void organisationCodesAreScopeReferences() {
		assertThat(OrganisationId.of(" htx-demo-0001 ").value()).isEqualTo("HTX-DEMO-0001");
		assertThat(OrganisationId.assigned(OrganisationKind.THT, 42).value()).isEqualTo("THT-0000042");
		assertThatIllegalArgumentException().isThrownBy(() -> OrganisationId.of("HTX 1"));
		assertThat(OrganisationId.isValid("HTX/1")).isFalse();
	}

	@Test
	void detailsRefuseMissingAndOverlongText() {
		assertRule(() -> new OrganisationDetails(" ", null, null, LocalDate.of(2022, 1, 1), "UBND", "01888", null,
				Sector.AGRICULTURE, null, null, null, null), "name", "registry.rule.required");
		assertRule(() -> new OrganisationDetails("Tổ hợp tác", null, null, LocalDate.of(2022, 1, 1), "UBND", "01888",
				"x".repeat(501), Sector.AGRICULTURE, null, null, null, null), "address", "registry.rule.tooLong");
		assertRule(() -> new OrganisationDetails("Tổ hợp tác", null, null, LocalDate.of(2022, 1, 1), "UBND", "1888", null,
				Sector.AGRICULTURE, null, null, null, null), "unitCode", "registry.rule.unitCode.format");
		assertRule(() -> new OrganisationDetails("Tổ hợp tác", null, null, LocalDate.of(2022, 1, 1), "UBND", "01888", null,
				Sector.AGRICULTURE, null, null, "abc", null), "phone", "registry.rule.phone.format");
	}

	@Test
	void figuresAreCountsAndWholeDong() {
		assertRule(() -> figures(-1, "0"), "officialMembers", "registry.rule.count.negative");
		assertRule(() -> figures(5, "10.5"), "charterCapital", "registry.rule.money.whole");
		assertRule(() -> figures(5, "-1"), "charterCapital", "registry.rule.money.negative");
		assertThat(figures(5, "1000.00").charterCapital()).isEqualByComparingTo("1000");
		AnnualFigures withAssociates = new AnnualFigures(7, 3, 2, 0, 9, BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE,
				new BigDecimal("-5000000"), BigDecimal.ONE, new BigDecimal("72.5"));
		assertThat(withAssociates.totalMembers()).isEqualTo(12);
		assertThat(withAssociates.membersCountedFor(OrganisationKind.HTX)).isEqualTo(7);
		assertThat(withAssociates.members(MemberKind.CAPITAL_CONTRIBUTING_ASSOCIATE)).isEqualTo(3);
		assertRule(() -> new AnnualFigures(7, 0, 0, 0, 0, BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE,
				BigDecimal.ONE, new BigDecimal("100.5")), "classificationScore", "registry.rule.score.range");
	}

	@Test
	void namesSortInVietnameseOrderWordByWordWithoutTheirKindWords() {
		List<String> names = new ArrayList<>(List.of("Hợp tác xã Đồng Tâm", "Tổ hợp tác Dương Quang", "Hợp tác xã Bạch Thông",
				"Hợp tác xã Bà Rịa", "Hợp tác xã Ba Bể", "Tổ hợp tác Ân Thi", "Hợp tác xã An Phú", "Hợp tác xã Bắc Kạn",
				"Hợp tác xã Ba"));

		names.sort((a, b) -> Arrays.compareUnsigned(NameSortKey.of(a), NameSortKey.of(b)));

		assertThat(names).containsExactly("Hợp tác xã An Phú", "Tổ hợp tác Ân Thi", "Hợp tác xã Ba", "Hợp tác xã Ba Bể",
				"Hợp tác xã Bà Rịa", "Hợp tác xã Bạch Thông", "Hợp tác xã Bắc Kạn", "Tổ hợp tác Dương Quang",
				"Hợp tác xã Đồng Tâm");
		assertThat(NameSortKey.properName("Liên hiệp hợp tác xã Nông sản Bắc Kạn")).isEqualTo("Nông sản Bắc Kạn");
		assertThat(NameSortKey.properName("Hợp tác xã")).isEqualTo("Hợp tác xã");
	}

	@Test
	void searchWordsAreTestedRarerFirstWithTheKindWordsLast() {
		assertThat(Stream.of("hop", "tac", "xa", "dong", "tam").sorted(Organisations.RARER_FIRST))
			.containsExactly("dong", "tam", "hop", "tac", "xa");
		assertThat(Stream.of("to", "hop", "tac", "chan", "nuoi").sorted(Organisations.RARER_FIRST))
			.containsExactly("chan", "nuoi", "hop", "tac", "to");
	}

	private static AnnualFigures figures(int members, String capital) {
		return new AnnualFigures(members, 0, 0, 0, 0, new BigDecimal(capital), BigDecimal.ZERO, BigDecimal.ZERO,
				BigDecimal.ZERO, BigDecimal.ZERO, null);
	}

}
