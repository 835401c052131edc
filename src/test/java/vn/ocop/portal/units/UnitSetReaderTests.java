package vn.ocop.portal.units;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

import vn.ocop.portal.units.UnitSetDefinition.Kind;
import vn.ocop.portal.units.UnitSetReader.SuccessionRow;
import vn.ocop.portal.units.UnitSetReader.UnitRow;
import vn.ocop.portal.units.UnitSuccession.Coverage;

/** Reading manifests and unit-set files, and the row-level errors of bad files (no database). */
class UnitSetReaderTests {

	static final UnitSetDefinition FUTURE_UNITS = new UnitSetDefinition("test-units", Kind.UNITS, "future.csv",
			LocalDate.of(2100, 1, 1), null, false, "NQ thử", "test");

	static final UnitSetDefinition FUTURE_SUCCESSIONS = new UnitSetDefinition("test-successions", Kind.SUCCESSIONS,
			"future-successions.csv", LocalDate.of(2100, 1, 1), null, false, "NQ thử", "test");

	final LoadProblems problems = new LoadProblems(messages());

	@Test
	void bundledManifestDeclaresTheDatedSets() throws Exception {
		List<UnitSetDefinition> sets;
		try (InputStream in = getClass().getResourceAsStream("/units/unit-sets.csv")) {
			sets = UnitSetReader.readManifest("unit-sets.csv", in, problems);
		}

		assertThat(problems.errors()).isEmpty();
		assertThat(sets).extracting(UnitSetDefinition::code).containsExactly("vn-3-levels-2008-2025", "vn-2-levels-2025",
				"vn-2025-province-successions", "vn-2025-commune-successions", "vn-2025-island-district-successions",
				"vn-2026-04-30-amendments");
		UnitSetDefinition preReform = sets.get(0);
		assertThat(preReform.kind()).isEqualTo(Kind.UNITS);
		assertThat(preReform.file()).isEqualTo("units-20250301-20250630.csv");
		assertThat(preReform.validFrom()).isEqualTo(LocalDate.of(2008, 8, 1));
		assertThat(preReform.validTo()).isEqualTo(LocalDate.of(2025, 6, 30));
		assertThat(preReform.legalBasis()).contains("124/2004/QĐ-TTg");
		UnitSetDefinition reform = sets.get(1);
		assertThat(reform.validFrom()).isEqualTo(LocalDate.of(2025, 7, 1));
		assertThat(reform.validTo()).isNull();
		assertThat(reform.legalBasis()).contains("19/2025/QĐ-TTg");
		assertThat(sets.get(3).kind()).isEqualTo(Kind.SUCCESSIONS);
		assertThat(sets.get(5).kind()).isEqualTo(Kind.AMENDMENTS);
	}

	@Test
	void manifestErrorsNameFileRowAndColumn() {
		String manifest = """
				code,kind,file,valid_from,valid_to,legal_basis,source
				ok-set,units,ok.csv,2030-01-01,,"NQ 1/2030, điều 2",src
				Bad Code,maps,x.csv,2030-13-01,2029-01-01,,src
				succ,successions,s.csv,2030-01-01,2031-01-01,NQ,src
				""";

		List<UnitSetDefinition> sets = UnitSetReader.readManifest("unit-sets.csv", stream(manifest), problems);

		assertThat(sets).singleElement().satisfies(set -> assertThat(set.legalBasis()).isEqualTo("NQ 1/2030, điều 2"));
		assertThat(problems.errors()).extracting(UnitDataError::row, UnitDataError::column)
			.containsExactly(tuple(3, "code"), tuple(3, "kind"),
					tuple(3, "valid_from"), tuple(3, "legal_basis"),
					tuple(4, "valid_to"));
		assertThat(problems.errors().get(1).reasonVi()).isEqualTo("loại bộ dữ liệu \"maps\" không hợp lệ (units, amendments hoặc successions)");
		assertThat(problems.errors().get(1).reasonEn()).isEqualTo("unit set kind \"maps\" is not valid (units, amendments or successions)");
		assertThat(problems.errors().get(2).describe(java.util.Locale.ENGLISH))
			.isEqualTo("unit-sets.csv:3 [valid_from] date \"2030-13-01\" is not valid (expected yyyy-MM-dd)");
	}

	@Test
	void unitRowsAreReadWithKindsParentsAndProvinces() {
		String csv = """
				code,name,level,parent_code
				98,Tỉnh Thử Nghiệm,province,
				980,Huyện Thử,district,98
				98001,Thị trấn Thử,commune,980
				98002,"Xã ""Mới"", Thử",commune,98
				""";

		List<UnitRow> rows = UnitSetReader.readUnits(FUTURE_UNITS, stream(csv), problems);

		assertThat(problems.errors()).isEmpty();
		assertThat(rows).extracting(UnitRow::code, UnitRow::kind, UnitRow::provinceCode).containsExactly(
				tuple("98", UnitKind.TINH, "98"),
				tuple("980", UnitKind.HUYEN, "98"),
				tuple("98001", UnitKind.THI_TRAN, "98"),
				tuple("98002", UnitKind.XA, "98"));
		assertThat(rows.get(3).name()).isEqualTo("Xã \"Mới\", Thử");
		assertThat(rows.get(2).searchName()).isEqualTo("thi tran thu");
		assertThat(rows).allSatisfy(row -> assertThat(row.validFrom()).isEqualTo(LocalDate.of(2100, 1, 1)));
	}

	@Test
	void badUnitRowsGiveRowLevelErrorsInVietnameseAndEnglish() {
		String csv = """
				code,name,level,parent_code
				98,Tỉnh Thử Nghiệm,province,
				980,Huyện Thử,district,9
				9800,Xã Sai Mã,commune,980
				98001,Huyện Nhầm Cấp,commune,980
				98002,Xã Một,commune,980
				98002,Xã Hai,commune,980
				98003,Xã Thiếu Cột,commune
				98004,Xã Cấp Lạ,village,980
				""";

		List<UnitRow> rows = UnitSetReader.readUnits(FUTURE_UNITS, stream(csv), problems);

		assertThat(problems.errors()).extracting(UnitDataError::row, UnitDataError::column).containsExactly(
				tuple(3, "parent_code"), tuple(4, "code"),
				tuple(5, "name"),
				tuple(7, "code"), tuple(8, ""),
				tuple(9, "level"));
		assertThat(problems.errors()).allSatisfy(error -> {
			assertThat(error.file()).isEqualTo("future.csv");
			assertThat(error.reasonVi()).isNotBlank().isNotEqualTo(error.reasonEn());
			assertThat(error.reasonEn()).isNotBlank().doesNotStartWith("units.");
		});
		assertThat(problems.errors().get(3).reasonVi()).isEqualTo("mã 98002 đã có ở dòng 6");
		assertThat(problems.errors().get(3).reasonEn()).isEqualTo("code 98002 already appears on line 6");
		assertThat(problems.errors().get(2).reasonEn()).isEqualTo("the name starts with \"huyện\", which does not fit level commune");
		assertThatThrownBy(problems::throwIfAny).isInstanceOf(UnitDataRejected.class)
			.hasMessageContaining("future.csv:3 [parent_code]");
		assertThat(rows).extracting(UnitRow::code).doesNotContain("9800");
	}

	@Test
	void aMissingColumnOrAnOpenQuoteIsReported() {
		LoadProblems missingColumn = new LoadProblems(messages());
		LoadProblems openQuote = new LoadProblems(messages());
		LoadProblems empty = new LoadProblems(messages());
		UnitSetReader.readUnits(FUTURE_UNITS, stream("code,name,level\n98,Tỉnh Thử,province\n"), missingColumn);
		UnitSetReader.readUnits(FUTURE_UNITS, stream("code,name,level,parent_code\n98,\"Tỉnh Thử,province,\n"), openQuote);
		UnitSetReader.readUnits(FUTURE_UNITS, stream(""), empty);

		assertThat(java.util.stream.Stream.of(missingColumn, openQuote, empty).flatMap(p -> p.errors().stream()).toList()).extracting(UnitDataError::row, UnitDataError::column, UnitDataError::reasonEn).containsExactly(
				tuple(1, "parent_code", "column parent_code is missing (columns code,name,level,parent_code are required)"),
				tuple(2, "", "the double quote opened on this line is not closed"),
				tuple(0, "", "the file has no data rows"));
	}

	@Test
	void successionsNeedPartialRowsForSplitUnits() {
		String csv = """
				old_commune_code,new_commune_code,coverage
				98001,98010,full
				98002,98010,partial
				98002,98011,full
				98003,98011,half
				98003,98011,partial
				""";

		List<SuccessionRow> rows = UnitSetReader.readSuccessions(FUTURE_SUCCESSIONS, stream(csv), problems);

		assertThat(problems.errors()).extracting(UnitDataError::row, UnitDataError::column).containsExactly(
				tuple(5, "coverage"), tuple(6, "new_commune_code"),
				tuple(4, "coverage"));
		assertThat(rows).extracting(row -> row.succession().coverage()).contains(Coverage.FULL, Coverage.PARTIAL);
		assertThat(rows.get(0).succession().effectiveDate()).isEqualTo(LocalDate.of(2100, 1, 1));
	}

	@Test
	void successionsWithoutCoverageAreWhole() {
		List<SuccessionRow> rows = UnitSetReader.readSuccessions(FUTURE_SUCCESSIONS,
				stream("old_province_code,new_province_code\n06,19\n"), problems);

		assertThat(problems.errors()).isEmpty();
		assertThat(rows).singleElement().satisfies(row -> {
			assertThat(row.succession().predecessor()).isEqualTo(UnitCode.of("06"));
			assertThat(row.succession().coverage()).isEqualTo(Coverage.FULL);
		});
	}

	static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("messages/units");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

	static InputStream stream(String text) {
		return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
	}

}
