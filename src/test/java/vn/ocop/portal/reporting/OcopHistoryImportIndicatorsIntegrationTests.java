package vn.ocop.portal.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static vn.ocop.portal.support.OcopHistoryWorkbook.row;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.ocop.portal.identity.ScopedUser;
import vn.ocop.portal.importing.ImportJobView;
import vn.ocop.portal.importing.ImportStatus;
import vn.ocop.portal.importing.Imports;
import vn.ocop.portal.importing.SheetSummary;
import vn.ocop.portal.support.OcopHistoryWorkbook;
import vn.ocop.portal.support.OcopHistoryWorkbook.Sheet;
import vn.ocop.portal.support.Officials;

/**
 * A province's OCOP history imported as one workbook (subjects, products and the applications of
 * rounds of 2020 under Decision 1048) feeds the year-end indicators exactly as applications
 * made in the portal do: the 2020 figures grow by what the imported rounds decided in 2020, per
 * district and for the province, and a second import changes neither the rows nor the figures.
 */
@ReportingIntegrationTest
class OcopHistoryImportIndicatorsIntegrationTests {

	static final ScopedUser PROVINCE = (ScopedUser) Officials.provincialOfficer("Cán bộ nhập lịch sử đánh giá", "06")
		.getPrincipal();

	static final List<String> EVALUATION = List.of("OCOP_EVALUATED", "OCOP_UPGRADE_REQUESTS", "OCOP_RENEWAL_REQUESTS",
			"OCOP_FIRST_TIME", "OCOP_UPGRADED", "OCOP_RENEWED", "OCOP_NEW_RECOGNISED", "OCOP_NEW_4STAR");

	@Autowired
	Imports imports;

	@Autowired
	YearEndReports reports;

	@Autowired
	JdbcClient jdbc;

	@TempDir
	Path folder;

	final OcopHistoryWorkbook history = new OcopHistoryWorkbook(2020);

	/**
	 * Round 1/2020: product 1 recognised 3★ (members' totals), product 2 recognised 4★, product 3 not
	 * recognised. Round 2/2020: product 1 upgraded to 4★, product 4 re-rated 3★ (its certificate is
	 * not in the data: the warning is accepted), product 5 new at 3★, product 3 again, decided only on
	 * 12/01/2021. (Other years are left alone: other tests expect 2019 without OCOP figures.)
	 */
	List<List<Object>> applications() {
		List<List<Object>> rows = new ArrayList<>();
		rows.add(row(history.product("061", 1), "tỉnh", "", 2020, 1, "Lần đầu", "60; 64; 62", "", "Công nhận", 3,
				history.decision("2020-1"), LocalDate.of(2020, 6, 25), LocalDate.of(2020, 6, 10), "", ""));
		rows.add(row(history.product("061", 2), "", "06", 2020, 1, "FIRST_TIME", "70,5; 72,5", "71,5", "cong nhan", 4,
				history.decision("2020-1"), LocalDate.of(2020, 6, 25), "", "", ""));
		rows.add(row(history.product("062", 3), "", "", 2020, 1, "lần đầu", "", "45", "không công nhận", "",
				history.decision("2020-1"), LocalDate.of(2020, 6, 25), "", "", ""));
		rows.add(row(history.product("061", 1), "", "", 2020, 2, "nâng hạng", "", "75", "công nhận", 4,
				history.decision("2020-2"), LocalDate.of(2020, 12, 28), "", "", ""));
		rows.add(row(history.product("062", 4), "", "", 2020, 2, "Đánh giá, phân hạng lại", "", "68", "công nhận", 3,
				history.decision("2020-2"), LocalDate.of(2020, 12, 28), "", "có", "Giấy chứng nhận 2017 chưa nhập"));
		rows.add(row(history.product("062", 5), "", "", 2020, 2, "lần đầu", "", "58", "công nhận", 3,
				history.decision("2020-2"), LocalDate.of(2020, 12, 28), "", "", ""));
		rows.add(row(history.product("062", 3), "", "", 2020, 2, "lần đầu", "", "55", "công nhận", 3,
				history.decision("2020-2b"), LocalDate.of(2021, 1, 12), LocalDate.of(2020, 12, 30), "", ""));
		return rows;
	}

	@Test
	void importedHistoryGivesTheYearEndIndicatorsOfWhatItDecided() {
		Map<String, BigDecimal> before = figures(null);
		Map<String, BigDecimal> before061 = figures("061");
		Map<String, BigDecimal> before062 = figures("062");

		Path file = OcopHistoryWorkbook.xlsx(folder.resolve("lich-su-danh-gia.xlsx"),
				new Sheet("chu-the", OcopHistoryWorkbook.SUBJECT_HEADERS, history.subjects()),
				new Sheet("san-pham", OcopHistoryWorkbook.PRODUCT_HEADERS, history.products()),
				new Sheet("danh-gia-ocop", OcopHistoryWorkbook.APPLICATION_HEADERS, applications()));
		ImportJobView first = imports.importNow(file, null, PROVINCE);
		assertThat(first.status()).as(imports.problems(first, 0, 50).getContent().toString()).isEqualTo(ImportStatus.SUCCEEDED);
		assertThat(first.sheets()).extracting(SheetSummary::sheet, SheetSummary::created, SheetSummary::updated, SheetSummary::unchanged)
			.containsExactly(tuple("chu-the", 2L, 0L, 0L), tuple("san-pham", 5L, 0L, 0L), tuple("danh-gia-ocop", 7L, 0L, 0L));

		assertThat(delta(before, figures(null))).containsExactlyEntriesOf(expected(6, 1, 1, 4, 1, 1, 3, 1));
		assertThat(delta(before061, figures("061"))).containsExactlyEntriesOf(expected(3, 1, 0, 2, 1, 0, 2, 1));
		assertThat(delta(before062, figures("062"))).containsExactlyEntriesOf(expected(3, 0, 1, 2, 0, 1, 1, 0));

		// what was stored: the mean of the members, the rounds under 1048, the accepted warning in the audit log
		assertThat(jdbc.sql("SELECT a.score || '|' || coalesce(a.spread::text, '-') || '|' || a.state || '|' || r.number || '/' || r.year || '|'"
				+ " || r.instrument_code || '|' || a.origin FROM ocop_application a JOIN ocop_round r ON r.id = a.round_id"
				+ " JOIN ocop_product p ON p.id = a.product_id WHERE p.code = :code ORDER BY a.decision_date")
			.param("code", history.product("061", 1)).query(String.class).list())
			.containsExactly("62.00|4.00|DECIDED|1/2020|1048/2019|IMPORT", "75.00|-|DECIDED|2/2020|1048/2019|IMPORT");
		assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE module = 'ocop' AND entity_type = 'OcopApplication'"
				+ " AND after_value::text LIKE :job").param("job", "%" + first.id() + "%").query(Long.class).single()).isEqualTo(7);
		assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE entity_type = 'OcopApplication' AND after_value::text LIKE :job"
				+ " AND after_value::text LIKE '%reratingWithoutCertificate%'").param("job", "%" + first.id() + "%")
			.query(Long.class).single()).isEqualTo(1);

		Map<String, BigDecimal> once = figures(null);
		ImportJobView again = imports.importNow(file, null, PROVINCE);
		assertThat(again.status()).isEqualTo(ImportStatus.SUCCEEDED);
		assertThat(again.sheets()).extracting(SheetSummary::sheet, SheetSummary::created, SheetSummary::updated, SheetSummary::unchanged)
			.containsExactly(tuple("chu-the", 0L, 0L, 2L), tuple("san-pham", 0L, 0L, 5L), tuple("danh-gia-ocop", 0L, 0L, 7L));
		assertThat(figures(null)).isEqualTo(once);
	}

	Map<String, BigDecimal> figures(String unit) {
		YearEndFigures figures = reports.figures("06", 2020);
		Map<String, BigDecimal> values = new LinkedHashMap<>();
		for (String code : EVALUATION) {
			BigDecimal value = unit == null ? figures.value(code) : figures.value(unit, code);
			values.put(code, value == null ? BigDecimal.ZERO : value);
		}
		return values;
	}

	static Map<String, Integer> delta(Map<String, BigDecimal> before, Map<String, BigDecimal> after) {
		Map<String, Integer> delta = new LinkedHashMap<>();
		before.forEach((code, value) -> delta.put(code, after.get(code).subtract(value).intValueExact()));
		return delta;
	}

	static Map<String, Integer> expected(int evaluated, int upgrades, int renewals, int firstTime, int upgraded, int renewed,
			int newRecognised, int new4) {
		Map<String, Integer> values = new LinkedHashMap<>();
		int[] numbers = { evaluated, upgrades, renewals, firstTime, upgraded, renewed, newRecognised, new4 };
		for (int i = 0; i < EVALUATION.size(); i++) {
			values.put(EVALUATION.get(i), numbers[i]);
		}
		return values;
	}

}
