package vn.ocop.portal.reporting;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import vn.ocop.portal.reporting.ReportDocument.Block;
import vn.ocop.portal.reporting.ReportDocument.Cell;
import vn.ocop.portal.reporting.ReportDocument.Paragraph;
import vn.ocop.portal.reporting.ReportDocument.Table;

/**
 * Writes a {@link ReportDocument} as a workbook (Apache POI): a first sheet with the title and the
 * paragraphs, then one sheet per table with numbers as numbers (formatted {@code #,##0} and
 * {@code 0.0%}, shown the Vietnamese way by a Vietnamese Excel).
 */
final class XlsxReport {

	private XlsxReport() {
	}

	static void write(ReportDocument report, String summarySheet, OutputStream out) {
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			workbook.getProperties().getCoreProperties().setTitle(report.title());
			Font bold = workbook.createFont();
			bold.setBold(true);
			CellStyle header = workbook.createCellStyle();
			header.setFont(bold);
			header.setWrapText(true);
			CellStyle wrap = workbook.createCellStyle();
			wrap.setWrapText(true);
			CellStyle integer = workbook.createCellStyle();
			integer.setDataFormat(workbook.createDataFormat().getFormat("#,##0"));
			CellStyle percent = workbook.createCellStyle();
			percent.setDataFormat(workbook.createDataFormat().getFormat("0.0%"));
			Set<String> names = new HashSet<>();

			Sheet summary = workbook.createSheet(unique(names, summarySheet));
			summary.setColumnWidth(0, 120 * 256);
			int r = 0;
			text(summary.createRow(r++), report.title(), header);
			text(summary.createRow(r++), report.subtitle(), null);
			for (Block block : report.blocks()) {
				if (block instanceof ReportDocument.Heading heading) {
					r++;
					text(summary.createRow(r++), heading.text(), header);
				}
				else if (block instanceof Paragraph paragraph) {
					text(summary.createRow(r++), paragraph.text(), wrap);
				}
			}
			for (Block block : report.blocks()) {
				if (block instanceof Table table) {
					Sheet sheet = workbook.createSheet(unique(names, table.sheetName()));
					int row = 0;
					text(sheet.createRow(row++), table.caption(), header);
					Row headers = sheet.createRow(row++);
					List<String> titles = table.headers();
					for (int c = 0; c < titles.size(); c++) {
						org.apache.poi.ss.usermodel.Cell cell = headers.createCell(c);
						cell.setCellValue(titles.get(c));
						cell.setCellStyle(header);
						sheet.setColumnWidth(c, (c == 0 || c == 1 ? 30 : 16) * 256);
					}
					for (List<Cell> values : table.rows()) {
						Row line = sheet.createRow(row++);
						for (int c = 0; c < values.size(); c++) {
							Cell value = values.get(c);
							org.apache.poi.ss.usermodel.Cell cell = line.createCell(c);
							if (value.numeric() && value.percent()) {
								cell.setCellValue(value.number().doubleValue() / 100);
								cell.setCellStyle(percent);
							}
							else if (value.numeric()) {
								cell.setCellValue(value.number().doubleValue());
								cell.setCellStyle(integer);
							}
							else {
								cell.setCellValue(value.text());
							}
						}
					}
					sheet.createFreezePane(0, 2);
				}
			}
			workbook.write(out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void text(Row row, String text, CellStyle style) {
		org.apache.poi.ss.usermodel.Cell cell = row.createCell(0);
		cell.setCellValue(text);
		if (style != null) {
			cell.setCellStyle(style);
		}
	}

	private static String unique(Set<String> names, String wanted) {
		String base = WorkbookUtil.createSafeSheetName(wanted);
		String name = base;
		for (int i = 2; !names.add(name.toLowerCase()); i++) {
			name = WorkbookUtil.createSafeSheetName(base.substring(0, Math.min(base.length(), 27)) + " " + i);
		}
		return name;
	}

}
