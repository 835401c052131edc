package vn.ocop.portal.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.ocop.portal.identity.ScopedUser;
import vn.ocop.portal.importing.DemoFiles.Formatted;
import vn.ocop.portal.importing.DemoSheets.DemoThings;
import vn.ocop.portal.shared.web.Languages;
import vn.ocop.portal.support.Officials;

/**
 * The engine on the real database with the test-only sheets: all-or-nothing per file, the exact
 * problems of the bad rows in Vietnamese and English, idempotent re-imports, XLSX and CSV, two
 * sheets referring to each other, rollback when storing fails, progress, strict file checks.
 */
@ImportingIntegrationTest
class ImportsIntegrationTests {

	static final ScopedUser OFFICER = (ScopedUser) Officials.provincialOfficer("Cán bộ nhập liệu", "06").getPrincipal();

	@Autowired
	Imports imports;

	@Autowired
	ImportMessages messages;

	@Autowired
	DemoThings demoThings;

	@Autowired
	JdbcClient jdbc;

	@TempDir
	Path folder;

	final String prefix = DemoFiles.uniquePrefix();

	@AfterEach
	void storeNormallyAgain() {
		demoThings.failWhenStoring.set(null);
	}

	@Test
	void thousandRowsWithThreeBadRowsStoreNothingAndReportExactlyThoseRows() {
		List<List<Object>> rows = DemoFiles.things(prefix, 1_000);
		rows.get(9).set(2, "31/02/2024");     // thing 10, Excel row 11: no 31 February
		rows.get(499).set(3, "mười nghìn");   // thing 500, row 501: not a number
		rows.get(998).set(1, null);           // thing 999, row 1000: name missing
		Path file = DemoFiles.xlsx(folder, "vat.xlsx", DemoFiles.sheet("demo-things", DemoFiles.THING_HEADERS, rows));

		ImportJobView job = imports.importNow(file, null, OFFICER);

		assertThat(job.status()).isEqualTo(ImportStatus.FAILED);
		assertThat(job.problemCount()).isEqualTo(3);
		assertThat(job.rowsTotal()).isEqualTo(1_000);
		List<ImportProblem> problems = imports.problems(job, 0, 50).getContent();
		assertThat(problems).extracting(ImportProblem::sheet, ImportProblem::row, ImportProblem::column, ImportProblem::value,
				ImportProblem::messageKey)
			.containsExactly(tuple("demo-things", 11, "Ngày", "31/02/2024", "importing.problem.date"),
					tuple("demo-things", 501, "Số tiền", "mười nghìn", "importing.problem.decimal"),
					tuple("demo-things", 1000, "Tên", "", "importing.problem.required"));
		assertThat(problems).extracting(problem -> messages.problem(problem, Languages.VIETNAMESE))
			.containsExactly("Không phải ngày hợp lệ dạng dd/MM/yyyy (ví dụ 27/12/2022).",
					"Không phải số (ví dụ 1.234,5 hoặc 1234.5).", "Thiếu giá trị ở cột bắt buộc.");
		assertThat(problems).extracting(problem -> messages.problem(problem, Languages.ENGLISH))
			.containsExactly("Not a valid date in the form dd/MM/yyyy (e.g. 27/12/2022).", "Not a number (e.g. 1.234,5 or 1234.5).",
					"A value is required in this column.");
		assertThat(storedThings()).isZero();
	}

	@Test
	void correctedFileImportsAndImportingItAgainChangesNothing() {
		Path file = DemoFiles.xlsx(folder, "vat.xlsx", DemoFiles.sheet("demo-things", DemoFiles.THING_HEADERS, DemoFiles.things(prefix, 1_000)));

		ImportJobView first = imports.importNow(file, null, OFFICER);

		assertThat(first.status()).isEqualTo(ImportStatus.SUCCEEDED);
		assertThat(first.progressPercent()).isEqualTo(100);
		assertThat(first.totals()).isEqualTo(new StoreCounts(1_000, 0, 0));
		assertThat(storedThings()).isEqualTo(1_000);
		assertThat(jdbc.sql("SELECT name, made_on, amount FROM importing_test_thing WHERE code = :code")
			.param("code", DemoFiles.thingCode(prefix, 7))
			.query((rs, n) -> List.of(rs.getString(1), rs.getObject(2, LocalDate.class), rs.getBigDecimal(3)))
			.single()).containsExactly("Vật số 7", LocalDate.of(2022, 1, 8), new BigDecimal("7.50"));

		ImportJobView again = imports.importNow(file, null, OFFICER);

		assertThat(again.status()).isEqualTo(ImportStatus.SUCCEEDED);
		assertThat(again.sha256()).isEqualTo(first.sha256());
		assertThat(again.totals()).isEqualTo(new StoreCounts(0, 0, 1_000));
		assertThat(again.sheets()).singleElement()
			.satisfies(sheet -> assertThat(sheet).isEqualTo(new SheetSummary("demo-things", "importing.test.things", 1_000, 0, 0, 1_000)));
		assertThat(imports.earlierImportOfSameFile(again)).map(ImportJobView::id).contains(first.id());
		assertThat(storedThings()).isEqualTo(1_000);

		List<List<Object>> changed = DemoFiles.things(prefix, 1_000);
		changed.get(0).set(1, "Vật số 1 (đổi tên)");
		ImportJobView third = imports.importNow(DemoFiles.xlsx(folder, "vat-2.xlsx",
				DemoFiles.sheet("things", List.of("code", "name", "date", "amount"), changed)), null, OFFICER);
		assertThat(third.totals()).isEqualTo(new StoreCounts(0, 1, 999));
	}

	@Test
	void csvInUtf8WithVietnameseNumbersImportsLikeTheWorkbook() throws Exception {
		List<List<Object>> rows = DemoFiles.things(prefix, 50);
		rows.get(0).set(3, new BigDecimal("7210"));
		Path file = DemoFiles.writeUtf8(folder, "demo-things.csv", DemoFiles.csv(DemoFiles.THING_HEADERS, rows));
		assertThat(Files.readString(file)).contains("7.210");

		ImportJobView job = imports.importNow(file, null, OFFICER);

		assertThat(job.status()).isEqualTo(ImportStatus.SUCCEEDED);
		assertThat(job.format()).isEqualTo("CSV");
		assertThat(job.totals().created()).isEqualTo(50);
		assertThat(amountOf(DemoFiles.thingCode(prefix, 1))).isEqualByComparingTo("7210");
		assertThat(amountOf(DemoFiles.thingCode(prefix, 2))).isEqualByComparingTo("2.5");
		assertThat(imports.importNow(file, null, OFFICER).totals()).isEqualTo(new StoreCounts(0, 0, 50));
	}

	@Test
	void csvWithBadRowsReportsThemWithTheRowNumbersExcelShows() throws Exception {
		String text = "ma;ten;ngay;so-tien\n" + prefix + "-1;Một;1/2/2024;1.234,5\n\n" + prefix + "-2;Hai;2024-02-01;\n";
		Path file = DemoFiles.writeUtf8(folder, "upload.csv", text);

		ImportJobView job = imports.importNow(file, "things", OFFICER);

		assertThat(job.status()).isEqualTo(ImportStatus.FAILED);
		assertThat(imports.problems(job, 0, 50).getContent()).extracting(ImportProblem::sheet, ImportProblem::row,
				ImportProblem::column, ImportProblem::value, ImportProblem::messageKey)
			.containsExactly(tuple("things", 4, "ngay", "2024-02-01", "importing.problem.date"));
	}

	@Test
	void twoSheetsOfOneWorkbookReferToEachOther() {
		List<List<Object>> things = DemoFiles.things(prefix, 3);
		List<List<Object>> parts = List.of(
				row(prefix + "-P1", DemoFiles.thingCode(prefix, 1), 5),
				row(prefix + "-P2", DemoFiles.thingCode(prefix, 3), "1.200"),
				row(prefix + "-P3", prefix + "-MISSING", 1));
		// the parts sheet comes first in the workbook: the import order still checks things first
		Path bad = DemoFiles.xlsx(folder, "hai-trang.xlsx", DemoFiles.sheet("demo-parts", DemoFiles.PART_HEADERS, parts),
				DemoFiles.sheet("demo-things", DemoFiles.THING_HEADERS, things));

		ImportJobView failed = imports.importNow(bad, null, OFFICER);

		assertThat(failed.status()).isEqualTo(ImportStatus.FAILED);
		assertThat(imports.problems(failed, 0, 50).getContent()).extracting(ImportProblem::sheet, ImportProblem::row,
				ImportProblem::column, ImportProblem::value, ImportProblem::messageKey, ImportProblem::args)
			.containsExactly(tuple("demo-parts", 4, "ma-vat", prefix + "-MISSING", "importing.problem.unknownReference",
					List.of(prefix + "-MISSING", "demo-things")));
		assertThat(storedThings()).isZero();

		Path good = DemoFiles.xlsx(folder, "hai-trang-sua.xlsx", DemoFiles.sheet("demo-parts", DemoFiles.PART_HEADERS, parts.subList(0, 2)),
				DemoFiles.sheet("demo-things", DemoFiles.THING_HEADERS, things));
		ImportJobView stored = imports.importNow(good, null, OFFICER);

		assertThat(stored.status()).isEqualTo(ImportStatus.SUCCEEDED);
		assertThat(stored.sheets()).extracting(SheetSummary::sheet, SheetSummary::created)
			.containsExactly(tuple("demo-things", 3L), tuple("demo-parts", 2L));
		assertThat(jdbc.sql("SELECT quantity FROM importing_test_part WHERE code = :code").param("code", prefix + "-P2")
			.query(Long.class).single()).isEqualTo(1_200L);

		// a later file may refer to things already stored
		Path later = DemoFiles.xlsx(folder, "phan.xlsx", DemoFiles.sheet("parts", DemoFiles.PART_HEADERS,
				List.of(row(prefix + "-P9", DemoFiles.thingCode(prefix, 2), 9))));
		assertThat(imports.importNow(later, null, OFFICER).status()).isEqualTo(ImportStatus.SUCCEEDED);
	}

	@Test
	void failureWhileStoringRollsBackEveryRowOfEverySheet() {
		List<List<Object>> things = DemoFiles.things(prefix, 2_500);
		List<List<Object>> parts = List.of(row(prefix + "-P1", DemoFiles.thingCode(prefix, 1), 5));
		Path file = DemoFiles.xlsx(folder, "hong.xlsx", DemoFiles.sheet("demo-things", DemoFiles.THING_HEADERS, things),
				DemoFiles.sheet("demo-parts", DemoFiles.PART_HEADERS, parts));
		demoThings.failWhenStoring.set(DemoFiles.thingCode(prefix, 2_400));   // third batch of 1,000

		ImportJobView job = imports.importNow(file, null, OFFICER);

		assertThat(job.status()).isEqualTo(ImportStatus.FAILED);
		assertThat(job.failureKey()).isEqualTo("importing.failure.store");
		assertThat(job.failureArgs()).containsExactly("demo-things", "2002", "2501", job.id().toString());
		assertThat(messages.failure(job, Languages.VIETNAMESE)).startsWith("Lưu trang tính demo-things (dòng 2002–2501) không thành công");
		assertThat(storedThings()).isZero();
		assertThat(jdbc.sql("SELECT count(*) FROM importing_test_part WHERE code LIKE :prefix").param("prefix", prefix + "%")
			.query(Long.class).single()).isZero();
		assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE entity_id = :id AND action = 'IMPORT_FAILED'")
			.param("id", job.id().toString()).query(Long.class).single()).isOne();
	}

	@Test
	void backgroundImportReportsProgressUntilHundredPercent() throws Exception {
		Path file = DemoFiles.xlsx(folder, "nen.xlsx", DemoFiles.sheet("demo-things", DemoFiles.THING_HEADERS, DemoFiles.things(prefix, 5_000)));

		ImportJobView queued;
		try (InputStream content = Files.newInputStream(file)) {
			queued = imports.submit(content, "nen.xlsx", null, OFFICER);
		}
		assertThat(queued.status()).isIn(ImportStatus.QUEUED, ImportStatus.RUNNING);

		List<Integer> seen = new ArrayList<>();
		ImportJobView job = awaitFinished(queued.id(), seen);

		assertThat(job.status()).isEqualTo(ImportStatus.SUCCEEDED);
		assertThat(job.progressPercent()).isEqualTo(100);
		assertThat(job.rowsProcessed()).isEqualTo(5_000);
		assertThat(seen).isSorted();
		assertThat(storedThings()).isEqualTo(5_000);
		assertThat(jdbc.sql("SELECT actor FROM audit_entry WHERE entity_id = :id AND action = 'IMPORTED'")
			.param("id", job.id().toString()).query(String.class).single()).isEqualTo(OFFICER.username());
	}

	@Test
	void codesKeepTheirLeadingZerosAndExcelDatesAreDates() {
		List<List<Object>> rows = List.of(
				row(new Formatted(61, "000"), "Ba Bể", LocalDate.of(2022, 12, 27), 7210),
				row(prefix + "-0002", "Văn bản", "27/12/2022", "7.210"));
		// a code column Excel stored as a number: the prefix cannot be a number, so these codes are checked apart
		Path file = DemoFiles.xlsx(folder, "ma.xlsx", DemoFiles.sheet("demo-things", DemoFiles.THING_HEADERS, rows));

		ImportJobView job = imports.importNow(file, null, OFFICER);

		assertThat(job.status()).isEqualTo(ImportStatus.SUCCEEDED);
		assertThat(jdbc.sql("SELECT made_on FROM importing_test_thing WHERE code = '061'").query(LocalDate.class).single())
			.isEqualTo(LocalDate.of(2022, 12, 27));
		assertThat(amountOf("061")).isEqualByComparingTo("7210");
		assertThat(amountOf(prefix + "-0002")).isEqualByComparingTo("7210");
	}

	@Test
	void unknownSheetsMissingColumnsAndEmptyFilesAreProblems() {
		Path unknown = DemoFiles.xlsx(folder, "la.xlsx", DemoFiles.sheet("Sheet1", List.of("a"), List.of(row("x"))),
				DemoFiles.sheet("demo-things", List.of("ma", "so-tien", "ghi-chu"), List.of(row(prefix + "-1", 5, "?"))));

		ImportJobView job = imports.importNow(unknown, null, OFFICER);

		assertThat(imports.problems(job, 0, 50).getContent()).extracting(ImportProblem::sheet, ImportProblem::row,
				ImportProblem::column, ImportProblem::messageKey)
			.containsExactly(tuple("Sheet1", null, null, "importing.problem.unknownSheet"),
					tuple("demo-things", 1, "ghi-chu", "importing.problem.unknownColumn"),
					tuple("demo-things", 1, "ten", "importing.problem.missingColumns"));

		Path templateOnly = DemoFiles.xlsx(folder, "mau.xlsx", DemoFiles.sheet("demo-things", DemoFiles.THING_HEADERS,
				List.of(row("VD-0001", "Vật mẫu", LocalDate.of(2022, 12, 27), new BigDecimal("1234.5")))));
		ImportJobView empty = imports.importNow(templateOnly, null, OFFICER);

		assertThat(imports.problems(empty, 0, 50).getContent()).extracting(ImportProblem::messageKey)
			.containsExactly("importing.problem.noRows");
	}

	@Test
	void renamedProgramsAndMacroWorkbooksAreRefusedBeforeAnyJob() throws Exception {
		byte[] program = { 'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0 };
		assertRejected(program, "cai-dat.xlsx", "importing.file.notWorkbook");
		assertRejected(program, "cai-dat.csv", "importing.file.binary");
		assertRejected(program, "cai-dat.exe", "importing.file.extension");
		assertRejected(new byte[] { 1 }, "bang.xlsm", "importing.file.macro");
		assertRejected(new byte[] { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 0, 0, 0 }, "cu.xlsx", "importing.file.legacyExcel");
		assertRejected(new byte[0], "rong.csv", "importing.file.empty");

		Path workbook = DemoFiles.xlsx(folder, "vat.xlsx", DemoFiles.sheet("demo-things", DemoFiles.THING_HEADERS, DemoFiles.things(prefix, 1)));
		assertRejected(MacroWorkbooks.withMacroContentType(workbook), "doi-ten.xlsx", "importing.file.macro");
	}

	@Test
	void csvInWindows1258OrLatin1IsRefusedWithTheLine() throws Exception {
		String text = "ma,ten\n" + prefix + "-1,Hợp tác xã Đồng Tâm\n";
		Charset windows1258 = Charset.forName("windows-1258");

		ImportRejected rejected = rejection(text.getBytes(windows1258), "demo-things.csv");

		assertThat(rejected.messageKey()).isEqualTo("importing.file.notUtf8");
		assertThat(rejected.args()).containsExactly("demo-things.csv", "2");
		assertThat(messages.rejected(rejected, Languages.VIETNAMESE))
			.isEqualTo("Tệp demo-things.csv không phải văn bản UTF-8 (lỗi ở dòng 2): trong Excel hãy chọn Lưu dưới dạng \"CSV UTF-8 (Comma delimited)\".");
		assertThat(rejection("ma,ten\n1,Café\n".getBytes(StandardCharsets.ISO_8859_1), "latin.csv").messageKey())
			.isEqualTo("importing.file.notUtf8");
	}

	private void assertRejected(byte[] content, String name, String key) {
		assertThat(rejection(content, name).messageKey()).as(name).isEqualTo(key);
	}

	private ImportRejected rejection(byte[] content, String name) {
		long before = jobCount();
		Throwable thrown = null;
		try {
			imports.submit(new ByteArrayInputStream(content), name, null, OFFICER);
		}
		catch (ImportRejected rejected) {
			thrown = rejected;
		}
		assertThat(thrown).as("%s is refused", name).isInstanceOf(ImportRejected.class);
		assertThat(jobCount()).as("no job for %s", name).isEqualTo(before);
		return (ImportRejected) thrown;
	}

	private ImportJobView awaitFinished(ImportJobId id, List<Integer> seen) throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
		while (System.nanoTime() < deadline) {
			ImportJobView job = imports.find(id, OFFICER).orElseThrow();
			seen.add(job.progressPercent());
			if (job.isFinished()) {
				return job;
			}
			Thread.sleep(20);
		}
		throw new AssertionError("Import " + id + " did not finish in time");
	}

	private long jobCount() {
		return jdbc.sql("SELECT count(*) FROM import_job WHERE submitted_by = :by").param("by", OFFICER.username())
			.query(Long.class).single();
	}

	private long storedThings() {
		return jdbc.sql("SELECT count(*) FROM importing_test_thing WHERE code LIKE :prefix").param("prefix", prefix + "%")
			.query(Long.class).single();
	}

	private BigDecimal amountOf(String code) {
		return jdbc.sql("SELECT amount FROM importing_test_thing WHERE code = :code").param("code", code)
			.query(BigDecimal.class).single();
	}

	private static List<Object> row(Object... values) {
		return new ArrayList<>(java.util.Arrays.asList(values));
	}

}
