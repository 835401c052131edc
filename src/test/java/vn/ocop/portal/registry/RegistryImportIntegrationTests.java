package vn.ocop.portal.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import vn.ocop.portal.identity.ScopedUser;
import vn.ocop.portal.importing.ImportJobView;
import vn.ocop.portal.importing.ImportProblem;
import vn.ocop.portal.importing.ImportStatus;
import vn.ocop.portal.importing.Imports;
import vn.ocop.portal.importing.StoreCounts;
import vn.ocop.portal.support.Officials;
import vn.ocop.portal.support.TestNumbers;

/**
 * The registry's sheets through the common importer, against the real database: a generated
 * workbook of 1,000 organisations of province 06 (codes unique to the test).
 */
@RegistryIntegrationTest
class RegistryImportIntegrationTests {

	static final ScopedUser PROVINCE = (ScopedUser) Officials.provincialOfficer("Cán bộ nhập liệu tỉnh", "06").getPrincipal();

	static final ScopedUser BA_BE = (ScopedUser) Officials.localOfficer("Cán bộ nhập liệu Ba Bể", "061").getPrincipal();

	static final List<String> HEADERS = List.of("Mã", "Loại", "Tên", "Số đăng ký", "Mã số thuế", "Ngày đăng ký",
			"Cơ quan đăng ký", "Mã đơn vị", "Địa chỉ", "Ngành", "Người đại diện", "Điện thoại", "Email", "Trạng thái", "Lý do tạm ngừng");

	@Autowired
	Imports imports;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonMapper json;

	@LocalServerPort
	int port;

	@TempDir
	Path folder;

	final String prefix = "IMP" + UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase();

	/** Ten digits unique to this test, for tax codes and registration numbers: {@code base + i}. */
	final long base = TestNumbers.block();

	List<List<Object>> organisations(int count) {
		List<List<Object>> rows = new ArrayList<>();
		for (int i = 1; i <= count; i++) {
			rows.add(new ArrayList<>(List.of(code(i), "HTX", "Hợp tác xã nhập thử " + prefix + " số " + i,
					Long.toString(base + i), Long.toString(base + i), LocalDate.of(2023, 1, 2).plusDays(i % 300),
					"UBND huyện", i % 2 == 0 ? "061" : "062", "Thôn " + i, "AGRICULTURE", "Người đại diện " + i,
					"0209 387 6" + String.format("%03d", i % 1000), "", "OPERATING", "")));
		}
		return rows;
	}

	String code(int i) {
		return "%s-%04d".formatted(prefix, i);
	}

	@Test
	void thousandOrganisationsWithThreeBadRowsStoreNothingThenImportThenChangeNothing() {
		List<List<Object>> rows = organisations(1_000);
		rows.get(9).set(7, "98");                                   // row 11: no unit 98 (no such province)
		rows.get(499).set(5, LocalDate.now().plusDays(30));         // row 501: registered in the future
		rows.get(997).set(9, "AGRICULTRE");                          // row 999: sector typo
		ImportJobView bad = imports.importNow(xlsx("to-chuc-loi.xlsx", rows), null, PROVINCE);

		assertThat(bad.status()).isEqualTo(ImportStatus.FAILED);
		assertThat(bad.problemCount()).isEqualTo(3);
		assertThat(imports.problems(bad, 0, 50).getContent())
			.extracting(ImportProblem::sheet, ImportProblem::row, ImportProblem::column, ImportProblem::messageKey)
			.containsExactly(tuple("to-chuc", 11, "Mã đơn vị", "registry.rule.unitCode.notValidOn"),
					tuple("to-chuc", 501, "Ngày đăng ký", "registry.rule.date.future"),
					tuple("to-chuc", 999, "Ngành", "registry.import.problem.choice"));
		assertThat(imports.problems(bad, 0, 50).getContent()).extracting(ImportProblem::value)
			.containsExactly("98", RegistryDates.format(LocalDate.now().plusDays(30)), "AGRICULTRE");
		assertThat(stored()).isZero();

		List<List<Object>> twice = organisations(3);
		twice.get(2).set(4, twice.get(0).get(4));                     // row 4: the tax code of row 2
		ImportJobView duplicate = imports.importNow(xlsx("to-chuc-trung.xlsx", twice), null, PROVINCE);
		assertThat(imports.problems(duplicate, 0, 50).getContent())
			.extracting(ImportProblem::row, ImportProblem::column, ImportProblem::messageKey)
			.containsExactly(tuple(4, "Mã số thuế", "registry.rule.taxCode.taken"));

		Path good = xlsx("to-chuc.xlsx", organisations(1_000));
		ImportJobView first = imports.importNow(good, null, PROVINCE);
		assertThat(first.status()).isEqualTo(ImportStatus.SUCCEEDED);
		assertThat(first.totals()).isEqualTo(new StoreCounts(1_000, 0, 0));
		assertThat(stored()).isEqualTo(1_000);
		assertThat(jdbc.sql("SELECT count(*) FROM registry_status_change WHERE organisation_id LIKE :p")
			.param("p", prefix + "-%").query(Long.class).single()).isEqualTo(1_000);

		ImportJobView again = imports.importNow(good, null, PROVINCE);
		assertThat(again.status()).isEqualTo(ImportStatus.SUCCEEDED);
		assertThat(again.totals()).isEqualTo(new StoreCounts(0, 0, 1_000));

		List<List<Object>> changed = organisations(1_000);
		changed.get(0).set(2, "Hợp tác xã đổi tên " + prefix);
		changed.get(1).set(13, "SUSPENDED");
		changed.get(1).set(14, "Thiếu vốn");
		ImportJobView third = imports.importNow(xlsx("to-chuc-sua.xlsx", changed), null, PROVINCE);
		assertThat(third.totals()).isEqualTo(new StoreCounts(0, 2, 998));
		assertThat(jdbc.sql("SELECT status FROM registry_organisation WHERE id = :id").param("id", code(2))
			.query(String.class).single()).isEqualTo("SUSPENDED");
		assertThat(jdbc.sql("SELECT count(*) FROM registry_status_change WHERE organisation_id = :id")
			.param("id", code(2)).query(Long.class).single()).isEqualTo(2);

		ImportJobView resumed = imports.importNow(good, null, PROVINCE);   // organisation 2 back to OPERATING
		assertThat(imports.problems(resumed, 0, 50).getContent())
			.extracting(ImportProblem::row, ImportProblem::column, ImportProblem::messageKey)
			.containsExactly(tuple(3, "Trạng thái", "registry.import.problem.resumeByForm"));
	}

	@Test
	void localOfficerImportsOnlyOrganisationsOfTheirUnit() {
		List<List<Object>> rows = organisations(2);   // 1 in 062, 2 in 061
		ImportJobView job = imports.importNow(xlsx("to-chuc-ba-be.xlsx", rows), null, BA_BE);

		assertThat(job.status()).isEqualTo(ImportStatus.FAILED);
		assertThat(imports.problems(job, 0, 50).getContent())
			.extracting(ImportProblem::row, ImportProblem::column, ImportProblem::value, ImportProblem::messageKey)
			.containsExactly(tuple(2, "Mã đơn vị", "062", "registry.rule.unitCode.outsideScope"));

		ImportJobView own = imports.importNow(xlsx("to-chuc-ba-be-2.xlsx", rows.subList(1, 2)), null, BA_BE);
		assertThat(own.status()).isEqualTo(ImportStatus.SUCCEEDED);
		assertThat(own.totals()).isEqualTo(new StoreCounts(1, 0, 0));
	}

	static final List<String> UPDATE_HEADERS = List.of("Mã tổ chức", "Năm", "Thành viên chính thức",
			"Thành viên liên kết góp vốn", "Thành viên liên kết không góp vốn", "Hợp tác xã thành viên", "Lao động",
			"Vốn điều lệ", "Tổng tài sản", "Doanh thu", "Lợi nhuận", "Thu nhập bình quân");

	List<Object> update(String organisation, int year, int members) {
		return new ArrayList<>(List.of(organisation, year, members, 1, 0, 0, 9, 1_500_000_000L, 2_300_000_000L, 3_100_000_000L,
				-21_000_000L, 84_000_000L));
	}

	@Test
	void annualUpdatesReferToOrganisationsOfTheSameFileAndMembershipErrorsRejectTheRow() {
		List<List<Object>> organisations = organisations(3);
		List<List<Object>> updates = new ArrayList<>(List.of(update(code(1), 2023, 12), update(code(2), 2023, 4),
				update(code(3), 2024, 9), update(prefix + "-9999", 2024, 9)));
		ImportJobView bad = imports.importNow(xlsx("cap-nhat-loi.xlsx", new Sheet("to-chuc", HEADERS, organisations),
				new Sheet("cap-nhat-hang-nam", UPDATE_HEADERS, updates)), null, PROVINCE);

		assertThat(bad.status()).isEqualTo(ImportStatus.FAILED);
		assertThat(imports.problems(bad, 0, 50).getContent())
			.extracting(ImportProblem::sheet, ImportProblem::row, ImportProblem::column, ImportProblem::value, ImportProblem::messageKey)
			.containsExactly(tuple("cap-nhat-hang-nam", 3, "Thành viên chính thức", "4", "registry.rule.members.HTX"),
					tuple("cap-nhat-hang-nam", 5, "Mã tổ chức", prefix + "-9999", "importing.problem.unknownReference"));
		assertThat(stored()).isZero();

		updates.get(1).set(2, 7);
		updates.remove(3);
		Path good = xlsx("cap-nhat.xlsx", new Sheet("to-chuc", HEADERS, organisations),
				new Sheet("cap-nhat-hang-nam", UPDATE_HEADERS, updates));
		ImportJobView first = imports.importNow(good, null, PROVINCE);
		assertThat(first.status()).isEqualTo(ImportStatus.SUCCEEDED);
		assertThat(first.sheets()).extracting(sheet -> sheet.sheet(), sheet -> sheet.created())
			.containsExactly(tuple("to-chuc", 3L), tuple("cap-nhat-hang-nam", 3L));
		assertThat(jdbc.sql("SELECT profit FROM registry_annual_update WHERE organisation_id = :id AND year = 2023")
			.param("id", code(1)).query(Long.class).single()).isEqualTo(-21_000_000L);

		ImportJobView again = imports.importNow(good, null, PROVINCE);
		assertThat(again.totals()).isEqualTo(new StoreCounts(0, 0, 6));
	}

	@Test
	void exportThenReimportChangesNothingAndTheExportKeepsTheScope() throws Exception {
		List<List<Object>> organisations = organisations(20);
		organisations.get(4).set(13, "SUSPENDED");
		organisations.get(4).set(14, "Thiếu vốn");
		List<List<Object>> updates = new ArrayList<>(List.of(update(code(1), 2023, 12), update(code(2), 2023, 9)));
		ImportJobView first = imports.importNow(xlsx("xuat.xlsx", new Sheet("to-chuc", HEADERS, organisations),
				new Sheet("cap-nhat-hang-nam", UPDATE_HEADERS, updates)), null, PROVINCE);
		assertThat(first.status()).isEqualTo(ImportStatus.SUCCEEDED);

		for (String format : List.of("xlsx", "csv")) {
			byte[] exported = mvc.perform(get("/backoffice/registry/export." + format).param("q", prefix)
				.with(authentication(Officials.provincialOfficer("Cán bộ tỉnh", "06"))))
				.andExpect(status().isOk())
				.andReturn().getResponse().getContentAsByteArray();
			Path file = Files.write(folder.resolve("to-chuc." + format), exported);
			ImportJobView again = imports.importNow(file, null, PROVINCE);
			assertThat(again.status()).as(format).isEqualTo(ImportStatus.SUCCEEDED);
			assertThat(again.totals()).as(format).isEqualTo(new StoreCounts(0, 0, 20));

			byte[] updatesExported = mvc.perform(get("/backoffice/registry/annual-updates/export." + format)
				.param("year", "2023").param("q", prefix)
				.with(authentication(Officials.provincialOfficer("Cán bộ tỉnh", "06"))))
				.andExpect(status().isOk())
				.andReturn().getResponse().getContentAsByteArray();
			Path updatesFile = Files.write(folder.resolve("cap-nhat-hang-nam." + format), updatesExported);
			ImportJobView updatesAgain = imports.importNow(updatesFile, null, PROVINCE);
			assertThat(updatesAgain.status()).as(format).isEqualTo(ImportStatus.SUCCEEDED);
			assertThat(updatesAgain.totals()).as(format).isEqualTo(new StoreCounts(0, 0, 2));
		}

		byte[] csv = mvc.perform(get("/backoffice/registry/export.csv").param("q", prefix)
			.with(authentication(Officials.localOfficer("Cán bộ Ba Bể", "061"))))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray();
		String text = new String(csv, java.nio.charset.StandardCharsets.UTF_8);
		assertThat(text).startsWith("\uFEFFma,loai,ten");
		assertThat(text.lines().count()).isEqualTo(11);   // header and the 10 organisations of 061
		assertThat(text).contains(code(2)).doesNotContain(code(1) + ",");
	}

	static final List<String> MEMBERSHIP_HEADERS = List.of("Mã liên hiệp", "Mã hợp tác xã", "Ngày gia nhập", "Ngày rời");

	@Test
	void unionMembershipsAreCheckedByTheMembershipPoliciesAndUpsertedByUnionCooperativeAndJoinedDate() {
		List<List<Object>> organisations = organisations(4);
		organisations.get(0).set(1, "LHHTX");
		organisations.get(3).set(1, "THT");
		LocalDate joined = LocalDate.of(2023, 3, 1);
		List<List<Object>> memberships = new ArrayList<>(List.of(
				new ArrayList<>(java.util.Arrays.asList(code(1), code(2), joined, null)),
				new ArrayList<>(java.util.Arrays.asList(code(1), code(3), joined, LocalDate.of(2024, 6, 30))),
				new ArrayList<>(java.util.Arrays.asList(code(1), code(4), joined, null))));
		ImportJobView bad = imports.importNow(xlsx("lien-hiep-loi.xlsx", new Sheet("to-chuc", HEADERS, organisations),
				new Sheet("thanh-vien-lien-hiep", MEMBERSHIP_HEADERS, memberships)), null, PROVINCE);
		assertThat(bad.status()).isEqualTo(ImportStatus.FAILED);
		assertThat(imports.problems(bad, 0, 50).getContent())
			.extracting(ImportProblem::sheet, ImportProblem::row, ImportProblem::column, ImportProblem::messageKey)
			.containsExactly(tuple("thanh-vien-lien-hiep", 4, "Mã hợp tác xã", "registry.rule.membership.notACooperative"));

		memberships.remove(2);
		Path good = xlsx("lien-hiep.xlsx", new Sheet("to-chuc", HEADERS, organisations),
				new Sheet("thanh-vien-lien-hiep", MEMBERSHIP_HEADERS, memberships));
		ImportJobView first = imports.importNow(good, null, PROVINCE);
		assertThat(first.status()).isEqualTo(ImportStatus.SUCCEEDED);
		assertThat(first.sheets()).extracting(sheet -> sheet.sheet(), sheet -> sheet.created())
			.containsExactly(tuple("to-chuc", 4L), tuple("thanh-vien-lien-hiep", 2L));
		assertThat(imports.importNow(good, null, PROVINCE).totals()).isEqualTo(new StoreCounts(0, 0, 6));

		memberships.get(0).set(3, LocalDate.of(2024, 12, 31));
		ImportJobView left = imports.importNow(xlsx("lien-hiep-roi.xlsx", new Sheet("thanh-vien-lien-hiep", MEMBERSHIP_HEADERS,
				memberships)), null, PROVINCE);
		assertThat(left.totals()).isEqualTo(new StoreCounts(0, 1, 1));
		assertThat(jdbc.sql("SELECT left_on FROM registry_union_membership WHERE union_id = :u AND member_id = :m")
			.param("u", code(1)).param("m", code(2)).query(LocalDate.class).single()).isEqualTo(LocalDate.of(2024, 12, 31));
	}

	@Test
	void unionMembershipsExportInBothFormatsAndImportAgainUnchanged() throws Exception {
		List<List<Object>> organisations = organisations(3);   // 1 and 3 in 062, 2 in 061
		organisations.get(0).set(1, "LHHTX");
		List<List<Object>> memberships = new ArrayList<>(List.of(
				new ArrayList<>(java.util.Arrays.asList(code(1), code(2), LocalDate.of(2023, 4, 1), LocalDate.of(2024, 6, 30))),
				new ArrayList<>(java.util.Arrays.asList(code(1), code(3), LocalDate.of(2023, 5, 2), null))));
		ImportJobView first = imports.importNow(xlsx("lien-hiep-xuat.xlsx", new Sheet("to-chuc", HEADERS, organisations),
				new Sheet("thanh-vien-lien-hiep", MEMBERSHIP_HEADERS, memberships)), null, PROVINCE);
		assertThat(first.status()).isEqualTo(ImportStatus.SUCCEEDED);

		for (String format : List.of("xlsx", "csv")) {
			byte[] exported = mvc.perform(get("/backoffice/registry/union-memberships/export." + format).param("q", prefix)
				.with(authentication(Officials.provincialOfficer("Cán bộ tỉnh", "06"))))
				.andExpect(status().isOk())
				.andReturn().getResponse().getContentAsByteArray();
			Path file = Files.write(folder.resolve("thanh-vien-lien-hiep." + format), exported);
			ImportJobView again = imports.importNow(file, null, PROVINCE);
			assertThat(again.status()).as(format).isEqualTo(ImportStatus.SUCCEEDED);
			assertThat(again.sheets()).as(format).extracting(sheet -> sheet.sheet(), sheet -> sheet.unchanged())
				.containsExactly(tuple("thanh-vien-lien-hiep", 2L));
		}
		String csv = mvc.perform(get("/backoffice/registry/union-memberships/export.csv").param("q", prefix)
			.with(authentication(Officials.provincialOfficer("Cán bộ tỉnh", "06"))))
			.andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(csv.lines().toList()).containsExactly("\uFEFFma-lien-hiep,ma-hop-tac-xa,ngay-gia-nhap,ngay-roi",
				code(1) + "," + code(2) + ",01/04/2023,30/06/2024", code(1) + "," + code(3) + ",02/05/2023,");

		String local = mvc.perform(get("/backoffice/registry/union-memberships/export.csv").param("q", prefix)
			.with(authentication(Officials.localOfficer("Cán bộ Ba Bể", "061"))))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(local.lines().toList()).as("the union lies in 062, outside Ba Bể").hasSize(1);
	}

	@Test
	void aLocalOfficerUploadsThroughThePageAndTheApiAndRowsOutsideTheirUnitAreRefusedByRow() throws Exception {
		DemoAccountSession babe = DemoAccountSession.signIn(port, "canbo.babe");
		assertThat(babe.page("/backoffice").body()).contains("href=\"/backoffice/imports\"");
		String token = babe.csrfToken("/backoffice/imports");
		List<List<Object>> rows = organisations(2);   // row 2 in 062 (Ngân Sơn), row 3 in 061 (Ba Bể)

		java.net.http.HttpResponse<String> upload = babe.upload("/backoffice/imports", "to-chuc-ba-be.xlsx",
				Files.readAllBytes(xlsx("to-chuc-ba-be.xlsx", rows)), token);
		assertThat(upload.statusCode()).isEqualTo(302);
		String jobPage = upload.headers().firstValue("Location").orElseThrow();
		String id = jobPage.substring(jobPage.lastIndexOf('/') + 1);
		JsonNode failed = awaitFinished(babe, id, "en");
		assertThat(failed.get("status").asString()).isEqualTo("FAILED");
		assertThat(failed.get("firstProblems")).hasSize(1);
		JsonNode problem = failed.get("firstProblems").get(0);
		assertThat(problem.get("row").asInt()).isEqualTo(2);
		assertThat(problem.get("column").asString()).isEqualTo("Mã đơn vị");
		assertThat(problem.get("message").asString()).contains("administrative unit 062 lies outside your data scope.");
		assertThat(babe.page("/backoffice/imports/" + id).body())
			.contains("đơn vị hành chính 062 nằm ngoài phạm vi dữ liệu của bạn.");
		assertThat(stored()).isZero();

		java.net.http.HttpResponse<String> submitted = babe.upload("/api/v1/imports", "to-chuc-ba-be-2.xlsx",
				Files.readAllBytes(xlsx("to-chuc-ba-be-2.xlsx", rows.subList(1, 2))), token);
		assertThat(submitted.statusCode()).isEqualTo(202);
		JsonNode done = awaitFinished(babe, json.readTree(submitted.body()).get("id").asString(), "vi");
		assertThat(done.get("status").asString()).isEqualTo("SUCCEEDED");
		assertThat(stored()).isEqualTo(1);

		DemoAccountSession editor = DemoAccountSession.signIn(port, "bientap");
		assertThat(editor.page("/backoffice/imports").statusCode()).isEqualTo(403);
	}

	private JsonNode awaitFinished(DemoAccountSession session, String id, String language) throws InterruptedException {
		long deadline = System.nanoTime() + java.time.Duration.ofSeconds(60).toNanos();
		while (System.nanoTime() < deadline) {
			java.net.http.HttpResponse<String> answer = session.json("/api/v1/imports/" + id, language);
			assertThat(answer.statusCode()).isEqualTo(200);
			JsonNode job = json.readTree(answer.body());
			if (job.get("finished").asBoolean()) {
				return job;
			}
			Thread.sleep(50);
		}
		throw new AssertionError("Import " + id + " did not finish");
	}

	long stored() {
		return jdbc.sql("SELECT count(*) FROM registry_organisation WHERE id LIKE :p").param("p", prefix + "-%")
			.query(Long.class).single();
	}

	record Sheet(String name, List<String> headers, List<List<Object>> rows) {
	}

	Path xlsx(String name, List<List<Object>> rows) {
		return xlsx(name, new Sheet("to-chuc", HEADERS, rows));
	}

	Path xlsx(String name, Sheet... sheets) {
		Path file = folder.resolve(name);
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(100); OutputStream out = Files.newOutputStream(file)) {
			CellStyle date = workbook.createCellStyle();
			date.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
			for (Sheet data : sheets) {
			List<List<Object>> rows = data.rows();
			org.apache.poi.ss.usermodel.Sheet sheet = workbook.createSheet(data.name());
			Row header = sheet.createRow(0);
			for (int c = 0; c < data.headers().size(); c++) {
				header.createCell(c).setCellValue(data.headers().get(c));
			}
			for (int r = 0; r < rows.size(); r++) {
				Row row = sheet.createRow(r + 1);
				List<Object> values = rows.get(r);
				for (int c = 0; c < values.size(); c++) {
					Object value = values.get(c);
					if (value instanceof LocalDate day) {
						org.apache.poi.ss.usermodel.Cell cell = row.createCell(c);
						cell.setCellValue(day);
						cell.setCellStyle(date);
					}
					else if (value instanceof Number number) {
						row.createCell(c).setCellValue(number.doubleValue());
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
