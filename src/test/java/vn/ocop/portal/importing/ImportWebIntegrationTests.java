package vn.ocop.portal.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import vn.ocop.portal.support.Officials;

/**
 * The back office and the REST API of the imports, with MockMvc on the real database: upload,
 * progress, problems on screen and as downloads, templates, and who may do what.
 */
@ImportingIntegrationTest
class ImportWebIntegrationTests {

	static final Authentication OFFICER = Officials.provincialOfficer("Cán bộ nhập liệu web", "06");

	static final Authentication OTHER_OFFICER = Officials.provincialOfficer("Cán bộ khác", "06");

	static final Authentication EDITOR = Officials.editor("Biên tập viên");

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonMapper json;

	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	@TempDir
	Path folder;

	final String prefix = DemoFiles.uniquePrefix();

	@Test
	void officerUploadsAWorkbookAndFollowsItToTheSummary() throws Exception {
		byte[] workbook = Files.readAllBytes(DemoFiles.xlsx(folder, "vat.xlsx",
				DemoFiles.sheet("demo-things", DemoFiles.THING_HEADERS, DemoFiles.things(prefix, 20))));

		MvcResult upload = mvc.perform(multipart("/backoffice/imports").file(xlsx("vat.xlsx", workbook)).with(csrf()).with(authentication(OFFICER)))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/backoffice/imports/*"))
			.andReturn();
		String page = upload.getResponse().getRedirectedUrl();
		String id = page.substring(page.lastIndexOf('/') + 1);
		awaitFinished(id, OFFICER);

		mvc.perform(get(page).with(authentication(OFFICER)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<progress id=\"import-progress\" max=\"100\" value=\"100\"")))
			.andExpect(content().string(containsString("Đã nhập 20 dòng: 20 dòng mới, 0 dòng cập nhật, 0 dòng không đổi.")))
			.andExpect(content().string(containsString("Kết quả theo trang tính")));
		mvc.perform(get("/backoffice/imports").with(authentication(OFFICER)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/backoffice/imports/" + id)))
			.andExpect(content().string(containsString("accept=\".xlsx,.csv\"")))
			.andExpect(content().string(containsString("<label for=\"file\">Tệp cần nhập (.xlsx hoặc .csv)</label>")));
	}

	@Test
	void aRunningJobsPageCarriesTheProgressBarItsScriptAndAReloadLink() throws Exception {
		String id = java.util.UUID.randomUUID().toString();
		jdbc.sql("""
				INSERT INTO import_job (id, file_name, file_format, sha256, size_bytes, submitted_by, submitted_at, status, phase,
				                        progress_percent, rows_processed, heartbeat_at)
				VALUES (CAST(:id AS uuid), 'dang-chay.xlsx', 'XLSX', :sha, 10, :by, now(), 'RUNNING', 'CHECKING', 30, 12000, now())
				""").param("id", id).param("sha", "0".repeat(64)).param("by", OFFICER.getName()).update();

		mvc.perform(get("/backoffice/imports/" + id).with(authentication(OFFICER)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-import-poll=\"/api/v1/imports/" + id + "\"")))
			.andExpect(content().string(containsString("value=\"30\"")))
			.andExpect(content().string(containsString("Đã kiểm tra 12.000 dòng (30%).")))
			.andExpect(content().string(containsString("<script src=\"/js/import-progress.js\" defer></script>")))
			.andExpect(content().string(containsString("Tải lại trang để xem tiến độ")));
		mvc.perform(get("/api/v1/imports/" + id).param("lang", "en").with(authentication(OFFICER)))
			.andExpect(jsonPath("$.progressText").value("12,000 rows checked (30%)."))
			.andExpect(jsonPath("$.finished").value(false));

		jdbc.sql("UPDATE import_job SET status = 'FAILED', finished_at = now() WHERE id = CAST(:id AS uuid)").param("id", id).update();
	}

	@Test
	void problemsAreShownAndDownloadableInBothLanguages() throws Exception {
		List<List<Object>> rows = DemoFiles.things(prefix, 120);
		for (int i = 0; i < 60; i++) {
			rows.get(i).set(2, "32/01/2022");
		}
		byte[] workbook = Files.readAllBytes(DemoFiles.xlsx(folder, "loi.xlsx", DemoFiles.sheet("demo-things", DemoFiles.THING_HEADERS, rows)));
		String id = submitViaApi("loi.xlsx", workbook, OFFICER);
		awaitFinished(id, OFFICER);

		mvc.perform(get("/backoffice/imports/" + id).with(authentication(OFFICER)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Không có dữ liệu nào được lưu: tệp có 60 lỗi.")))
			.andExpect(content().string(containsString("Trang 1 / 2")))
			.andExpect(content().string(containsString("<code>32/01/2022</code>")))
			.andExpect(content().string(containsString("/backoffice/imports/" + id + "/problems.xlsx")));
		mvc.perform(get("/backoffice/imports/" + id).param("page", "2").param("lang", "en").with(authentication(OFFICER)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Page 2 of 2")))
			.andExpect(content().string(containsString("Not a valid date in the form dd/MM/yyyy (e.g. 27/12/2022).")));

		byte[] csv = mvc.perform(get("/backoffice/imports/" + id + "/problems.csv").with(authentication(OFFICER)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", startsWith("text/csv")))
			.andExpect(header().string("Content-Disposition", startsWith("attachment")))
			.andReturn().getResponse().getContentAsByteArray();
		assertThat(csv).startsWith(0xEF, 0xBB, 0xBF);
		List<String> lines = new String(csv, StandardCharsets.UTF_8).lines().toList();
		assertThat(lines).hasSize(61);
		assertThat(lines.get(0)).isEqualTo("\uFEFFTrang tính,Dòng,Cột,Giá trị,Lý do,Lý do (tiếng Anh)");
		assertThat(lines.get(1)).isEqualTo("demo-things,2,Ngày,32/01/2022,Không phải ngày hợp lệ dạng dd/MM/yyyy (ví dụ 27/12/2022).,"
				+ "Not a valid date in the form dd/MM/yyyy (e.g. 27/12/2022).");

		byte[] xlsx = mvc.perform(get("/backoffice/imports/" + id + "/problems.xlsx").with(authentication(OFFICER)))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray();
		List<List<String>> report = readBack(xlsx, "Lỗi");
		assertThat(report).hasSize(61);
		assertThat(report.get(60)).containsExactly("demo-things", "61", "Ngày", "32/01/2022",
				"Không phải ngày hợp lệ dạng dd/MM/yyyy (ví dụ 27/12/2022).", "Not a valid date in the form dd/MM/yyyy (e.g. 27/12/2022).");
	}

	@Test
	void refusedFilesComeBackToTheFormWithTheReason() throws Exception {
		mvc.perform(multipart("/backoffice/imports").file(new MockMultipartFile("file", "bang.xlsm", "application/octet-stream", new byte[] { 1, 2 }))
			.with(csrf()).with(authentication(OFFICER)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Tệp bang.xlsm là bảng tính có macro (.xlsm)")))
			.andExpect(content().string(containsString("aria-invalid=\"true\"")));
		mvc.perform(multipart("/backoffice/imports").file(new MockMultipartFile("file", "", "application/octet-stream", new byte[0]))
			.with(csrf()).with(authentication(OFFICER)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Hãy chọn một tệp .xlsx hoặc .csv để nhập.")));
	}

	@Test
	void templatesCarryTheSheetsAnExampleRowAndTheInstructions() throws Exception {
		byte[] workbook = mvc.perform(get("/backoffice/imports/templates/workbook.xlsx").with(authentication(OFFICER)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", ImportController.XLSX))
			.andReturn().getResponse().getContentAsByteArray();
		Path file = folder.resolve("mau.xlsx");
		Files.write(file, workbook);
		try (XlsxSource source = new XlsxSource(file)) {
			// the instructions first, then every registered sheet in import order (modules add theirs)
			assertThat(source.sheetNames()).startsWith("Hướng dẫn").containsSubsequence("demo-things", "demo-parts");
		}
		assertThat(readBack(workbook, "demo-things")).containsExactly(List.of("ma", "ten", "ngay", "so-tien"),
				List.of("VD-0001", "Vật mẫu", "27/12/2022", "1.234,5"));
		assertThat(readBack(workbook, "Hướng dẫn")).anySatisfy(row -> assertThat(row).contains("demo-things", "ngay", "Ngày (dd/MM/yyyy) / Date (dd/MM/yyyy)"));

		// the template as downloaded imports nothing: its example row is skipped
		String id = submitViaApi("mau.xlsx", workbook, OFFICER);
		JsonNode job = awaitFinished(id, OFFICER);
		assertThat(job.get("firstProblems").get(0).get("messageKey").asString()).isEqualTo("importing.problem.noRows");

		byte[] csv = mvc.perform(get("/backoffice/imports/templates/parts.csv").with(authentication(OFFICER)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString("demo-parts.csv")))
			.andReturn().getResponse().getContentAsByteArray();
		assertThat(new String(csv, StandardCharsets.UTF_8)).isEqualTo("\uFEFFma-phan,ma-vat,so-luong\r\nPH-0001,VD-0001,7.210\r\n");
		mvc.perform(get("/backoffice/imports/templates/khong-co.xlsx").with(authentication(OFFICER))).andExpect(status().isNotFound());
	}

	@Test
	void restApiAcceptsWith202AndReportsUntilDone() throws Exception {
		String text = "ma,ten,so-tien\n" + prefix + "-1,Một,\"1.234,5\"\n" + prefix + "-2,Hai,7210\n";
		MvcResult accepted = mvc.perform(multipart("/api/v1/imports")
				.file(new MockMultipartFile("file", "demo-things.csv", "text/csv", text.getBytes(StandardCharsets.UTF_8)))
				.with(csrf()).with(authentication(OFFICER)).accept(MediaType.APPLICATION_JSON))
			.andExpect(status().isAccepted())
			.andExpect(header().string("Location", startsWith("/api/v1/imports/")))
			.andExpect(jsonPath("$.id").isString())
			.andExpect(jsonPath("$.status").value("QUEUED"))
			.andReturn();
		String id = json.readTree(accepted.getResponse().getContentAsString()).get("id").asString();

		JsonNode job = awaitFinished(id, OFFICER);

		assertThat(job.get("status").asString()).isEqualTo("SUCCEEDED");
		assertThat(job.get("progressPercent").asInt()).isEqualTo(100);
		assertThat(job.get("sheets").get(0).get("created").asLong()).isEqualTo(2);
		assertThat(job.get("format").asString()).isEqualTo("CSV");

		String bad = "ma,ten\n" + prefix + "-3,\n";
		String failedId = json.readTree(mvc.perform(multipart("/api/v1/imports")
				.file(new MockMultipartFile("file", "upload.csv", "text/csv", bad.getBytes(StandardCharsets.UTF_8))).param("sheet", "demo-things")
				.with(csrf()).with(authentication(OFFICER)))
			.andExpect(status().isAccepted()).andReturn().getResponse().getContentAsString()).get("id").asString();
		awaitFinished(failedId, OFFICER);
		mvc.perform(get("/api/v1/imports/" + failedId + "/problems").param("page", "0").header("Accept-Language", "en-GB,en;q=0.8").with(authentication(OFFICER)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.totalElements").value(1))
			.andExpect(jsonPath("$.problems[0].sheet").value("demo-things"))
			.andExpect(jsonPath("$.problems[0].row").value(2))
			.andExpect(jsonPath("$.problems[0].column").value("ten"))
			.andExpect(jsonPath("$.problems[0].messageKey").value("importing.problem.required"))
			.andExpect(jsonPath("$.problems[0].message").value("A value is required in this column."));

		mvc.perform(multipart("/api/v1/imports").file(new MockMultipartFile("file", "x.exe", "application/octet-stream", new byte[] { 'M', 'Z' }))
			.with(csrf()).with(authentication(OFFICER)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.messageKey").value("importing.file.extension"))
			.andExpect(jsonPath("$.detail").value(containsString("x.exe")));
	}

	@Test
	void onlyProvincialOfficersAndAdministratorsImportAndEachSeesOnlyTheirOwnJobs() throws Exception {
		mvc.perform(get("/backoffice/imports").with(authentication(EDITOR))).andExpect(status().isForbidden());
		mvc.perform(multipart("/api/v1/imports").file(csvFile()).with(csrf()).with(authentication(EDITOR))).andExpect(status().isForbidden());
		mvc.perform(get("/backoffice/imports")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
		mvc.perform(multipart("/api/v1/imports").file(csvFile()).with(csrf())).andExpect(status().isUnauthorized());

		String id = submitViaApi("demo-things.csv", csvFile().getBytes(), OFFICER);
		awaitFinished(id, OFFICER);

		mvc.perform(get("/api/v1/imports/" + id)).andExpect(status().isUnauthorized());
		mvc.perform(get("/api/v1/imports/" + id).with(authentication(EDITOR))).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/imports/" + id).with(authentication(OTHER_OFFICER))).andExpect(status().isNotFound());
		mvc.perform(get("/backoffice/imports/" + id).with(authentication(OTHER_OFFICER))).andExpect(status().isNotFound());
		mvc.perform(get("/backoffice/imports/" + id + "/problems.csv").with(authentication(OTHER_OFFICER))).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/imports/" + id).with(authentication(Officials.provincialAdministrator("Quản trị", "06"))))
			.andExpect(status().isOk());
		mvc.perform(get("/backoffice").with(authentication(OFFICER)))
			.andExpect(content().string(containsString("href=\"/backoffice/imports\"")));
		mvc.perform(get("/backoffice").with(authentication(EDITOR)))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("href=\"/backoffice/imports\""))));
	}

	private MockMultipartFile csvFile() {
		return new MockMultipartFile("file", "demo-things.csv", "text/csv",
				("ma,ten\n" + prefix + "-9,Chín\n").getBytes(StandardCharsets.UTF_8));
	}

	private static MockMultipartFile xlsx(String name, byte[] content) {
		return new MockMultipartFile("file", name, ImportController.XLSX, content);
	}

	private String submitViaApi(String name, byte[] content, Authentication who) throws Exception {
		String body = mvc.perform(multipart("/api/v1/imports").file(new MockMultipartFile("file", name, "application/octet-stream", content))
				.with(csrf()).with(authentication(who)))
			.andExpect(status().isAccepted())
			.andReturn().getResponse().getContentAsString();
		return json.readTree(body).get("id").asString();
	}

	/** Polls the API as the JavaScript of the job page does. */
	private JsonNode awaitFinished(String id, Authentication who) throws Exception {
		long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
		while (System.nanoTime() < deadline) {
			String body = mvc.perform(get("/api/v1/imports/" + id).with(authentication(who)).accept(MediaType.APPLICATION_JSON))
				.andExpect(status().isOk())
				.andReturn().getResponse().getContentAsString();
			JsonNode job = json.readTree(body);
			if (job.get("finished").asBoolean()) {
				return job;
			}
			Thread.sleep(50);
		}
		throw new AssertionError("Import " + id + " did not finish");
	}

	/** The rows of one sheet of a downloaded workbook, read with the importer's own streaming reader. */
	private List<List<String>> readBack(byte[] workbook, String sheet) throws Exception {
		Path file = Files.createTempFile(folder, "telechargement", ".xlsx");
		Files.write(file, workbook);
		List<List<String>> rows = new ArrayList<>();
		try (XlsxSource source = new XlsxSource(file)) {
			source.read(sheet, (number, cells) -> rows.add(cells.stream()
				.map(cell -> cell == null ? "" : source.values().display(cell))
				.toList()));
		}
		return rows;
	}

}
