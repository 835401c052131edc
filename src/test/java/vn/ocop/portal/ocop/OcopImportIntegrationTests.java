package vn.ocop.portal.ocop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.MockMvc;

import vn.ocop.portal.identity.ScopedUser;
import vn.ocop.portal.importing.ImportJobView;
import vn.ocop.portal.importing.ImportProblem;
import vn.ocop.portal.importing.ImportStatus;
import vn.ocop.portal.importing.Imports;
import vn.ocop.portal.importing.SheetSummary;
import vn.ocop.portal.importing.StoreCounts;
import vn.ocop.portal.support.Officials;
import vn.ocop.portal.support.TestNumbers;

/**
 * The OCOP history sheets {@code chu-the} and {@code san-pham} through the common importer, against
 * the real database with the demo data: bad rows store nothing and are named (vi and en), the
 * corrected file imports, a second import changes nothing, XLSX and CSV, and the officers' scope.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class OcopImportIntegrationTests {

	static final Authentication PROVINCE_AUTH = Officials.provincialOfficer("Cán bộ nhập lịch sử OCOP", "06");

	static final ScopedUser PROVINCE = (ScopedUser) PROVINCE_AUTH.getPrincipal();

	static final ScopedUser BA_BE = (ScopedUser) Officials.localOfficer("Cán bộ OCOP Ba Bể", "061").getPrincipal();

	static final List<String> SUBJECT_HEADERS = List.of("Mã chủ thể", "Loại", "Mã tổ chức", "Số đăng ký", "Tên", "Mã số thuế",
			"Mã đơn vị", "Địa chỉ", "Người đại diện", "Điện thoại", "Email");

	static final List<String> PRODUCT_HEADERS = List.of("Mã sản phẩm", "Mã chủ thể", "Bộ sản phẩm", "Tên", "Ngày đăng ký",
			"GTIN", "Mô tả");

	@Autowired
	Imports imports;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MessageSource messages;

	@Autowired
	MockMvc mvc;

	@TempDir
	Path folder;

	final String prefix = "T" + UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase(Locale.ROOT);

	/** A year and sequences unique to this test run, so product codes never meet the demo's or another test's. */
	final int year = 2019 + ThreadLocalRandom.current().nextInt(4);

	final int sequence = TestNumbers.productSequences();

	final String gtinBase = "89" + (1_000_000_000L + ThreadLocalRandom.current().nextLong(8_000_000_000L));

	String subject(int i) {
		return prefix + "-CT" + i;
	}

	String product(String unit, int i) {
		return "06-%s-%d-%d".formatted(unit, sequence + i, year);
	}

	String gtin(int i) {
		String digits = gtinBase.substring(0, 11) + i;
		return digits + Gtin.checkDigit(digits);
	}

	/** A cooperative registered for this test through the registry's own sheet: its code and registration number. */
	String[] freeCooperative() {
		String code = prefix + "-HTX";
		String number = Long.toString(TestNumbers.block() + 1);
		Path file = csv("to-chuc.csv", List.of("Mã", "Loại", "Tên", "Số đăng ký", "Mã số thuế", "Ngày đăng ký", "Cơ quan đăng ký",
				"Mã đơn vị", "Ngành"), List.of(row(code, "HTX", "Hợp tác xã " + prefix, number, number,
						LocalDate.of(2020, 5, 4), "UBND huyện Ba Bể", "061", "AGRICULTURE")));
		ImportJobView job = imports.importNow(file, null, PROVINCE);
		assertThat(imports.problems(job, 0, 50).getContent()).isEmpty();
		return new String[] { code, number };
	}

	List<List<Object>> subjects(String[] cooperative) {
		List<List<Object>> rows = new ArrayList<>();
		rows.add(row(subject(1), "HOUSEHOLD_BUSINESS", "", "", "Hộ kinh doanh " + prefix, "", "01909", "Thôn Pác Ngòi",
				"Nông Thị Hoa", "0912 345 678", ""));
		rows.add(row(subject(2), "ENTERPRISE", "", "", "Công ty TNHH " + prefix, "4700111222", "062", "Nà Phặc", "", "", ""));
		rows.add(row(subject(3), "COOPERATIVE", "", cooperative[1], "", "", "", "", "", "", ""));
		return rows;
	}

	List<List<Object>> products() {
		List<List<Object>> rows = new ArrayList<>();
		rows.add(row(product("061", 1), subject(1), "TP-06", "Miến dong " + prefix, LocalDate.of(year, 3, 15), gtin(1),
				"Miến làm từ củ dong riềng."));
		rows.add(row(product("061", 2), subject(1), "TP-04", "Mật ong " + prefix, "", "", ""));
		rows.add(row(product("062", 3), subject(2), "TP-11", "Chè " + prefix, "", gtin(3), ""));
		return rows;
	}

	@Test
	void subjectsAndProductsWithBadRowsStoreNothingThenImportThenChangeNothing() throws Exception {
		String[] cooperative = freeCooperative();
		List<List<Object>> subjects = subjects(cooperative);
		subjects.get(1).set(1, "DOANH_NGHIEP");                       // row 3: not a kind
		subjects.get(2).set(3, "9999999999");                          // row 4: no cooperative with this number
		List<List<Object>> products = products();
		products.get(0).set(5, gtin(1).substring(0, 12) + ((gtin(1).charAt(12) - '0' + 1) % 10)); // row 2: check digit
		products.get(1).set(0, "06-061-" + year);                      // row 3: not a product code
		products.get(2).set(0, product("061", 3));                     // row 4: Ngân Sơn's subject, Ba Bể's code
		products.get(2).set(1, subject(9));                            // ... no: unknown subject wins
		products.add(row(product("062", 4), subject(1), "TP-06", "Miến " + prefix, "", "", "")); // row 5: wrong unit

		ImportJobView bad = imports.importNow(xlsx("lich-su-ocop-loi.xlsx", new Sheet("chu-the", SUBJECT_HEADERS, subjects),
				new Sheet("san-pham", PRODUCT_HEADERS, products)), null, PROVINCE);

		assertThat(bad.status()).isEqualTo(ImportStatus.FAILED);
		List<ImportProblem> problems = imports.problems(bad, 0, 50).getContent();
		assertThat(problems).extracting(ImportProblem::sheet, ImportProblem::row, ImportProblem::column, ImportProblem::value,
				ImportProblem::messageKey)
			.containsExactly(tuple("chu-the", 3, "Loại", "DOANH_NGHIEP", "ocop.import.problem.choice"),
					tuple("chu-the", 4, "Số đăng ký", "9999999999", "ocop.import.problem.registrationNumber"),
					tuple("san-pham", 2, "GTIN", products.get(0).get(5), "ocop.validation.gtin"),
					tuple("san-pham", 3, "Mã sản phẩm", "06-061-" + year, "ocop.import.problem.productCode"),
					tuple("san-pham", 4, "Mã chủ thể", subject(9), "importing.problem.unknownReference"),
					tuple("san-pham", 5, "Mã sản phẩm", product("062", 4), "ocop.import.problem.productCodePlace"));
		assertThat(problems).extracting(problem -> text(problem, "vi"))
			.containsExactly("Giá trị không hợp lệ; chọn một trong: COOPERATIVE, COOPERATIVE_GROUP, ENTERPRISE, FARM, HOUSEHOLD_BUSINESS.",
					"Không có tổ chức loại HTX với số đăng ký 9999999999 trong sổ đăng ký.",
					"mã \"" + products.get(0).get(5) + "\" không phải mã GTIN hợp lệ (8, 12, 13 hoặc 14 chữ số, chữ số kiểm tra đúng).",
					"Mã sản phẩm không đúng dạng (ví dụ 06-061-001-2022).",
					"Mã " + subject(9) + " không có trong tệp (trang tính chu-the) và chưa có trong cơ sở dữ liệu.",
					"Phần đơn vị 06-062 của mã không phải của đơn vị nơi chủ thể hoạt động (01909).");
		assertThat(problems).extracting(problem -> text(problem, "en"))
			.containsExactly("Not a valid value; choose one of: COOPERATIVE, COOPERATIVE_GROUP, ENTERPRISE, FARM, HOUSEHOLD_BUSINESS.",
					"The registry has no organisation of kind HTX with registration number 9999999999.",
					"\"" + products.get(0).get(5) + "\" is not a valid GTIN (8, 12, 13 or 14 digits with a correct check digit).",
					"Not a product code in the right form (e.g. 06-061-001-2022).",
					"Code " + subject(9) + " is neither in the file (sheet chu-the) nor in the database.",
					"The unit part 06-062 of the code is not the unit where the subject works (01909).");
		assertThat(storedSubjects()).isZero();
		assertThat(storedProducts()).isZero();

		Path good = xlsx("lich-su-ocop.xlsx", new Sheet("chu-the", SUBJECT_HEADERS, subjects(cooperative)),
				new Sheet("san-pham", PRODUCT_HEADERS, products()));
		ImportJobView first = imports.importNow(good, null, PROVINCE);
		assertThat(first.status()).as(imports.problems(first, 0, 50).getContent().toString()).isEqualTo(ImportStatus.SUCCEEDED);
		assertThat(first.sheets()).extracting(SheetSummary::sheet, SheetSummary::created, SheetSummary::updated, SheetSummary::unchanged)
			.containsExactly(tuple("chu-the", 3L, 0L, 0L), tuple("san-pham", 3L, 0L, 0L));
		assertThat(storedSubjects()).isEqualTo(3);
		assertThat(jdbc.sql("SELECT organisation_id FROM ocop_subject WHERE code = :code").param("code", subject(3))
			.query(String.class).single()).isEqualTo(cooperative[0]);
		assertThat(jdbc.sql("SELECT p.code || '|' || s.code || '|' || p.status || '|' || p.registered_on || '|' || coalesce(p.gtin, '')"
				+ " FROM ocop_product p JOIN ocop_subject s ON s.id = p.subject_id WHERE s.code LIKE :p ORDER BY p.code")
			.param("p", prefix + "-%").query(String.class).list())
			.containsExactly(product("061", 1) + "|" + subject(1) + "|REGISTERED|" + LocalDate.of(year, 3, 15) + "|" + gtin(1),
					product("061", 2) + "|" + subject(1) + "|REGISTERED|" + LocalDate.of(year, 1, 1) + "|",
					product("062", 3) + "|" + subject(2) + "|REGISTERED|" + LocalDate.of(year, 1, 1) + "|" + gtin(3));
		// the next code given on the pages continues after the imported ones
		assertThat(jdbc.sql("SELECT last_value FROM ocop_product_code_counter WHERE prefix = :prefix")
			.param("prefix", "06|061|" + year).query(Integer.class).single()).isGreaterThanOrEqualTo(sequence + 2);
		assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE module = 'ocop' AND entity_type IN ('OcopSubject', 'OcopProduct')"
				+ " AND after_value::text LIKE :job").param("job", "%" + first.id() + "%").query(Long.class).single())
			.isEqualTo(6);

		ImportJobView again = imports.importNow(good, null, PROVINCE);
		assertThat(again.status()).isEqualTo(ImportStatus.SUCCEEDED);
		assertThat(again.sheets()).extracting(SheetSummary::sheet, SheetSummary::created, SheetSummary::updated, SheetSummary::unchanged)
			.containsExactly(tuple("chu-the", 0L, 0L, 3L), tuple("san-pham", 0L, 0L, 3L));

		List<List<Object>> renamed = products();
		renamed.get(1).set(3, "Mật ong hoa rừng " + prefix);
		ImportJobView third = imports.importNow(xlsx("lich-su-ocop-sua.xlsx",
				new Sheet("san-pham", PRODUCT_HEADERS, renamed)), null, PROVINCE);
		assertThat(third.totals()).isEqualTo(new StoreCounts(0, 1, 2));
		assertThat(jdbc.sql("SELECT name FROM ocop_product WHERE code = :code").param("code", product("061", 2))
			.query(String.class).single()).isEqualTo("Mật ong hoa rừng " + prefix);

		// the templates of both sheets are there to download
		mvc.perform(get("/backoffice/imports/templates/chu-the.xlsx").with(authentication(PROVINCE_AUTH)))
			.andExpect(status().isOk());
		mvc.perform(get("/backoffice/imports/templates/san-pham.csv").with(authentication(PROVINCE_AUTH)))
			.andExpect(status().isOk());
	}

	@Test
	void csvFilesImportTheSameWay() {
		List<List<Object>> subjects = new ArrayList<>();
		subjects.add(row(subject(1), "FARM", "", "", "Trang trại " + prefix, "", "01909", "", "", "", ""));
		subjects.add(row(subject(2), "FARM", "", "", "", "", "01909", "", "", "12ab", ""));    // row 3: no name, bad phone
		ImportJobView bad = imports.importNow(csv("chu-the.csv", SUBJECT_HEADERS, subjects), null, PROVINCE);
		assertThat(bad.status()).isEqualTo(ImportStatus.FAILED);
		assertThat(imports.problems(bad, 0, 50).getContent())
			.extracting(ImportProblem::sheet, ImportProblem::row, ImportProblem::column, ImportProblem::messageKey)
			.containsExactlyInAnyOrder(tuple("chu-the", 3, "Tên", "ocop.validation.required"),
					tuple("chu-the", 3, "Điện thoại", "ocop.validation.phone"));
		assertThat(storedSubjects()).isZero();

		subjects.get(1).set(4, "Trang trại thứ hai " + prefix);
		subjects.get(1).set(9, "0209 3876 123");
		Path good = csv("chu-the (1).csv", SUBJECT_HEADERS, subjects);
		assertThat(imports.importNow(good, null, PROVINCE).totals()).isEqualTo(new StoreCounts(2, 0, 0));
		assertThat(imports.importNow(good, null, PROVINCE).totals()).isEqualTo(new StoreCounts(0, 0, 2));

		List<List<Object>> products = new ArrayList<>();
		products.add(row(product("061", 1), subject(1), "TP-01", "Cam " + prefix, "01/06/" + year, "", ""));
		Path productFile = csv("san-pham.csv", PRODUCT_HEADERS, products);
		assertThat(imports.importNow(productFile, null, PROVINCE).totals()).isEqualTo(new StoreCounts(1, 0, 0));
		assertThat(imports.importNow(productFile, null, PROVINCE).totals()).isEqualTo(new StoreCounts(0, 0, 1));
	}

	@Test
	void aLocalOfficerImportsOnlyWithinTheirScope() {
		// the province records a subject of Ngân Sơn first
		List<List<Object>> ganSon = new ArrayList<>();
		ganSon.add(row(subject(5), "ENTERPRISE", "", "", "Công ty Ngân Sơn " + prefix, "", "062", "", "", "", ""));
		ganSon.add(row(subject(8), "FARM", "", "", "Trang trại Ngân Sơn " + prefix, "", "062", "", "", "", ""));
		assertThat(imports.importNow(csv("chu-the.csv", SUBJECT_HEADERS, ganSon), null, PROVINCE).status())
			.isEqualTo(ImportStatus.SUCCEEDED);

		List<List<Object>> subjects = new ArrayList<>();
		subjects.add(row(subject(6), "HOUSEHOLD_BUSINESS", "", "", "Hộ Ba Bể " + prefix, "", "01909", "", "", "", ""));
		subjects.add(row(subject(7), "HOUSEHOLD_BUSINESS", "", "", "Hộ Ngân Sơn " + prefix, "", "062", "", "", "", ""));
		subjects.add(row(subject(5), "ENTERPRISE", "", "", "Công ty đổi tên " + prefix, "", "01909", "", "", "", ""));
		List<List<Object>> products = new ArrayList<>();
		products.add(row(product("061", 6), subject(6), "TP-06", "Miến " + prefix, "", "", ""));
		products.add(row(product("062", 7), subject(8), "TP-06", "Bánh " + prefix, "", "", ""));
		ImportJobView job = imports.importNow(xlsx("ba-be.xlsx", new Sheet("chu-the", SUBJECT_HEADERS, subjects),
				new Sheet("san-pham", PRODUCT_HEADERS, products)), null, BA_BE);

		assertThat(job.status()).isEqualTo(ImportStatus.FAILED);
		List<ImportProblem> problems = imports.problems(job, 0, 50).getContent();
		assertThat(problems).extracting(ImportProblem::sheet, ImportProblem::row, ImportProblem::column, ImportProblem::messageKey)
			.containsExactly(tuple("chu-the", 3, "Mã đơn vị", "ocop.validation.unitOutOfScope"),
					tuple("chu-the", 4, "Mã chủ thể", "ocop.import.problem.subjectOutsideScope"),
					tuple("san-pham", 3, "Mã chủ thể", "ocop.import.problem.subjectOutsideScope"));
		assertThat(problems).extracting(problem -> text(problem, "en"))
			.containsExactly("unit \"062\" lies outside your area.",
					"Subject " + subject(5) + " (unit 062) lies outside your data scope.",
					"Subject " + subject(8) + " (unit 062) lies outside your data scope.");
		assertThat(text(problems.get(0), "vi")).isEqualTo("đơn vị \"062\" nằm ngoài phạm vi quản lý của bạn.");
		assertThat(storedSubjects()).isEqualTo(2);
		assertThat(storedProducts()).isZero();

		ImportJobView own = imports.importNow(xlsx("ba-be-2.xlsx", new Sheet("chu-the", SUBJECT_HEADERS, subjects.subList(0, 1)),
				new Sheet("san-pham", PRODUCT_HEADERS, products.subList(0, 1))), null, BA_BE);
		assertThat(imports.problems(own, 0, 50).getContent()).isEmpty();
		assertThat(own.status()).as(own.toString()).isEqualTo(ImportStatus.SUCCEEDED);
		assertThat(own.totals()).isEqualTo(new StoreCounts(2, 0, 0));
	}

	static final List<String> CERTIFICATE_HEADERS = List.of("Số chứng nhận", "Số quyết định", "Ngày quyết định", "Cấp ban hành",
			"Cơ quan ban hành", "Mã sản phẩm", "Hạng sao", "Loại", "Điểm");

	List<List<Object>> certificates() {
		LocalDate first = LocalDate.of(year + 1, 6, 10);
		LocalDate second = LocalDate.of(year + 2, 9, 15);
		List<List<Object>> rows = new ArrayList<>();
		rows.add(row("CN-" + prefix + "-1", prefix + "/QĐ-UBND", first, "PROVINCE", "Chủ tịch UBND tỉnh Bắc Kạn",
				product("061", 1), 3, "FIRST_TIME", "62,5"));
		rows.add(row("CN-" + prefix + "-2", prefix + "/QĐ-UBND", first, "PROVINCE", "Chủ tịch UBND tỉnh Bắc Kạn",
				product("061", 2), 4, "FIRST_TIME", ""));
		rows.add(row("CN-" + prefix + "-3", prefix + "-B/QĐ-UBND", second, "PROVINCE", "Chủ tịch UBND tỉnh Bắc Kạn",
				product("061", 1), 4, "UPGRADE", "74"));
		return rows;
	}

	@Test
	void certificatesWithTheirDecisionsImportOnceAndSupersedeInDateOrder() {
		List<List<Object>> subjects = subjects(freeCooperative()).subList(0, 1);
		List<List<Object>> products = products().subList(0, 2);
		List<List<Object>> certificates = certificates();
		certificates.get(1).set(2, LocalDate.of(year + 1, 6, 11));      // row 3: row 2's decision, another date
		certificates.get(2).set(6, 5);                                  // row 4: a province does not recognise 5 stars
		certificates.add(row("CN-" + prefix + "-4", prefix + "-C", LocalDate.of(year + 1, 1, 5), "PROVINCE", "UBND tỉnh",
				"06-061-999-" + year, 3, "LAN_DAU", ""));                // row 5: unknown product, unknown kind
		ImportJobView bad = imports.importNow(xlsx("chung-nhan-loi.xlsx", new Sheet("chu-the", SUBJECT_HEADERS, subjects),
				new Sheet("san-pham", PRODUCT_HEADERS, products), new Sheet("chung-nhan", CERTIFICATE_HEADERS, certificates)),
				null, PROVINCE);
		assertThat(bad.status()).isEqualTo(ImportStatus.FAILED);
		List<ImportProblem> problems = imports.problems(bad, 0, 50).getContent();
		assertThat(problems).extracting(ImportProblem::sheet, ImportProblem::row, ImportProblem::column, ImportProblem::messageKey)
			.containsExactly(tuple("chung-nhan", 3, "Số quyết định", "certification.import.problem.decisionDiffers"),
					tuple("chung-nhan", 4, "Hạng sao", "certification.import.problem.starForLevel"),
					tuple("chung-nhan", 5, "Loại", "certification.import.problem.choice"));
		assertThat(problems).extracting(problem -> text(problem, "vi"))
			.containsExactly("Quyết định " + prefix + "/QĐ-UBND đã có (trong tệp hoặc trên cổng) với ngày, cấp hoặc cơ quan ban hành khác.",
					"Cấp PROVINCE không công nhận hạng 5 sao.",
					"Giá trị không hợp lệ; chọn một trong: FIRST_TIME, UPGRADE, RE_RATING.");
		assertThat(problems).extracting(problem -> text(problem, "en"))
			.containsExactly("Decision " + prefix + "/QĐ-UBND already exists (in the file or the portal) with another date, level or issuer.",
					"Level PROVINCE does not recognise 5 stars.",
					"Not a valid value; choose one of: FIRST_TIME, UPGRADE, RE_RATING.");
		assertThat(storedSubjects()).isZero();
		assertThat(storedCertificates()).isZero();

		// the kind fixed, the product still unknown
		certificates.get(3).set(7, "FIRST_TIME");
		ImportJobView unknown = imports.importNow(xlsx("chung-nhan-loi-2.xlsx",
				new Sheet("chung-nhan", CERTIFICATE_HEADERS, certificates.subList(3, 4))), null, PROVINCE);
		assertThat(imports.problems(unknown, 0, 50).getContent())
			.extracting(ImportProblem::row, ImportProblem::column, ImportProblem::value, ImportProblem::messageKey)
			.containsExactly(tuple(2, "Mã sản phẩm", "06-061-999-" + year, "importing.problem.unknownReference"));

		Path good = xlsx("chung-nhan.xlsx", new Sheet("chu-the", SUBJECT_HEADERS, subjects),
				new Sheet("san-pham", PRODUCT_HEADERS, products), new Sheet("chung-nhan", CERTIFICATE_HEADERS, certificates()));
		ImportJobView first = imports.importNow(good, null, PROVINCE);
		assertThat(first.status()).as(imports.problems(first, 0, 50).getContent().toString()).isEqualTo(ImportStatus.SUCCEEDED);
		assertThat(first.sheets()).extracting(SheetSummary::sheet, SheetSummary::created, SheetSummary::updated, SheetSummary::unchanged)
			.containsExactly(tuple("chu-the", 1L, 0L, 0L), tuple("san-pham", 2L, 0L, 0L), tuple("chung-nhan", 3L, 0L, 0L));
		assertThat(jdbc.sql("SELECT c.number || '|' || c.star || '|' || c.kind || '|' || c.issued_on || '|' || c.expires_on || '|'"
				+ " || d.number || '|' || coalesce(c.superseded_by::text, '-') FROM certification_certificate c"
				+ " JOIN certification_decision d ON d.id = c.decision_id WHERE c.number LIKE :p ORDER BY c.number")
			.param("p", "CN-" + prefix + "-%").query(String.class).list())
			.hasSize(3)
			.satisfies(rows -> {
				assertThat(rows.get(0)).startsWith("CN-" + prefix + "-1|3|FIRST_TIME|" + LocalDate.of(year + 1, 6, 10) + "|"
						+ LocalDate.of(year + 4, 6, 9) + "|" + prefix + "/QĐ-UBND|").doesNotEndWith("|-");
				assertThat(rows.get(1)).isEqualTo("CN-" + prefix + "-2|4|FIRST_TIME|" + LocalDate.of(year + 1, 6, 10) + "|"
						+ LocalDate.of(year + 4, 6, 9) + "|" + prefix + "/QĐ-UBND|-");
				assertThat(rows.get(2)).startsWith("CN-" + prefix + "-3|4|UPGRADE|").endsWith("|-");
			});
		assertThat(jdbc.sql("SELECT count(*) FROM certification_decision WHERE number LIKE :p").param("p", prefix + "%")
			.query(Long.class).single()).isEqualTo(2);

		ImportJobView again = imports.importNow(good, null, PROVINCE);
		assertThat(again.totals()).isEqualTo(new StoreCounts(0, 0, 6));

		// another province's officer: every row outside their scope
		ScopedUser caoBang = (ScopedUser) Officials.provincialOfficer("Cán bộ tỉnh Cao Bằng", "04").getPrincipal();
		ImportJobView foreign = imports.importNow(csv("chung-nhan.csv", CERTIFICATE_HEADERS, certificates()), null, caoBang);
		assertThat(imports.problems(foreign, 0, 50).getContent())
			.extracting(ImportProblem::row, ImportProblem::column, ImportProblem::messageKey)
			.containsExactly(tuple(2, "Mã sản phẩm", "importing.problem.outOfScope"),
					tuple(3, "Mã sản phẩm", "importing.problem.outOfScope"),
					tuple(4, "Mã sản phẩm", "importing.problem.outOfScope"));

		// CSV, by the same province: nothing new
		assertThat(imports.importNow(csv("chung-nhan (2).csv", CERTIFICATE_HEADERS, certificates()), null, PROVINCE).totals())
			.isEqualTo(new StoreCounts(0, 0, 3));
	}

	long storedCertificates() {
		return jdbc.sql("SELECT count(*) FROM certification_certificate WHERE number LIKE :p").param("p", "CN-" + prefix + "-%")
			.query(Long.class).single();
	}

	String text(ImportProblem problem, String language) {
		return messages.getMessage(problem.messageKey(), problem.args().toArray(), Locale.forLanguageTag(language));
	}

	long storedSubjects() {
		return jdbc.sql("SELECT count(*) FROM ocop_subject WHERE code LIKE :p").param("p", prefix + "-%").query(Long.class).single();
	}

	long storedProducts() {
		return jdbc.sql("SELECT count(*) FROM ocop_product p JOIN ocop_subject s ON s.id = p.subject_id WHERE s.code LIKE :p")
			.param("p", prefix + "-%").query(Long.class).single();
	}

	static List<Object> row(Object... values) {
		return new ArrayList<>(List.of(values));
	}

	record Sheet(String name, List<String> headers, List<List<Object>> rows) {
	}

	Path csv(String name, List<String> headers, List<List<Object>> rows) {
		StringBuilder text = new StringBuilder(String.join(",", headers)).append("\r\n");
		for (List<Object> row : rows) {
			text.append(row.stream().map(value -> {
				String cell = value instanceof LocalDate day ? "%02d/%02d/%d".formatted(day.getDayOfMonth(), day.getMonthValue(),
						day.getYear()) : String.valueOf(value);
				return cell.contains(",") || cell.contains("\"") ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell;
			}).collect(Collectors.joining(","))).append("\r\n");
		}
		Path file = folder.resolve(name);
		try {
			Files.writeString(file, text, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return file;
	}

	Path xlsx(String name, Sheet... sheets) {
		Path file = folder.resolve(name);
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(100); OutputStream out = Files.newOutputStream(file)) {
			CellStyle date = workbook.createCellStyle();
			date.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
			for (Sheet data : sheets) {
				org.apache.poi.ss.usermodel.Sheet sheet = workbook.createSheet(data.name());
				org.apache.poi.ss.usermodel.Row header = sheet.createRow(0);
				for (int c = 0; c < data.headers().size(); c++) {
					header.createCell(c).setCellValue(data.headers().get(c));
				}
				for (int r = 0; r < data.rows().size(); r++) {
					org.apache.poi.ss.usermodel.Row row = sheet.createRow(r + 1);
					List<Object> values = data.rows().get(r);
					for (int c = 0; c < values.size(); c++) {
						Object value = values.get(c);
						if (value instanceof LocalDate day) {
							org.apache.poi.ss.usermodel.Cell cell = row.createCell(c);
							cell.setCellValue(day);
							cell.setCellStyle(date);
						}
						else if (value != null && !value.toString().isEmpty()) {
							row.createCell(c).setCellValue(value.toString());
						}
					}
				}
			}
			workbook.write(out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return file;
	}

}
