package vn.ocop.portal.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.ocop.portal.support.OcopHistoryWorkbook.row;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import vn.ocop.portal.support.OcopHistoryWorkbook;
import vn.ocop.portal.support.OcopHistoryWorkbook.Sheet;
import vn.ocop.portal.support.Officials;

/**
 * The OCOP applications history sheet {@code danh-gia-ocop} on every way into the importer: its
 * template (header and example row as the sheet defines them, described on the instructions sheet,
 * and accepted back as it is downloaded), the REST API, and the jar's command line.
 */
@ImportingIntegrationTest
class OcopHistorySheetChannelsIntegrationTests {

	static final Authentication OFFICER = Officials.provincialOfficer("Cán bộ nhập lịch sử qua API", "06");

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonMapper json;

	@Autowired
	Imports imports;

	@Autowired
	ImportMessages messages;

	@Autowired
	UserDetailsService accounts;

	@Autowired
	JdbcClient jdbc;

	@TempDir
	Path folder;

	@Test
	void theTemplateDescribesTheSheetAndIsAcceptedBackAsDownloaded() throws Exception {
		SheetDefinition sheet = imports.allSheets().stream().filter(s -> s.name().equals("danh-gia-ocop")).findFirst().orElseThrow();
		byte[] template = mvc.perform(get("/backoffice/imports/templates/danh-gia-ocop.xlsx").with(authentication(OFFICER)))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray();
		List<List<String>> rows = readBack(template, "danh-gia-ocop");
		assertThat(rows.get(0)).containsExactlyElementsOf(sheet.columns().stream().map(ColumnDefinition::name).toList());
		assertThat(rows.get(1)).contains("06-061-001-2022", "tỉnh", "lần đầu", "72,5; 75; 71", "công nhận", "27/12/2022");
		assertThat(readBack(template, "Hướng dẫn")).anySatisfy(row -> assertThat(row).contains("danh-gia-ocop", "loai"));
		byte[] csv = mvc.perform(get("/backoffice/imports/templates/applications.csv").with(authentication(OFFICER)))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray();
		assertThat(new String(csv, StandardCharsets.UTF_8)).startsWith("\uFEFFma-san-pham,cap,don-vi,nam,dot,loai,");

		// as downloaded: the header is the sheet's, the example row is skipped, so there is nothing to import
		JsonNode job = awaitFinished(submit("danh-gia-ocop.xlsx", template));
		assertThat(job.get("firstProblems")).hasSize(1);
		assertThat(job.get("firstProblems").get(0).get("messageKey").asString()).isEqualTo("importing.problem.noRows");
	}

	@Test
	void theRestApiChecksTheSheetsRows() throws Exception {
		String text = String.join(",", OcopHistoryWorkbook.APPLICATION_HEADERS) + "\n"
				+ "06-061-99998-2021,tỉnh,,2021,1,lần đầu,,62,công nhận,3,1/QĐ-UBND,20/06/2021,,,\n";
		JsonNode job = awaitFinished(submit("danh-gia-ocop.csv", text.getBytes(StandardCharsets.UTF_8)));

		assertThat(job.get("status").asString()).isEqualTo("FAILED");
		JsonNode problem = job.get("firstProblems").get(0);
		assertThat(problem.get("sheet").asString()).isEqualTo("danh-gia-ocop");
		assertThat(problem.get("row").asInt()).isEqualTo(2);
		assertThat(problem.get("messageKey").asString()).isEqualTo("importing.problem.unknownReference");
	}

	@Test
	void theCommandLineImportsAWholeHistoryAsTheSystem() {
		OcopHistoryWorkbook history = new OcopHistoryWorkbook(2021);
		List<List<Object>> applications = new ArrayList<>();
		applications.add(row(history.product("061", 1), "", "", 2021, 1, "lần đầu", "", "62", "công nhận", 3, history.decision("1"),
				LocalDate.of(2021, 6, 20), "", "", ""));
		applications.add(row(history.product("062", 3), "", "", 2021, 1, "lần đầu", "", "41", "không công nhận", "",
				history.decision("1"), LocalDate.of(2021, 6, 20), "", "", ""));
		Path file = OcopHistoryWorkbook.xlsx(folder.resolve("lich-su.xlsx"),
				new Sheet("chu-the", OcopHistoryWorkbook.SUBJECT_HEADERS, history.subjects()),
				new Sheet("san-pham", OcopHistoryWorkbook.PRODUCT_HEADERS, history.products()),
				new Sheet("danh-gia-ocop", OcopHistoryWorkbook.APPLICATION_HEADERS, applications));
		ByteArrayOutputStream printed = new ByteArrayOutputStream();
		ImportCommand command = new ImportCommand(imports, messages, accounts, "06", new PrintStream(printed, true, StandardCharsets.UTF_8));

		command.run(new DefaultApplicationArguments("--file=" + file));

		assertThat(command.getExitCode()).as(printed.toString(StandardCharsets.UTF_8)).isEqualTo(ImportCommand.IMPORTED);
		assertThat(printed.toString(StandardCharsets.UTF_8)).contains("danh-gia-ocop: 2 dòng, 2 mới, 0 cập nhật, 0 không đổi",
				"danh-gia-ocop: 2 rows, 2 new, 0 updated, 0 unchanged");
		assertThat(jdbc.sql("SELECT count(*) FROM ocop_application a JOIN ocop_product p ON p.id = a.product_id"
				+ " WHERE p.code IN (:codes) AND a.origin = 'IMPORT' AND a.created_by = 'system'")
			.param("codes", List.of(history.product("061", 1), history.product("062", 3))).query(Long.class).single()).isEqualTo(2);
	}

	private String submit(String name, byte[] content) throws Exception {
		String body = mvc.perform(multipart("/api/v1/imports").file(new MockMultipartFile("file", name, "application/octet-stream", content))
				.with(csrf()).with(authentication(OFFICER)))
			.andExpect(status().isAccepted())
			.andReturn().getResponse().getContentAsString();
		return json.readTree(body).get("id").asString();
	}

	/** Polls the API as the JavaScript of the job page does. */
	private JsonNode awaitFinished(String id) throws Exception {
		long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
		while (System.nanoTime() < deadline) {
			String body = mvc.perform(get("/api/v1/imports/" + id).with(authentication(OFFICER)).accept(MediaType.APPLICATION_JSON))
				.andExpect(status().isOk())
				.andReturn().getResponse().getContentAsString();
			JsonNode job = json.readTree(body);
			if (job.get("finished").asBoolean()) {
				return job;
			}
			Thread.sleep(50); // a poll with a deadline, as the job page polls
		}
		throw new AssertionError("Import " + id + " did not finish");
	}

	/** The rows of one sheet of a downloaded workbook, read with the importer's own streaming reader. */
	private List<List<String>> readBack(byte[] workbook, String sheet) throws Exception {
		Path file = Files.createTempFile(folder, "mau", ".xlsx");
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
