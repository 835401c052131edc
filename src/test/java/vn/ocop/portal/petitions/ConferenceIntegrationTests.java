package vn.ocop.portal.petitions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.client.RestTestClient;

import vn.ocop.portal.support.SignedInSessions;

/**
 * Dialogue conferences: the office creates one, adds participating organisations of the registry,
 * attaches the minutes, records petitions live, and downloads the petitions and answers as XLSX
 * for the follow-up report; departments have no access to conferences.
 */
@PetitionsIntegrationTest
class ConferenceIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	RestTestClient http;

	@Autowired
	SessionRepository<? extends Session> sessions;

	@Autowired
	PetitionFixtures fixtures;

	@Test
	void theOfficeRecordsAConferenceWithParticipantsMinutesAndPetitionsRaisedLive() throws Exception {
		String created = mvc.perform(post("/backoffice/petitions/conferences/new").param("title", "Hội nghị đối thoại thử nghiệm")
			.param("heldOn", "15/03/2024").param("place", "Hội trường huyện Ba Bể").param("chair", "Phó Chủ tịch UBND tỉnh")
			.with(csrf()).with(authentication(PetitionFixtures.OFFICE)))
			.andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
		long id = Long.parseLong(created.substring(created.lastIndexOf('/') + 1));

		mvc.perform(post("/backoffice/petitions/conferences/" + id + "/participants").param("organisationId", "HTX-DEMO-0001")
			.with(csrf()).with(authentication(PetitionFixtures.OFFICE))).andExpect(status().is3xxRedirection());
		mvc.perform(post("/backoffice/petitions/conferences/" + id + "/participants").param("organisationId", "HTX-KHONG-CO")
			.with(csrf()).with(authentication(PetitionFixtures.OFFICE))).andExpect(status().is3xxRedirection());
		mvc.perform(multipart("/backoffice/petitions/conferences/" + id + "/minutes")
			.file(new MockMultipartFile("file", "bien-ban.pdf", "application/pdf", "%PDF-1.5\n".getBytes(StandardCharsets.US_ASCII)))
			.with(csrf()).with(authentication(PetitionFixtures.OFFICE))).andExpect(status().is3xxRedirection());
		String live = mvc.perform(multipart("/backoffice/petitions/new").param("channel", "CONFERENCE")
			.param("conferenceId", String.valueOf(id)).param("receivedOn", "15/03/2024").param("petitionerKind", "ORGANISATION")
			.param("organisationId", "HTX-DEMO-0001").param("topic", "LOANS").param("title", "Kiến nghị nêu trực tiếp tại hội nghị")
			.param("content", "Đề nghị giãn nợ vay.").with(csrf()).with(authentication(PetitionFixtures.OFFICE)))
			.andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();

		String code = live.substring(live.lastIndexOf('/') + 1);
		assertThat(code).startsWith("KN.20240315.");
		Petition petition = fixtures.store.find(new PetitionCode(code)).orElseThrow();
		assertThat(petition.conferenceId).isEqualTo(id);
		assertThat(petition.petitionerName).isEqualTo("Hợp tác xã Đồng Tâm");
		String page = http.get().uri("/backoffice/petitions/conferences/" + id).header(HttpHeaders.COOKIE, session()).exchange()
			.expectStatus().isOk().returnResult(String.class).getResponseBody();
		assertThat(page).contains("Hợp tác xã Đồng Tâm (HTX-DEMO-0001)", "bien-ban.pdf", code).doesNotContain("HTX-KHONG-CO)");
	}

	@Test
	void theConferencesPetitionsAndAnswersDownloadAsASpreadsheet() throws Exception {
		long demo = fixtures.jdbc.sql("SELECT id FROM petitions_conference WHERE title = :title")
			.param("title", PetitionsDemoData.CONFERENCE_TITLE).query(Long.class).single();
		byte[] xlsx = http.get().uri("/backoffice/petitions/conferences/" + demo + "/export.xlsx").header(HttpHeaders.COOKIE, session())
			.exchange().expectStatus().isOk().returnResult(byte[].class).getResponseBody();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			Sheet sheet = workbook.getSheetAt(0);
			assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Mã kiến nghị");
			assertThat(sheet.getLastRowNum()).isEqualTo(8);
			assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("KN.20221227.0001");
			assertThat(sheet.getRow(1).getCell(9).getStringCellValue()).contains("Quỹ hỗ trợ phát triển hợp tác xã");
		}
		http.get().uri("/backoffice/petitions/conferences/" + demo + "/export.xlsx")
			.header(HttpHeaders.COOKIE, "OCOPSESSION=" + SignedInSessions.store(sessions, PetitionScopeIntegrationTests.FINANCE))
			.exchange().expectStatus().isForbidden();
	}

	@Test
	void theOfficeDownloadsTheDemoConferenceAsAWordDocument() throws Exception {
		long demo = fixtures.jdbc.sql("SELECT id FROM petitions_conference WHERE title = :title")
			.param("title", PetitionsDemoData.CONFERENCE_TITLE).query(Long.class).single();
		var answer = http.get().uri("/backoffice/petitions/conferences/" + demo + "/export.docx").header(HttpHeaders.COOKIE, session())
			.exchange().expectStatus().isOk().returnResult(byte[].class);
		assertThat(answer.getResponseHeaders().getContentType().toString())
			.isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
		assertThat(answer.getResponseHeaders().getContentDisposition().getFilename()).isEqualTo("kien-nghi-hoi-nghi-2022-12-27.docx");
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(answer.getResponseBody()))) {
			String text = document.getParagraphs().stream().map(XWPFParagraph::getText).reduce("", (a, b) -> a + "\n" + b);
			assertThat(text).contains("BÁO CÁO KẾT QUẢ TRẢ LỜI KIẾN NGHỊ", PetitionsDemoData.CONFERENCE_TITLE, "Ngày 27/12/2022",
					"số kiến nghị: 8", "Quỹ hỗ trợ phát triển hợp tác xã", "(chưa trả lời)");
			XWPFTable table = document.getTables().get(0);
			assertThat(table.getNumberOfRows()).isEqualTo(9);
			assertThat(table.getRow(0).getCell(0).getText()).isEqualTo("Mã kiến nghị");
			assertThat(table.getRow(0).getCell(4).getText()).isEqualTo("Cơ quan chủ trì");
			assertThat(table.getRow(1).getCell(0).getText()).isEqualTo("KN.20221227.0001");
			assertThat(table.getRow(1).getCell(6).getText()).matches("\\d{2}/\\d{2}/\\d{4}");
			// no contact details in the report
			assertThat(text).doesNotContain("@", "Điện thoại");
		}
		http.get().uri("/backoffice/petitions/conferences/" + demo + "/export.docx?lang=en").header(HttpHeaders.COOKIE, session())
			.exchange().expectStatus().isOk();
		http.get().uri("/backoffice/petitions/conferences/" + demo + "/export.docx")
			.header(HttpHeaders.COOKIE, "OCOPSESSION=" + SignedInSessions.store(sessions, PetitionScopeIntegrationTests.FINANCE))
			.exchange().expectStatus().isForbidden();
	}

	private String session() {
		return "OCOPSESSION=" + SignedInSessions.store(sessions, PetitionFixtures.OFFICE);
	}

}
