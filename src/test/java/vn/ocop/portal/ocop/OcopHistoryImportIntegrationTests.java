package vn.ocop.portal.ocop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static vn.ocop.portal.support.OcopHistoryWorkbook.row;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.ocop.portal.identity.ScopedUser;
import vn.ocop.portal.importing.ImportJobView;
import vn.ocop.portal.importing.ImportProblem;
import vn.ocop.portal.importing.ImportStatus;
import vn.ocop.portal.importing.Imports;
import vn.ocop.portal.importing.SheetSummary;
import vn.ocop.portal.support.OcopHistoryWorkbook;
import vn.ocop.portal.support.OcopHistoryWorkbook.Sheet;
import vn.ocop.portal.support.Officials;

/**
 * The applications history sheet {@code danh-gia-ocop} through the common importer against the real
 * database: a workbook whose history breaks the rules stores nothing (not even its valid subjects,
 * products and rows) and names exactly the bad rows with their reasons in Vietnamese and English;
 * the corrected workbook imports, a changed row updates only that application, and a local officer
 * may not import the province's rounds.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class OcopHistoryImportIntegrationTests {

	static final ScopedUser PROVINCE = (ScopedUser) Officials.provincialOfficer("Cán bộ nhập lịch sử đánh giá", "06")
		.getPrincipal();

	static final ScopedUser BA_BE = (ScopedUser) Officials.localOfficer("Cán bộ OCOP Ba Bể", "061").getPrincipal();

	@Autowired
	Imports imports;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MessageSource messages;

	@TempDir
	Path folder;

	final OcopHistoryWorkbook history = new OcopHistoryWorkbook(2021);

	/** Round 1/2021: products 1 to 5; round 2/2021: products 2 (members' totals) and 1 (upgrade). */
	List<List<Object>> applications() {
		List<List<Object>> rows = new ArrayList<>();
		rows.add(row(history.product("061", 1), "", "", 2021, 1, "lần đầu", "", "62", "công nhận", 3, history.decision("1"),
				LocalDate.of(2021, 6, 20), "", "", ""));
		rows.add(row(history.product("061", 2), "", "", 2021, 1, "lần đầu", "", "48", "không đạt", "", history.decision("1"),
				LocalDate.of(2021, 6, 20), "", "", ""));
		rows.add(row(history.product("062", 3), "", "", 2021, 1, "lần đầu", "", "65", "công nhận", 3, history.decision("1"),
				LocalDate.of(2021, 6, 20), "", "", ""));
		rows.add(row(history.product("062", 4), "", "", 2021, 1, "đánh giá lại", "", "60", "công nhận", 3, history.decision("1"),
				LocalDate.of(2021, 6, 20), "", "có", ""));
		rows.add(row(history.product("062", 5), "", "", 2021, 1, "lần đầu", "", "", "rút hồ sơ", "", "",
				LocalDate.of(2021, 5, 2), "", "", ""));
		rows.add(row(history.product("061", 2), "", "", 2021, 2, "lần đầu", "70; 74,5; 72", "", "công nhận", 4,
				history.decision("2"), LocalDate.of(2021, 12, 20), "", "", ""));
		rows.add(row(history.product("061", 1), "", "", 2021, 2, "nâng hạng", "", "76", "công nhận", 4, history.decision("2"),
				LocalDate.of(2021, 12, 20), "", "", ""));
		return rows;
	}

	Path workbook(String name, List<List<Object>> applications) {
		return OcopHistoryWorkbook.xlsx(folder.resolve(name),
				new Sheet("chu-the", OcopHistoryWorkbook.SUBJECT_HEADERS, history.subjects()),
				new Sheet("san-pham", OcopHistoryWorkbook.PRODUCT_HEADERS, history.products()),
				new Sheet("danh-gia-ocop", OcopHistoryWorkbook.APPLICATION_HEADERS, applications));
	}

	@Test
	void badRowsStoreNothingAndAreNamedThenTheCorrectedFileImportsAndAChangeUpdatesOneRow() {
		List<List<Object>> bad = applications();
		String unknown = "06-061-99999-2021";
		bad.get(1).set(5, "nâng cấp");                               // row 3: not a kind
		bad.get(2).set(9, 4);                                        // row 4: 4★ for 65 points
		bad.get(3).set(13, "");                                      // row 5: re-rating without a known certificate, not accepted
		bad.get(4).set(11, LocalDate.of(2019, 5, 2));                // row 6: a date outside round 1/2021
		bad.get(5).set(6, "70; bảy mươi");                           // row 7: a member's total is not a number
		bad.get(6).set(9, 3);                                        // row 8: an "upgrade" to the star it held (row 2 of the good file)
		bad.get(6).set(7, "66");
		bad.add(row(unknown, "", "", 2021, 2, "lần đầu", "", "55", "công nhận", 3, history.decision("2"),
				LocalDate.of(2021, 12, 20), "", "", ""));            // row 9: no such product
		bad.add(row(history.product("062", 3), "huyện", "061", 2021, 1, "lần đầu", "", "55", "công nhận", 3,
				history.decision("H"), LocalDate.of(2021, 6, 1), "", "", ""));   // row 10: a district round of another district

		ImportJobView failed = imports.importNow(workbook("lich-su-loi.xlsx", bad), null, PROVINCE);

		assertThat(failed.status()).isEqualTo(ImportStatus.FAILED);
		List<ImportProblem> problems = imports.problems(failed, 0, 50).getContent();
		assertThat(problems).extracting(ImportProblem::sheet, ImportProblem::row, ImportProblem::column, ImportProblem::value,
				ImportProblem::messageKey)
			.containsExactly(tuple("danh-gia-ocop", 3, "loai", "nâng cấp", "ocop.history.problem.kind"),
					tuple("danh-gia-ocop", 4, "hang-sao", "4", "ocop.history.problem.starAboveBand"),
					tuple("danh-gia-ocop", 5, "loai", "đánh giá lại", "ocop.history.warning.reratingWithoutCertificate"),
					tuple("danh-gia-ocop", 6, "ngay-quyet-dinh", "02/05/2019", "ocop.history.problem.dateOutsideRound"),
					tuple("danh-gia-ocop", 7, "diem-thanh-vien", "70; bảy mươi", "ocop.history.problem.memberTotals"),
					tuple("danh-gia-ocop", 8, "hang-sao", "3", "ocop.history.problem.upgradeNotHigher"),
					tuple("danh-gia-ocop", 9, "ma-san-pham", unknown, "importing.problem.unknownReference"),
					tuple("danh-gia-ocop", 10, "don-vi", "061", "ocop.history.problem.districtUnit"));
		assertThat(problems).extracting(problem -> text(problem, "vi"))
			.containsExactly("Loại không hợp lệ; chọn lần đầu, nâng hạng hoặc đánh giá lại.",
					"4 sao cao hơn hạng của tổng điểm 65 (3 sao theo bộ tiêu chí 1048/2019).",
					"Cảnh báo: không thấy lần công nhận nào trước của sản phẩm, nhưng đánh giá lại cần giấy chứng nhận đã có."
							+ " Nếu giấy chứng nhận đó không có trong dữ liệu, ghi \"có\" vào cột chap-nhan-canh-bao.",
					"Ngày không thuộc đợt 1/2021 (chỉ trong năm của đợt hoặc năm sau).",
					"Điểm của thành viên phải là các số từ 0 đến 100 (tối đa 2 chữ số thập phân), cách nhau bằng dấu chấm phẩy.",
					"Nâng hạng chỉ được công nhận trên hạng đang có: 3 sao không cao hơn 3 sao (công nhận ngày 20/06/2021).",
					"Mã " + unknown + " không có trong tệp (trang tính san-pham) và chưa có trong cơ sở dữ liệu.",
					"Đợt cấp huyện cần mã huyện nơi chủ thể hoạt động (062).");
		assertThat(problems).extracting(problem -> text(problem, "en"))
			.containsExactly("Not a valid kind; choose first time, upgrade or re-rating (lần đầu, nâng hạng, đánh giá lại).",
					"4 stars is above the band of the total 65 (3 stars under criteria 1048/2019).",
					"Warning: no earlier recognition of the product is known, but a re-rating needs a certificate."
							+ " If that certificate is just missing from the data, write \"yes\" in column chap-nhan-canh-bao.",
					"The date does not belong to round 1/2021 (only in the year of the round or the next).",
					"Member totals must be numbers from 0 to 100 (at most 2 decimals) separated by semicolons.",
					"An upgrade is recognised only above the star held: 3 stars is not above 3 stars (recognised on 20/06/2021).",
					"Code " + unknown + " is neither in the file (sheet san-pham) nor in the database.",
					"A district round needs the code of the district where the subject works (062).");
		assertThat(storedApplications()).isZero();
		assertThat(jdbc.sql("SELECT count(*) FROM ocop_subject WHERE code LIKE :p").param("p", history.prefix + "-%")
			.query(Long.class).single()).isZero();

		long missingRounds = 2 - jdbc.sql("SELECT count(*) FROM ocop_round WHERE level = 'PROVINCE' AND unit_code = '06'"
				+ " AND year = 2021 AND number IN (1, 2)").query(Long.class).single();
		Path good = workbook("lich-su.xlsx", applications());
		ImportJobView first = imports.importNow(good, null, PROVINCE);
		assertThat(first.status()).as(imports.problems(first, 0, 50).getContent().toString()).isEqualTo(ImportStatus.SUCCEEDED);
		assertThat(first.sheets()).extracting(SheetSummary::sheet, SheetSummary::created)
			.containsExactly(tuple("chu-the", 2L), tuple("san-pham", 5L), tuple("danh-gia-ocop", 7L));
		assertThat(jdbc.sql("SELECT p.code || '|' || a.kind || '|' || a.state || '|' || coalesce(a.score::text, '-') || '|'"
				+ " || coalesce(a.star::text, '-') || '|' || coalesce(a.recognising_level, '-') || '|' || a.written_opinions"
				+ " FROM ocop_application a JOIN ocop_product p ON p.id = a.product_id JOIN ocop_subject s ON s.id = p.subject_id"
				+ " WHERE s.code LIKE :p ORDER BY a.decision_date, p.code").param("p", history.prefix + "-%").query(String.class).list())
			.containsExactly(history.product("062", 5) + "|FIRST_TIME|WITHDRAWN|-|-|-|false",
					history.product("061", 1) + "|FIRST_TIME|DECIDED|62.00|3|PROVINCE|false",
					history.product("061", 2) + "|FIRST_TIME|NOT_RECOGNISED|48.00|-|-|false",
					history.product("062", 3) + "|FIRST_TIME|DECIDED|65.00|3|PROVINCE|false",
					history.product("062", 4) + "|RE_RATING|DECIDED|60.00|3|PROVINCE|true",
					history.product("061", 1) + "|UPGRADE|DECIDED|76.00|4|PROVINCE|false",
					history.product("061", 2) + "|FIRST_TIME|DECIDED|72.17|4|PROVINCE|false");
		// the two rounds were created under the criteria of their date, audited
		assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE entity_type = 'OcopRound' AND after_value::text LIKE :job")
			.param("job", "%" + first.id() + "%").query(Long.class).single()).isEqualTo(missingRounds);

		List<List<Object>> changed = applications();
		changed.get(1).set(14, "Thiếu phiếu kiểm nghiệm");
		ImportJobView second = imports.importNow(workbook("lich-su-sua.xlsx", changed), null, PROVINCE);
		assertThat(second.sheets()).extracting(SheetSummary::sheet, SheetSummary::created, SheetSummary::updated, SheetSummary::unchanged)
			.containsExactly(tuple("chu-the", 0L, 0L, 2L), tuple("san-pham", 0L, 0L, 5L), tuple("danh-gia-ocop", 0L, 1L, 6L));
		assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE entity_type = 'OcopApplication' AND after_value::text LIKE :job"
				+ " AND before_value::text NOT LIKE '%Thiếu phiếu%' AND after_value::text LIKE '%Thiếu phiếu kiểm nghiệm%'")
			.param("job", "%" + second.id() + "%").query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void aLocalOfficerMayNotImportTheProvincesRounds() {
		ImportJobView refused = imports.importNow(OcopHistoryWorkbook.xlsx(folder.resolve("huyen.xlsx"),
				new Sheet("danh-gia-ocop", OcopHistoryWorkbook.APPLICATION_HEADERS, applications())), null, BA_BE);
		assertThat(refused.status()).isEqualTo(ImportStatus.FAILED);
		assertThat(imports.problems(refused, 0, 50).getContent()).extracting(ImportProblem::sheet, ImportProblem::messageKey)
			.containsExactly(tuple("danh-gia-ocop", "importing.problem.sheetNotAllowed"));
		assertThat(storedApplications()).isZero();
	}

	@Test
	void aDossierPendingWhenTheCriteriaChangedFinishesUnderTheOldRules() {
		OcopHistoryWorkbook pending = new OcopHistoryWorkbook(2022);
		// concluded under 1048 (until 23/02/2023), decided under 148, when the province no longer recognised 3★
		List<List<Object>> applications = new ArrayList<>();
		applications.add(row(pending.product("061", 1), "", "", 2023, 1, "lần đầu", "", "60", "công nhận", 3,
				pending.decision("1"), LocalDate.of(2023, 3, 10), LocalDate.of(2023, 2, 20), "", ""));
		ImportJobView job = imports.importNow(OcopHistoryWorkbook.xlsx(folder.resolve("chuyen-tiep.xlsx"),
				new Sheet("chu-the", OcopHistoryWorkbook.SUBJECT_HEADERS, pending.subjects()),
				new Sheet("san-pham", OcopHistoryWorkbook.PRODUCT_HEADERS, pending.products()),
				new Sheet("danh-gia-ocop", OcopHistoryWorkbook.APPLICATION_HEADERS, applications)), null, PROVINCE);

		assertThat(job.status()).as(imports.problems(job, 0, 50).getContent().toString()).isEqualTo(ImportStatus.SUCCEEDED);
		assertThat(jdbc.sql("SELECT r.instrument_code || '|' || a.recognising_level || '|' || a.star FROM ocop_application a"
				+ " JOIN ocop_round r ON r.id = a.round_id JOIN ocop_product p ON p.id = a.product_id WHERE p.code = :code")
			.param("code", pending.product("061", 1)).query(String.class).single()).isEqualTo("1048/2019|PROVINCE|3");
	}

	long storedApplications() {
		return jdbc.sql("SELECT count(*) FROM ocop_application a JOIN ocop_product p ON p.id = a.product_id"
				+ " JOIN ocop_subject s ON s.id = p.subject_id WHERE s.code LIKE :p").param("p", history.prefix + "-%")
			.query(Long.class).single();
	}

	String text(ImportProblem problem, String language) {
		return messages.getMessage(problem.messageKey(), problem.args().toArray(), Locale.forLanguageTag(language));
	}

}
