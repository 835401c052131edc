package vn.ocop.portal.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.ocop.portal.certification.CertificationManagement;
import vn.ocop.portal.certification.DecisionOrder;
import vn.ocop.portal.certification.IssuerLevel;
import vn.ocop.portal.certification.RecognitionKind;
import vn.ocop.portal.certification.RecognitionRow;
import vn.ocop.portal.ocop.ApplicationKind;
import vn.ocop.portal.ocop.OcopEvaluationHistory;
import vn.ocop.portal.ocop.OcopEvaluationHistory.PastResult;
import vn.ocop.portal.ocop.OcopEvaluationHistory.PastRound;
import vn.ocop.portal.support.OcopCertificateFixtures;

/**
 * The OCOP evaluation and certificate indicators in the report's files (province 06, 2022, from
 * the demo's two rounds of 2022), and a second, differently shaped data set built here: a round of
 * 2016 (a year the demo has none) in two districts, with an upgrade that moves a product from 3★ to
 * 4★, a renewal that is not recognised, first-time products recognised at 3★ and 4★ and one that is
 * not, one decided only the next January; the figures and the certificates valid at the year's end
 * follow exactly, per district and for the province.
 */
@ReportingIntegrationTest
class OcopIndicatorsIntegrationTests {

	private static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

	@Autowired
	YearEndReports reports;

	@Autowired
	YearEndReportWriter writer;

	@Autowired
	YearEndDocuments documents;

	@Autowired
	OcopEvaluationHistory history;

	@Autowired
	CertificationManagement certification;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theFilesOf2022CarryTheOcopFiguresInBothLanguages() throws IOException {
		ReportDocument document = documents.document("06", 2022, VIETNAMESE);
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes(document, ReportFormat.XLSX)))) {
			Sheet ocop = workbook.getSheet("OCOP");
			assertThat(ocop).isNotNull();
			assertThat(row(ocop, "Sản phẩm được đánh giá cấp tỉnh").getCell(2).getNumericCellValue()).isEqualTo(104);
			assertThat(row(ocop, "Sản phẩm công nhận mới đạt 4 sao").getCell(2).getNumericCellValue()).isEqualTo(5);
			assertThat(row(workbook.getSheet("Chỉ tiêu"), "OCOP_RENEWED").getCell(4).getNumericCellValue()).isEqualTo(41);
		}
		try (XWPFDocument word = new XWPFDocument(new ByteArrayInputStream(bytes(document, ReportFormat.DOCX)));
				XWPFWordExtractor extractor = new XWPFWordExtractor(word)) {
			assertThat(extractor.getText()).contains("đánh giá, phân hạng 104 sản phẩm")
				.contains("Bảng 6. Đánh giá, công nhận sản phẩm OCOP năm 2022");
		}
		try (PDDocument pdf = Loader.loadPDF(bytes(documents.document("06", 2022, Locale.ENGLISH), ReportFormat.PDF))) {
			String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
			assertThat(text).contains("rated 104 products").contains("Table 6. OCOP evaluation and recognition in 2022");
		}
	}

	@Test
	void aRoundOf2016InTwoDistrictsGivesExactlyWhatItDecided() {
		OcopCertificateFixtures fixtures = new OcopCertificateFixtures(jdbc, certification);
		YearEndFigures before = reports.figures("06", 2016);
		assertThat(before.value("OCOP_EVALUATED")).isNull();
		BigDecimal fourStarBefore = before.value("OCOP_CERTIFIED_4STAR");

		long upgraded = fixtures.registerProduct("Miến dong nâng hạng", "061", null, "TP-06");
		long notRenewed = fixtures.registerProduct("Chè không đạt lại", "061", null, "TP-11");
		long newThree = fixtures.registerProduct("Mật ong mới", "061", null, "TP-04");
		long newFour = fixtures.registerProduct("Gạo nếp mới", "062", null, "TP-06");
		long notNew = fixtures.registerProduct("Rượu chưa đạt", "062", null, "TP-04");
		long nextJanuary = fixtures.registerProduct("Bánh đợt sau", "062", null, "TP-04");
		fixtures.recognise(upgraded, 3, RecognitionKind.FIRST_TIME, LocalDate.of(2014, 3, 1));
		fixtures.recognise(notRenewed, 3, RecognitionKind.FIRST_TIME, LocalDate.of(2013, 12, 1));

		int number = 90 + (int) (System.nanoTime() % 9);
		String decision = "QĐ-" + fixtures.token + "-2016";
		history.record(new PastRound("06", 2016, number, "1048/2019", LocalDate.of(2016, 11, 30), decision, LocalDate.of(2016, 12, 14)),
				List.of(new PastResult(upgraded, ApplicationKind.UPGRADE, 4, new BigDecimal("72.00")),
						new PastResult(notRenewed, ApplicationKind.RE_RATING, null, new BigDecimal("45.00")),
						new PastResult(newThree, ApplicationKind.FIRST_TIME, 3, new BigDecimal("58.00")),
						new PastResult(newFour, ApplicationKind.FIRST_TIME, 4, new BigDecimal("74.00")),
						new PastResult(notNew, ApplicationKind.FIRST_TIME, null, new BigDecimal("41.00"))));
		certification.recognise(new DecisionOrder(decision, LocalDate.of(2016, 12, 14), IssuerLevel.PROVINCE, "Chủ tịch UBND tỉnh"),
				List.of(new RecognitionRow(upgraded, 4, RecognitionKind.UPGRADE, new BigDecimal("72.00")),
						new RecognitionRow(newThree, 3, RecognitionKind.FIRST_TIME, new BigDecimal("58.00")),
						new RecognitionRow(newFour, 4, RecognitionKind.FIRST_TIME, new BigDecimal("74.00"))));
		// decided on 10/01/2017: not in 2016
		history.record(new PastRound("06", 2016, number + 1, "1048/2019", LocalDate.of(2016, 12, 28), decision + "b",
				LocalDate.of(2017, 1, 10)), List.of(new PastResult(nextJanuary, ApplicationKind.FIRST_TIME, 3, new BigDecimal("60.00"))));

		YearEndFigures after = reports.figures("06", 2016);
		Map<String, Integer> province = Map.of("OCOP_EVALUATED", 5, "OCOP_UPGRADE_REQUESTS", 1, "OCOP_RENEWAL_REQUESTS", 1,
				"OCOP_FIRST_TIME", 3, "OCOP_UPGRADED", 1, "OCOP_RENEWED", 0, "OCOP_NEW_RECOGNISED", 2, "OCOP_NEW_4STAR", 1);
		province.forEach((code, value) -> assertThat(after.value(code)).as(code).isEqualByComparingTo(BigDecimal.valueOf(value)));
		assertThat(after.value("061", "OCOP_EVALUATED")).isEqualByComparingTo("3");
		assertThat(after.value("061", "OCOP_UPGRADED")).isEqualByComparingTo("1");
		assertThat(after.value("061", "OCOP_NEW_4STAR")).isEqualByComparingTo("0");
		assertThat(after.value("062", "OCOP_FIRST_TIME")).isEqualByComparingTo("2");
		assertThat(after.value("062", "OCOP_NEW_4STAR")).isEqualByComparingTo("1");
		assertThat(after.value("058", "OCOP_EVALUATED")).isEqualByComparingTo("0");
		// valid on 31/12/2016: the upgrade's 4★ replaced its 3★, the new 4★; the 2013 one expired
		assertThat(after.value("OCOP_CERTIFIED_4STAR").subtract(fourStarBefore == null ? BigDecimal.ZERO : fourStarBefore))
			.isEqualByComparingTo("2");
		assertThat(after.value("062", "OCOP_CERTIFIED_4STAR")).isEqualByComparingTo("1");
		assertThat(after.value("061", "OCOP_CERTIFIED_3STAR")).isEqualByComparingTo("1");

		String text = YearEndFiguresIntegrationTests.text(writer.write(after, VIETNAMESE));
		assertThat(text).contains("đánh giá, phân hạng 5 sản phẩm")
			.contains("1 sản phẩm được nâng hạng sao; 0 sản phẩm được công nhận lại (1 sản phẩm không được công nhận lại); 2 sản phẩm được công nhận mới (1 sản phẩm chưa đạt), gồm 1 sản phẩm 4 sao và 1 sản phẩm 3 sao");
		String none = YearEndFiguresIntegrationTests.text(writer.write(reports.figures("06", 2015), Locale.ENGLISH));
		assertThat(none).contains("No provincial OCOP evaluation results are available for Tỉnh Bắc Kạn in 2015.");
	}

	@Test
	void productsByGroupFollowTheCertificatesValidAtTheYearsEndInEachDistrict() {
		OcopCertificateFixtures fixtures = new OcopCertificateFixtures(jdbc, certification);
		YearEndFigures before = reports.figures("06", 2012);

		// 2012 (no demo certificate): a beverage in Chợ Mới (063) recognised in 2011, valid all 2012;
		// a handicraft and two ornamental products in Chợ Đồn (064) recognised in 2012 (one product
		// upgraded 3★ → 4★ within the year: still one product); a medicinal-herb product whose January 2009
		// certificate had expired; a tourism service recognised only in January 2013
		long beverage = fixtures.registerProduct("Rượu ngô", "063", null, "DU-01");
		long handicraft = fixtures.registerProduct("Giỏ mây", "064", null, "TC-01");
		long flower = fixtures.registerProduct("Lan rừng", "064", null, "SV-01");
		long bonsai = fixtures.registerProduct("Cây cảnh", "064", null, "SV-02");
		long herb = fixtures.registerProduct("Cao dược liệu", "063", null, "DL-01");
		long tourism = fixtures.registerProduct("Du lịch bản", "064", null, "DV-01");
		fixtures.recognise(beverage, 3, RecognitionKind.FIRST_TIME, LocalDate.of(2011, 6, 1));
		fixtures.recognise(handicraft, 4, RecognitionKind.FIRST_TIME, LocalDate.of(2012, 5, 2));
		fixtures.recognise(flower, 3, RecognitionKind.FIRST_TIME, LocalDate.of(2012, 2, 1));
		fixtures.recognise(flower, 4, RecognitionKind.UPGRADE, LocalDate.of(2012, 10, 1));
		fixtures.recognise(bonsai, 3, RecognitionKind.FIRST_TIME, LocalDate.of(2012, 3, 1));
		fixtures.recognise(herb, 3, RecognitionKind.FIRST_TIME, LocalDate.of(2009, 1, 10));
		fixtures.recognise(tourism, 3, RecognitionKind.FIRST_TIME, LocalDate.of(2013, 1, 5));

		YearEndFigures after = reports.figures("06", 2012);
		Map<String, Integer> added = Map.of("OCOP_GROUP_TP", 0, "OCOP_GROUP_DU", 1, "OCOP_GROUP_DL", 0, "OCOP_GROUP_TC", 1,
				"OCOP_GROUP_SV", 2, "OCOP_GROUP_DV", 0, "OCOP_CERTIFIED_3STAR", 2, "OCOP_CERTIFIED_4STAR", 2);
		added.forEach((code, value) -> assertThat(after.value(code).subtract(orZero(before.value(code)))).as(code)
			.isEqualByComparingTo(BigDecimal.valueOf(value)));
		assertThat(after.value("063", "OCOP_GROUP_DU").subtract(orZero(before.value("063", "OCOP_GROUP_DU")))).isEqualByComparingTo("1");
		assertThat(after.value("064", "OCOP_GROUP_SV").subtract(orZero(before.value("064", "OCOP_GROUP_SV")))).isEqualByComparingTo("2");
		assertThat(after.value("064", "OCOP_GROUP_DV").subtract(orZero(before.value("064", "OCOP_GROUP_DV")))).isEqualByComparingTo("0");
		// the districts of 2012 add up to the province, and the groups to the products by star
		BigDecimal groups = BigDecimal.ZERO;
		for (String group : OcopIndicators.GROUPS) {
			String code = OcopIndicators.groupCode(group);
			BigDecimal sum = after.children().stream().map(unit -> orZero(after.value(unit.code().value(), code)))
				.reduce(BigDecimal.ZERO, BigDecimal::add);
			assertThat(sum).as(code).isEqualByComparingTo(after.value(code));
			groups = groups.add(after.value(code));
		}
		assertThat(groups).isEqualByComparingTo(after.value("OCOP_CERTIFIED_3STAR").add(after.value("OCOP_CERTIFIED_4STAR"))
			.add(after.value("OCOP_CERTIFIED_5STAR")));
		// a year with no valid certificate anywhere in the province has no figures, not 0
		assertThat(reports.figures("06", 2008).value("OCOP_GROUP_TP")).isNull();

		ReportDocument vietnamese = writer.write(after, VIETNAMESE);
		ReportDocument.Table byGroup = table(vietnamese, "Bảng 7. Sản phẩm OCOP còn hiệu lực theo nhóm sản phẩm năm 2012");
		assertThat(byGroup.rows()).hasSize(7);
		assertThat(byGroup.rows().get(4).get(0).text()).isEqualTo("Sinh vật cảnh");
		assertThat(byGroup.rows().get(4).get(2).number()).isEqualByComparingTo(after.value("OCOP_GROUP_SV"));
		assertThat(byGroup.rows().get(6).get(2).number()).isEqualByComparingTo(groups);
		ReportDocument.Table byUnit = table(vietnamese,
				"Bảng 8. Sản phẩm OCOP còn hiệu lực theo nhóm sản phẩm và đơn vị hành chính năm 2012 — Tỉnh Bắc Kạn");
		assertThat(byUnit.rows()).hasSize(after.children().size() + 1);
		assertThat(YearEndFiguresIntegrationTests.text(vietnamese)).contains("Phân theo nhóm sản phẩm: ")
			.contains("Sinh vật cảnh " + after.value("OCOP_GROUP_SV").toPlainString() + " sản phẩm");
		assertThat(YearEndFiguresIntegrationTests.text(writer.write(after, Locale.ENGLISH))).contains("By product group: ")
			.contains("Ornamental plants and animals " + after.value("OCOP_GROUP_SV").toPlainString());
	}

	@Test
	void theFilesOf2022CarryTheProductsByGroup() throws IOException {
		YearEndFigures figures = reports.figures("06", 2022);
		BigDecimal food = figures.value("OCOP_GROUP_TP");
		assertThat(food).isGreaterThan(new BigDecimal("50"));
		String foodVi = java.text.NumberFormat.getIntegerInstance(VIETNAMESE).format(food);
		ReportDocument document = documents.document("06", 2022, VIETNAMESE);
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes(document, ReportFormat.XLSX)))) {
			assertThat(row(workbook.getSheet("OCOP theo nhóm"), "Thực phẩm").getCell(2).getNumericCellValue()).isEqualTo(food.doubleValue());
			assertThat(row(workbook.getSheet("Chỉ tiêu"), "OCOP_GROUP_TP").getCell(4).getNumericCellValue()).isEqualTo(food.doubleValue());
			assertThat(workbook.getSheet("OCOP theo đơn vị").getLastRowNum()).isEqualTo(2 + 8);
		}
		try (XWPFDocument word = new XWPFDocument(new ByteArrayInputStream(bytes(document, ReportFormat.DOCX)));
				XWPFWordExtractor extractor = new XWPFWordExtractor(word)) {
			assertThat(extractor.getText()).contains("Phân theo nhóm sản phẩm: Thực phẩm " + foodVi + " sản phẩm")
				.contains("Bảng 7. Sản phẩm OCOP còn hiệu lực theo nhóm sản phẩm năm 2022");
		}
		try (PDDocument pdf = Loader.loadPDF(bytes(documents.document("06", 2022, Locale.ENGLISH), ReportFormat.PDF))) {
			String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
			assertThat(text).contains("By product group: Food " + java.text.NumberFormat.getIntegerInstance(Locale.ENGLISH).format(food))
				.contains("Table 7. Products with a valid OCOP certificate by product group in 2022")
				.contains("Medicinal herbs");
		}
	}

	private static BigDecimal orZero(BigDecimal value) {
		return value == null ? BigDecimal.ZERO : value;
	}

	private static ReportDocument.Table table(ReportDocument document, String caption) {
		return document.blocks().stream()
			.filter(block -> block instanceof ReportDocument.Table table && table.caption().equals(caption))
			.map(ReportDocument.Table.class::cast)
			.findFirst()
			.orElseThrow(() -> new AssertionError("no table " + caption));
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
