package vn.ocop.portal.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The year-end report of province 06 for 2022 as files: the DOCX, XLSX and PDF open when parsed,
 * carry the seed's figures in the Vietnamese way of writing numbers (and the English way in the
 * English files), and the PDF's text comes out with its Vietnamese diacritics intact.
 */
@ReportingIntegrationTest
class YearEndDocumentsIntegrationTests {

	private static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

	@Autowired
	YearEndDocuments documents;

	@Test
	void theWordDocumentOpensWithTheSeedFiguresInVietnameseFormat() throws IOException {
		byte[] docx = bytes(documents.document("06", 2022, VIETNAMESE), ReportFormat.DOCX);

		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx));
				XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
			String text = extractor.getText();
			assertThat(text).contains("Báo cáo tổng kết năm 2022 — Tỉnh Bắc Kạn")
				.contains("656 tổ hợp tác (THT) đang hoạt động với 7.210 thành viên, tăng 287")
				.contains("đạt 166,1% kế hoạch năm")
				.contains("353 hợp tác xã (HTX) đang hoạt động với 3.600 thành viên")
				.contains("Huyện Ba Bể")
				.contains("Trong năm 2022, trên địa bàn tỉnh Bắc Kạn có 11 sản phẩm OCOP được hỗ trợ truy xuất nguồn gốc theo quy trình, 11 sản phẩm sản xuất theo chuỗi giá trị và 10 sản phẩm được nâng cao chất lượng, mở rộng quy mô; 25 chủ thể OCOP giai đoạn 2018–2020 được củng cố và 28 chủ thể mới được hỗ trợ.");
			assertThat(document.getTables()).hasSizeGreaterThanOrEqualTo(5);
			assertThat(document.getAllPictures()).hasSize(5);
		}
	}

	@Test
	void theWorkbookOpensWithNumbersAsNumbersAndTheTextInVietnamese() throws IOException {
		byte[] xlsx = bytes(documents.document("06", 2022, VIETNAMESE), ReportFormat.XLSX);

		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			assertThat(workbook.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).isEqualTo("Báo cáo tổng kết năm 2022 — Tỉnh Bắc Kạn");
			Sheet indicators = workbook.getSheet("Chỉ tiêu");
			Row tht = row(indicators, "THT_ACTIVE");
			assertThat(tht.getCell(4).getCellType()).isEqualTo(CellType.NUMERIC);
			assertThat(tht.getCell(4).getNumericCellValue()).isEqualTo(656);
			assertThat(tht.getCell(7).getNumericCellValue()).isEqualTo(1.661);
			DataFormatter vietnamese = new DataFormatter(VIETNAMESE);
			assertThat(vietnamese.formatCellValue(row(indicators, "THT_MEMBERS").getCell(4))).isEqualTo("7.210");
			assertThat(vietnamese.formatCellValue(tht.getCell(7))).isEqualTo("166,1%");
			assertThat(workbook.getSheet("Theo đơn vị").getLastRowNum()).isEqualTo(2 + 8);
			assertThat(row(indicators, "OCOP_TRACEABILITY").getCell(4).getNumericCellValue()).isEqualTo(11);
			assertThat(row(indicators, "SUBJECTS_NEW_SUPPORTED").getCell(4).getNumericCellValue()).isEqualTo(28);
			Sheet support = workbook.getSheet("Hỗ trợ OCOP");
			assertThat(support.getLastRowNum()).isEqualTo(2 + 8);
			Row whole = support.getRow(support.getLastRowNum());
			assertThat(whole.getCell(1).getNumericCellValue()).isEqualTo(11);
			assertThat(whole.getCell(3).getNumericCellValue()).isEqualTo(10);
			assertThat(whole.getCell(4).getNumericCellValue()).isEqualTo(25);
		}
	}

	@Test
	void thePdfOpensAndItsTextKeepsTheVietnameseDiacriticsAndTheFigures() throws IOException {
		byte[] pdf = bytes(documents.document("06", 2022, VIETNAMESE), ReportFormat.PDF);

		try (PDDocument document = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(document);
			String flat = text.replaceAll("\\s+", " ");
			assertThat(flat).contains("Báo cáo tổng kết năm 2022 — Tỉnh Bắc Kạn")
				.contains("Đến ngày 31/12/2022, trên địa bàn tỉnh Bắc Kạn có 656 tổ hợp tác (THT) đang hoạt động với 7.210 thành viên")
				.contains("đạt 166,1% kế hoạch năm")
				.contains("Kết quả phát triển kinh tế tập thể")
				.contains("Huyện Ngân Sơn")
				.contains("Liên hiệp hợp tác xã")
				.contains("Trong năm 2022, trên địa bàn tỉnh Bắc Kạn có 11 sản phẩm OCOP được hỗ trợ truy xuất nguồn gốc theo quy trình, 11 sản phẩm sản xuất theo chuỗi giá trị và 10 sản phẩm được nâng cao chất lượng, mở rộng quy mô; 25 chủ thể OCOP giai đoạn 2018–2020 được củng cố và 28 chủ thể mới được hỗ trợ.");
			List<String> fonts = new ArrayList<>();
			for (var page : document.getPages()) {
				for (var name : page.getResources().getFontNames()) {
					PDFont font = page.getResources().getFont(name);
					fonts.add(font.getName());
					assertThat(font.isEmbedded()).isTrue();
				}
			}
			assertThat(fonts).anyMatch(name -> name.contains("DejaVuSans"));
		}
	}

	@Test
	void theEnglishFilesWriteTheFiguresTheEnglishWay() throws IOException {
		byte[] pdf = bytes(documents.document("06", 2022, Locale.ENGLISH), ReportFormat.PDF);

		try (PDDocument document = Loader.loadPDF(pdf)) {
			String flat = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
			assertThat(flat).contains("Year-end report 2022 — Tỉnh Bắc Kạn")
				.contains("656 cooperative groups (THT) in operation with 7,210 members")
				.contains("166.1% of the plan for the year")
				.contains("In 2022, Tỉnh Bắc Kạn supported 11 OCOP products in making their process traceable, 11 products made in value chains and 10 products in improving their quality and scale; 25 OCOP subjects of the 2018–2020 phase were consolidated and 28 new subjects were supported.");
		}
		assertThat(YearEndDocuments.fileName("06", 2022, Locale.ENGLISH, ReportFormat.PDF)).isEqualTo("year-end-report-06-2022.pdf");
		assertThat(YearEndDocuments.fileName("06", 2022, VIETNAMESE, ReportFormat.DOCX)).isEqualTo("bao-cao-tong-ket-06-2022.docx");
	}

	private byte[] bytes(ReportDocument document, ReportFormat format) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		documents.write(document, format, out);
		return out.toByteArray();
	}

	private static Row row(Sheet sheet, String code) {
		for (Row row : sheet) {
			Cell first = row.getCell(0);
			if (first != null && first.getCellType() == CellType.STRING && first.getStringCellValue().equals(code)) {
				return row;
			}
		}
		throw new AssertionError("No row " + code + " in sheet " + sheet.getSheetName());
	}

}
