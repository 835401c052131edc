package vn.ocop.portal.importing;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.stereotype.Component;

import vn.ocop.portal.shared.web.Languages;

/**
 * The downloadable problem report of a job: sheet, row, column, value, and the reason in
 * Vietnamese and in English. CSV in UTF-8 with a byte-order mark (Excel opens it right) or XLSX
 * (written by POI's streaming writer, a hundred rows in memory at a time).
 */
@Component
class ProblemReports {

	private static final byte[] BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

	private static final List<String> COLUMNS = List.of("importing.report.sheet", "importing.report.row",
			"importing.report.column", "importing.report.value", "importing.report.reasonVi", "importing.report.reasonEn");

	private final Imports imports;

	private final ImportMessages messages;

	ProblemReports(Imports imports, ImportMessages messages) {
		this.imports = imports;
		this.messages = messages;
	}

	void csv(ImportJobView job, Locale locale, OutputStream out) throws IOException {
		out.write(BOM);
		Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
		CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180);
		printer.printRecord(COLUMNS.stream().map(key -> messages.text(key, null, locale)).toList());
		imports.eachProblem(job, problem -> {
			try {
				printer.printRecord(values(problem));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		});
		printer.flush();
	}

	void xlsx(ImportJobView job, Locale locale, OutputStream out) throws IOException {
		SXSSFWorkbook workbook = new SXSSFWorkbook(100);
		try {
			SXSSFSheet sheet = workbook.createSheet(messages.text("importing.report.sheetName", null, locale));
			Font bold = workbook.createFont();
			bold.setBold(true);
			CellStyle header = workbook.createCellStyle();
			header.setFont(bold);
			Row headerRow = sheet.createRow(0);
			for (int c = 0; c < COLUMNS.size(); c++) {
				headerRow.createCell(c).setCellValue(messages.text(COLUMNS.get(c), null, locale));
				headerRow.getCell(c).setCellStyle(header);
			}
			int[] next = { 1 };
			imports.eachProblem(job, problem -> {
				Row row = sheet.createRow(next[0]++);
				List<String> values = values(problem);
				for (int c = 0; c < values.size(); c++) {
					if (c == 1 && problem.row() != null) {
						row.createCell(c).setCellValue(problem.row());
					}
					else {
						row.createCell(c).setCellValue(values.get(c));
					}
				}
			});
			int[] widths = { 18, 8, 20, 30, 70, 70 };
			for (int c = 0; c < widths.length; c++) {
				sheet.setColumnWidth(c, widths[c] * 256);
			}
			sheet.createFreezePane(0, 1);
			workbook.write(out);
		}
		finally {
			workbook.dispose();
			workbook.close();
		}
	}

	private List<String> values(ImportProblem problem) {
		return List.of(problem.sheet(), problem.row() == null ? "" : problem.row().toString(),
				problem.column() == null ? "" : problem.column(), problem.value() == null ? "" : problem.value(),
				messages.problem(problem, Languages.VIETNAMESE), messages.problem(problem, Languages.ENGLISH));
	}

}
