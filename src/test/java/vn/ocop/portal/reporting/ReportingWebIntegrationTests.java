package vn.ocop.portal.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.Authentication;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.client.RestTestClient;

import vn.ocop.portal.support.Officials;
import vn.ocop.portal.support.SignedInSessions;

/**
 * The year-end report page, its files, the API and the public statistics over real HTTP with real
 * sessions: officers see the reports of the units their scope covers (a district officer their
 * district's only), everyone sees the public statistics and open data.
 */
@ReportingIntegrationTest
class ReportingWebIntegrationTests {

	private static final Authentication PROVINCE = Officials.provincialOfficer("Cán bộ tỉnh Bắc Kạn", "06");

	private static final Authentication BA_BE = Officials.localOfficer("Cán bộ huyện Ba Bể", "061");

	private static final Authentication REPRESENTATIVE = Officials.organisationRepresentative("Đại diện HTX Đồng Tâm", "HTX-DEMO-0001");

	@Autowired
	RestTestClient http;

	@Autowired
	MockMvc mvc;

	@Autowired
	SessionRepository<? extends Session> sessions;

	@Test
	void theProvincialOfficerReadsTheProvincesReportWithTablesChartsAndDownloads() {
		Document page = Jsoup.parse(page("/backoffice/reports/year-end?unit=06&year=2022", PROVINCE, 200));

		assertThat(page.selectFirst("h1").text()).isEqualTo("Báo cáo tổng kết năm 2022 — Tỉnh Bắc Kạn");
		assertThat(page.select("p.report-paragraph").text())
			.contains("656 tổ hợp tác (THT) đang hoạt động với 7.210 thành viên, tăng 287 so với cuối năm 2021 (369), đạt 166,1% kế hoạch năm");
		assertThat(page.select(".report-table caption").eachText()).hasSize(10)
			.contains("Bảng 6. Đánh giá, công nhận sản phẩm OCOP năm 2022",
				"Bảng 7. Sản phẩm OCOP còn hiệu lực theo nhóm sản phẩm năm 2022",
				"Bảng 8. Sản phẩm OCOP còn hiệu lực theo nhóm sản phẩm và đơn vị hành chính năm 2022 — Tỉnh Bắc Kạn",
				"Bảng 9. Kết quả OCOP qua các năm — Tỉnh Bắc Kạn",
				"Bảng 10. Hỗ trợ chủ thể, sản phẩm OCOP năm 2022 theo đơn vị hành chính — Tỉnh Bắc Kạn");
		assertThat(page.select("p.report-paragraph").text()).contains("Hội đồng cấp tỉnh đã đánh giá, phân hạng 104 sản phẩm").contains("Trong năm 2022, trên địa bàn tỉnh Bắc Kạn có 11 sản phẩm OCOP được hỗ trợ truy xuất nguồn gốc theo quy trình, 11 sản phẩm sản xuất theo chuỗi giá trị và 10 sản phẩm được nâng cao chất lượng, mở rộng quy mô; 25 chủ thể OCOP giai đoạn 2018–2020 được củng cố và 28 chủ thể mới được hỗ trợ.");
		assertThat(page.select(".report-table tr.report-table__total td").eachText()).startsWith("Toàn Tỉnh Bắc Kạn", "656", "7.210", "353");
		assertThat(page.select(".report-chart img").eachAttr("src")).hasSize(5).allMatch(src -> src.startsWith("data:image/png;base64,"));
		assertThat(page.select("a.report-download").eachAttr("href")).hasSize(6)
			.contains("/backoffice/reports/year-end.pdf?unit=06&year=2022&lang=vi", "/backoffice/reports/year-end.docx?unit=06&year=2022&lang=en");
	}

	@Test
	void theEnglishReportOf2022ReadsInEnglishByTheEightDistrictsOf2022() {
		// today the province has communes only (the districts were dissolved on 1/7/2025); 2022 keeps its districts
		Document page = Jsoup.parse(page("/backoffice/reports/year-end?unit=06&year=2022&lang=en", PROVINCE, 200));

		assertThat(page.selectFirst("html").attr("lang")).isEqualTo("en");
		assertThat(page.selectFirst("h1").text()).isEqualTo("Year-end report 2022 — Tỉnh Bắc Kạn");
		assertThat(page.select(".report-document h2").eachText()).containsExactly("I. Results of the collective economy",
				"II. Results by administrative unit", "III. Over the years", "IV. Petitions received and answered",
				"V. One Commune One Product (OCOP)", "VI. Support of OCOP subjects and products");
		assertThat(page.select("p.report-paragraph").text())
			.contains("As of 31/12/2022, Tỉnh Bắc Kạn had 656 cooperative groups (THT) in operation with 7,210 members, 287 more than at the end of 2021 (369), 166.1% of the plan for the year (target 395).")
			.contains("In 2022 the provincial council rated 104 products")
			.contains("By product group: Food ");
		org.jsoup.nodes.Element units = page.select(".report-table table").stream()
			.filter(table -> table.selectFirst("caption").text()
				.equals("Table 3. Collective organisations by administrative unit in 2022 — Tỉnh Bắc Kạn"))
			.findFirst()
			.orElseThrow();
		assertThat(units.select("tbody tr td:first-child").eachText()).hasSize(9)
			.contains("Huyện Ba Bể", "Huyện Ngân Sơn")
			.endsWith("Whole of Tỉnh Bắc Kạn");
		assertThat(page.select(".report-chart figcaption").eachText()).hasSize(5)
			.contains("Chart 1. Collective organisations in operation by administrative unit in 2022 — Tỉnh Bắc Kạn");
		assertThat(page.select("main").text()).doesNotContain("Bảng").doesNotContain("Biểu đồ").doesNotContain("chưa có số liệu")
			.doesNotContain("Đến ngày").doesNotContain("Năm 2022");
	}

	@Test
	void aDistrictOfficerSeesTheirDistrictsReportOnly() {
		Document own = Jsoup.parse(page("/backoffice/reports/year-end?unit=061&year=2022", BA_BE, 200));
		assertThat(own.selectFirst("h1").text()).isEqualTo("Báo cáo tổng kết năm 2022 — Huyện Ba Bể");

		page("/backoffice/reports/year-end?unit=06&year=2022", BA_BE, 403);
		page("/backoffice/reports/year-end?unit=062&year=2022", BA_BE, 403);
		page("/backoffice/reports/year-end.pdf?unit=06&year=2022", BA_BE, 403);
		page("/backoffice/reports/year-end?unit=061&year=2022", REPRESENTATIVE, 403);
		http.get().uri("/backoffice/reports/year-end?unit=061&year=2022").exchange().expectStatus().is3xxRedirection();
		http.get().uri("/backoffice/reports").header(HttpHeaders.COOKIE, session(BA_BE)).exchange()
			.expectStatus().is3xxRedirection()
			.expectHeader().value(HttpHeaders.LOCATION, location -> assertThat(location).contains("/backoffice/reports/year-end?unit=061&year="));
	}

	@Test
	void aUnitNotValidInTheYearIsExplainedNotFailed() {
		Document page = Jsoup.parse(page("/backoffice/reports/year-end?unit=06&year=2025", PROVINCE, 404));
		assertThat(page.select(".alert--error").text()).contains("Đơn vị 06 không có hiệu lực vào cuối năm 2025");
	}

	@Test
	void theDownloadedFilesOpenAndCarryTheFigures() throws IOException {
		byte[] docx = http.get().uri("/backoffice/reports/year-end.docx?unit=06&year=2022&lang=vi")
			.header(HttpHeaders.COOKIE, session(PROVINCE))
			.exchange()
			.expectStatus().isOk()
			.expectHeader().contentType(ReportFormat.DOCX.contentType())
			.expectHeader().value(HttpHeaders.CONTENT_DISPOSITION, value -> assertThat(value).contains("bao-cao-tong-ket-06-2022.docx"))
			.expectBody(byte[].class).returnResult().getResponseBody();
		try (XWPFWordExtractor word = new XWPFWordExtractor(new XWPFDocument(new ByteArrayInputStream(docx)))) {
			assertThat(word.getText()).contains("7.210 thành viên").contains("166,1%");
		}
		byte[] pdf = http.get().uri("/backoffice/reports/year-end.pdf?unit=061&year=2022&lang=en")
			.header(HttpHeaders.COOKIE, session(BA_BE))
			.exchange()
			.expectStatus().isOk()
			.expectBody(byte[].class).returnResult().getResponseBody();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertThat(new PDFTextStripper().getText(document).replaceAll("\\s+", " ")).contains("Year-end report 2022 — Huyện Ba Bể");
		}
	}

	@Test
	void theApiMapsEveryIndicatorCodeToItsNumberForOfficersOfTheUnit() {
		http.get().uri("/api/v1/reports/year-end?unit=06&year=2022")
			.header(HttpHeaders.COOKIE, session(PROVINCE))
			.exchange()
			.expectStatus().isOk()
			.expectBody()
			.jsonPath("$.unit").isEqualTo("06")
			.jsonPath("$.year").isEqualTo(2022)
			.jsonPath("$.indicators.THT_ACTIVE").isEqualTo(656)
			.jsonPath("$.indicators.THT_MEMBERS").isEqualTo(7210)
			.jsonPath("$.indicators.THT_CHANGE").isEqualTo(287)
			.jsonPath("$.indicators.THT_PLAN_PERCENT").isEqualTo(166.1)
			.jsonPath("$.indicators.HTX_ACTIVE").isEqualTo(353)
			.jsonPath("$.indicators.HTX_MEMBERS").isEqualTo(3600)
			.jsonPath("$.indicators.HTX_NEW").isEqualTo(55)
			.jsonPath("$.indicators.LHHTX_ACTIVE").isEqualTo(2)
			.jsonPath("$.indicators.LHHTX_MEMBERS").isEqualTo(18)
			.jsonPath("$.indicators.PETITIONS_RECEIVED").isEqualTo(8)
			.jsonPath("$.indicators.PETITIONS_ANSWERED").isEqualTo(0)
			.jsonPath("$.indicators.OCOP_TRACEABILITY").isEqualTo(11)
			.jsonPath("$.indicators.OCOP_VALUE_CHAIN").isEqualTo(11)
			.jsonPath("$.indicators.OCOP_QUALITY_SCALE").isEqualTo(10)
			.jsonPath("$.indicators.SUBJECTS_CONSOLIDATED").isEqualTo(25)
			.jsonPath("$.indicators.SUBJECTS_NEW_SUPPORTED").isEqualTo(28)
			.jsonPath("$.indicators.OCOP_EVALUATED").isEqualTo(104)
			.jsonPath("$.indicators.OCOP_UPGRADE_REQUESTS").isEqualTo(3)
			.jsonPath("$.indicators.OCOP_RENEWAL_REQUESTS").isEqualTo(42)
			.jsonPath("$.indicators.OCOP_FIRST_TIME").isEqualTo(59)
			.jsonPath("$.indicators.OCOP_UPGRADED").isEqualTo(3)
			.jsonPath("$.indicators.OCOP_RENEWED").isEqualTo(41)
			.jsonPath("$.indicators.OCOP_NEW_RECOGNISED").isEqualTo(53)
			.jsonPath("$.indicators.OCOP_NEW_4STAR").isEqualTo(5)
			.jsonPath("$.indicators.OCOP_CERTIFIED_5STAR").isEqualTo(0)
			.jsonPath("$.notAvailable").value(codes -> assertThat(String.valueOf(codes)).doesNotContain("THT_ACTIVE",
					"PETITIONS_RECEIVED", "OCOP_EVALUATED", "OCOP_RENEWED", "OCOP_TRACEABILITY", "SUBJECTS_NEW_SUPPORTED"));
		http.get().uri("/api/v1/reports/year-end?unit=06&year=2022").exchange().expectStatus().isUnauthorized();
		http.get().uri("/api/v1/reports/year-end?unit=06&year=2022").header(HttpHeaders.COOKIE, session(BA_BE))
			.exchange().expectStatus().isForbidden();
		http.get().uri("/api/v1/reports/year-end?unit=06&year=2031").header(HttpHeaders.COOKIE, session(PROVINCE))
			.header(HttpHeaders.ACCEPT_LANGUAGE, "en")
			.exchange()
			.expectStatus().isNotFound()
			.expectBody(String.class).value(body -> assertThat(body).contains("There is no report for 2031: the year must be from 1990 to"));
	}

	@Test
	void theCatalogueIsOpenWithNamesInBothLanguages() {
		http.get().uri("/api/v1/indicators").exchange()
			.expectStatus().isOk()
			.expectBody()
			.jsonPath("$[?(@.code == 'THT_ACTIVE')].name.vi").isEqualTo("Tổ hợp tác đang hoạt động")
			.jsonPath("$[?(@.code == 'THT_ACTIVE')].name.en").isEqualTo("Cooperative groups in operation")
			.jsonPath("$[?(@.code == 'THT_PLAN_PERCENT')].unit.vi").isEqualTo("%")
			.jsonPath("$[?(@.code == 'THT_ACTIVE')].available").isEqualTo(true)
			.jsonPath("$[?(@.code == 'OCOP_TRACEABILITY')].available").isEqualTo(true)
			.jsonPath("$[?(@.code == 'OCOP_TRACEABILITY')].name.vi").isEqualTo("Sản phẩm OCOP được truy xuất nguồn gốc theo quy trình")
			.jsonPath("$[?(@.code == 'SUBJECTS_NEW_SUPPORTED')].name.en").isEqualTo("New OCOP subjects supported")
			.jsonPath("$[?(@.code == 'SUBJECTS_CONSOLIDATED')].unit.vi").isEqualTo("chủ thể")
			.jsonPath("$[?(@.code == 'OCOP_EVALUATED')].available").isEqualTo(true)
			.jsonPath("$[?(@.code == 'OCOP_CERTIFIED_4STAR')].available").isEqualTo(true)
			.jsonPath("$[?(@.code == 'THT_CHANGE')].plannable").isEqualTo(false);
	}

	@Test
	void everyoneSeesThePublicStatisticsAndDownloadsTheOpenData() {
		String html = http.get().uri("/thong-ke?year=2022").exchange().expectStatus().isOk()
			.expectBody(String.class).returnResult().getResponseBody();
		Document page = Jsoup.parse(html);
		assertThat(page.select(".stat-card__value").eachText()).startsWith("656", "7.210", "353", "3.600", "55");
		assertThat(page.select(".report-chart img")).hasSize(5);
		assertThat(page.select("a[href*=du-lieu.csv]")).isNotEmpty();

		byte[] csv = http.get().uri("/thong-ke/du-lieu.csv?year=2022").exchange().expectStatus().isOk()
			.expectBody(byte[].class).returnResult().getResponseBody();
		String text = new String(csv, StandardCharsets.UTF_8);
		assertThat(text).startsWith("\ufeffyear,date,unit_code,unit_name,parent_code,indicator,value")
			.contains("2022,2022-12-31,06,Tỉnh Bắc Kạn,,THT_ACTIVE,656")
			.contains("2022,2022-12-31,06,Tỉnh Bắc Kạn,,OCOP_TRACEABILITY,11")
			.contains("2022,2022-12-31,06,Tỉnh Bắc Kạn,,SUBJECTS_NEW_SUPPORTED,28")
			.contains("2022,2022-12-31,061,Huyện Ba Bể,06,HTX_ACTIVE,")
			.doesNotContain("PLAN_PERCENT");
		http.get().uri("/thong-ke/du-lieu.json?year=2022&unit=061").exchange().expectStatus().isOk()
			.expectBody()
			.jsonPath("$.unit").isEqualTo("061")
			.jsonPath("$.rows[0].unit_name").isEqualTo("Huyện Ba Bể");
		http.get().uri("/thong-ke/du-lieu.json?year=2022&unit=01").exchange().expectStatus().isNotFound();
	}

	@Test
	void menusLeadToTheReportsForOfficersOnly() throws Exception {
		mvc.perform(get("/backoffice").with(authentication(BA_BE))).andExpect(status().isOk())
			.andExpect(result -> assertThat(result.getResponse().getContentAsString()).contains("/backoffice/reports/year-end"));
		mvc.perform(get("/backoffice").with(authentication(REPRESENTATIVE))).andExpect(status().isOk())
			.andExpect(result -> assertThat(result.getResponse().getContentAsString()).doesNotContain("/backoffice/reports/year-end"));
	}

	private String page(String path, Authentication person, int status) {
		return http.get().uri(path).header(HttpHeaders.COOKIE, session(person)).exchange()
			.expectStatus().isEqualTo(status)
			.expectBody(String.class).returnResult().getResponseBody();
	}

	private String session(Authentication person) {
		return "OCOPSESSION=" + SignedInSessions.store(sessions, person);
	}

}
