package vn.ocop.portal.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.MockMvc;

import vn.ocop.portal.support.Officials;

/**
 * The petitions indicators are computed from petition records built here, as they stood on the
 * report's date: a first year (2019) with one petition of each fate (answered on time and published,
 * answered late, overdue, received days before the year's end and answered the next January,
 * rejected), and a second, differently shaped year (2020: one department, an answer on its very
 * deadline, one published only the next year, one answered late after the year's end, one accepted
 * without a department, one forwarded, one closed). They appear in the report's prose in both
 * languages, its tables, the three files and the API; a district, and a year without petitions,
 * show "not yet available", never 0 — as do the OCOP indicators no module measures yet.
 */
@ReportingIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PetitionIndicatorsIntegrationTests {

	private static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

	private static final Authentication PROVINCE = Officials.provincialOfficer("Cán bộ tỉnh Bắc Kạn", "06");

	@Autowired
	JdbcClient jdbc;

	@Autowired
	YearEndReports reports;

	@Autowired
	YearEndReportWriter writer;

	@Autowired
	YearEndDocuments documents;

	@Autowired
	MockMvc mvc;

	@BeforeAll
	void petitionsOfTwoYears() {
		jdbc.sql("DELETE FROM petitions_petition WHERE title LIKE 'Kiểm thử báo cáo%'").update();
		// 2019: one of each fate
		petition("KN.20190304.0901", "SO-NNPTNT", "PUBLISHED", "2019-03-04", "2019-03-25", "2019-03-20", "2019-03-28");
		petition("KN.20190506.0902", "SO-TC", "ANSWERED", "2019-05-06", "2019-05-27", "2019-06-10", null);
		petition("KN.20191104.0903", "CUC-THUE", "ASSIGNED", "2019-11-04", "2019-11-25", null, null);
		petition("KN.20191220.0904", "SO-NNPTNT", "ANSWERED", "2019-12-20", "2020-01-10", "2020-01-08", null);
		petition("KN.20190701.0905", null, "REJECTED", "2019-07-01", null, null, null);
		// 2020: differently shaped
		petition("KN.20200203.0911", "SO-CT", "PUBLISHED", "2020-02-03", "2020-02-24", "2020-02-24", "2020-03-01");
		petition("KN.20200210.0912", "SO-CT", "PUBLISHED", "2020-02-10", "2020-03-02", "2020-02-20", "2021-01-05");
		petition("KN.20201001.0913", "SO-CT", "ANSWERED", "2020-10-01", "2020-10-22", "2021-01-15", null);
		petition("KN.20201201.0914", null, "ACCEPTED", "2020-12-01", "2020-12-22", null, null);
		petition("KN.20200601.0915", null, "FORWARDED", "2020-06-01", null, null, null);
		petition("KN.20200808.0916", "SO-CT", "CLOSED", "2020-08-08", "2020-08-31", "2020-08-20", null);
	}

	@Test
	void eachYearIsCountedAsItsPetitionsStoodOnItsLastDay() {
		YearEndFigures first = reports.figures("06", 2019);
		assertThat(first.value("PETITIONS_RECEIVED")).isEqualByComparingTo("5");
		assertThat(first.value("PETITIONS_ANSWERED")).isEqualByComparingTo("2");
		assertThat(first.value("PETITIONS_ANSWERED_ON_TIME")).isEqualByComparingTo("1");
		assertThat(first.value("PETITIONS_OVERDUE")).isEqualByComparingTo("1");
		assertThat(first.value("PETITIONS_PUBLISHED")).isEqualByComparingTo("1");

		YearEndFigures second = reports.figures("06", 2020);
		assertThat(second.value("PETITIONS_RECEIVED")).isEqualByComparingTo("6");
		assertThat(second.value("PETITIONS_ANSWERED")).isEqualByComparingTo("3");
		assertThat(second.value("PETITIONS_ANSWERED_ON_TIME")).isEqualByComparingTo("3");
		assertThat(second.value("PETITIONS_OVERDUE")).isEqualByComparingTo("2");
		assertThat(second.value("PETITIONS_PUBLISHED")).isEqualByComparingTo("1");
		assertThat(second.computation().previousValue("06", "PETITIONS_RECEIVED")).isEqualByComparingTo("5");
	}

	@Test
	void aDistrictAndAYearWithoutPetitionsHaveNoValueNotZero() {
		YearEndFigures figures = reports.figures("06", 2019);
		assertThat(figures.value("061", "PETITIONS_RECEIVED")).isNull();
		assertThat(reports.figures("06", 2018).value("PETITIONS_RECEIVED")).isNull();

		String text = YearEndFiguresIntegrationTests.text(writer.write(reports.figures("061", 2019), VIETNAMESE));
		assertThat(text).contains("Số liệu kiến nghị của Huyện Ba Bể năm 2019: chưa có số liệu.");
		String english = YearEndFiguresIntegrationTests.text(writer.write(reports.figures("06", 2018), Locale.ENGLISH));
		assertThat(english).contains("Petitions of Tỉnh Bắc Kạn in 2018: not yet available.");
	}

	@Test
	void theReportStatesThemInVietnameseAndEnglishWithATable() {
		ReportDocument vietnamese = writer.write(reports.figures("06", 2020), VIETNAMESE);
		assertThat(YearEndFiguresIntegrationTests.text(vietnamese))
			.contains("IV. Tiếp nhận và trả lời kiến nghị")
			.contains("Trong năm 2020, tỉnh đã tiếp nhận 6 kiến nghị; đến ngày 31/12/2020 đã trả lời 3 kiến nghị, trong đó 3 kiến nghị trả lời đúng hạn (100,0% số đã trả lời); 2 kiến nghị đã quá hạn mà chưa được trả lời; 1 nội dung trả lời đã được công khai trên Cổng thông tin. Năm 2019 tỉnh tiếp nhận 5 kiến nghị.")
			.contains("V. Chương trình Mỗi xã một sản phẩm (OCOP)");
		ReportDocument.Table table = vietnamese.blocks().stream()
			.filter(ReportDocument.Table.class::isInstance).map(ReportDocument.Table.class::cast)
			.filter(one -> one.caption().equals("Bảng 5. Tiếp nhận và trả lời kiến nghị năm 2020"))
			.findFirst().orElseThrow();
		assertThat(table.rows().get(0)).extracting(ReportDocument.Cell::text)
			.containsExactly("Kiến nghị tiếp nhận", "5", "6", "+1");
		assertThat(table.rows().get(3)).extracting(ReportDocument.Cell::text)
			.containsExactly("Kiến nghị quá hạn chưa trả lời", "1", "2", "+1");

		String english = YearEndFiguresIntegrationTests.text(writer.write(reports.figures("06", 2019), Locale.ENGLISH));
		assertThat(english).contains("Petitions received by the province in 2019: 5; answered by 31/12/2019: 2, of which on time: 1 (50.0% of those answered); past their deadline without an answer: 1; answers published on the portal: 1.");
	}

	@Test
	void theFilesCarryThePetitionsAndTheOcopIndicatorsAsNotYetAvailable() throws IOException {
		ReportDocument document = documents.document("06", 2019, VIETNAMESE);

		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes(document, ReportFormat.XLSX)))) {
			Sheet petitions = workbook.getSheet("Kiến nghị");
			assertThat(petitions).isNotNull();
			DataFormatter vietnamese = new DataFormatter(VIETNAMESE);
			Row received = row(petitions, "Kiến nghị tiếp nhận");
			assertThat(received.getCell(2).getNumericCellValue()).isEqualTo(5);
			assertThat(vietnamese.formatCellValue(received.getCell(1))).isEqualTo("chưa có số liệu");
			// no OCOP application was decided in 2019 in the demo: not available either, never 0
			Row ocop = row(workbook.getSheet("Chỉ tiêu"), "OCOP_EVALUATED");
			assertThat(ocop.getCell(4).getStringCellValue()).isEqualTo("chưa có số liệu");
		}
		try (XWPFDocument word = new XWPFDocument(new ByteArrayInputStream(bytes(document, ReportFormat.DOCX)));
				XWPFWordExtractor extractor = new XWPFWordExtractor(word)) {
			assertThat(extractor.getText()).contains("tỉnh đã tiếp nhận 5 kiến nghị").contains("Bảng 5. Tiếp nhận và trả lời kiến nghị năm 2019");
		}
		try (PDDocument pdf = Loader.loadPDF(bytes(document, ReportFormat.PDF))) {
			String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
			assertThat(text).contains("tỉnh đã tiếp nhận 5 kiến nghị").contains("chưa có số liệu");
		}
	}

	@Test
	void theApiGivesTheNumbersAndNamesWhatIsNotYetAvailable() throws Exception {
		mvc.perform(get("/api/v1/reports/year-end").param("unit", "06").param("year", "2019").with(authentication(PROVINCE)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.indicators.PETITIONS_RECEIVED").value(5))
			.andExpect(jsonPath("$.indicators.PETITIONS_ANSWERED").value(2))
			.andExpect(jsonPath("$.indicators.PETITIONS_ANSWERED_ON_TIME").value(1))
			.andExpect(jsonPath("$.indicators.PETITIONS_OVERDUE").value(1))
			.andExpect(jsonPath("$.indicators.PETITIONS_PUBLISHED").value(1))
			.andExpect(jsonPath("$.indicators.OCOP_EVALUATED").doesNotExist())
			.andExpect(jsonPath("$.indicators", org.hamcrest.Matchers.hasKey("OCOP_EVALUATED")))
			.andExpect(jsonPath("$.indicators", org.hamcrest.Matchers.hasKey("SUBJECTS_NEW_SUPPORTED")))
			.andExpect(jsonPath("$.notAvailable", org.hamcrest.Matchers.hasItems("OCOP_EVALUATED", "OCOP_NEW_4STAR")))
			.andExpect(jsonPath("$.notAvailable", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem("SUBJECTS_NEW_SUPPORTED"))))
			.andExpect(jsonPath("$.notAvailable", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem("PETITIONS_RECEIVED"))))
			.andExpect(jsonPath("$.notAvailable", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem("THT_ACTIVE"))));
		mvc.perform(get("/api/v1/reports/year-end").param("unit", "061").param("year", "2019").with(authentication(PROVINCE)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.notAvailable", org.hamcrest.Matchers.hasItems("PETITIONS_RECEIVED", "PETITIONS_PUBLISHED")));
		mvc.perform(get("/api/v1/indicators"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.code == 'PETITIONS_RECEIVED')].available").value(true))
			.andExpect(jsonPath("$[?(@.code == 'OCOP_TRACEABILITY')].available").value(true))
			.andExpect(jsonPath("$[?(@.code == 'OCOP_EVALUATED')].name.vi").value("Sản phẩm được đánh giá cấp tỉnh"));
	}

	private void petition(String code, String lead, String status, String received, String deadline, String answered,
			String published) {
		LocalDate on = LocalDate.parse(received);
		jdbc.sql("""
				INSERT INTO petitions_petition (code, channel, petitioner_kind, petitioner_name, topic_code, title, content, status,
				  received_on, received_at, forward_deadline, lead_department, answer_deadline, answer_text, answered_on,
				  published_at, search_text, updated_at)
				VALUES (:code, 'ONLINE', 'PERSON', 'Người kiến nghị', 'LOANS', :title, 'Nội dung', :status, :received, :receivedAt,
				  :received, :lead, :deadline, :answer, :answered, :published, :code, now())
				""")
			.param("code", code)
			.param("title", "Kiểm thử báo cáo " + code)
			.param("status", status)
			.param("received", on)
			.param("receivedAt", on.atTime(9, 0).atOffset(ZoneOffset.ofHours(7)))
			.param("lead", lead)
			.param("deadline", deadline == null ? null : LocalDate.parse(deadline))
			.param("answer", answered == null ? null : "Trả lời")
			.param("answered", answered == null ? null : LocalDate.parse(answered))
			.param("published", published == null ? null
					: OffsetDateTime.of(LocalDate.parse(published).atTime(10, 0), ZoneOffset.ofHours(7)))
			.update();
	}

	private byte[] bytes(ReportDocument document, ReportFormat format) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		documents.write(document, format, out);
		return out.toByteArray();
	}

	private static Row row(Sheet sheet, String first) {
		for (Row row : sheet) {
			if (row.getCell(0) != null && first.equals(row.getCell(0).toString())) {
				return row;
			}
		}
		throw new AssertionError("no row " + first + " in " + sheet.getSheetName());
	}

}
