package vn.ocop.portal.importing;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.stereotype.Component;

import vn.ocop.portal.shared.web.Languages;

/**
 * The templates people download to fill in: per sheet an XLSX (the sheet and its instructions) or
 * a CSV (UTF-8 with a byte-order mark, so Excel opens it right), and one workbook with every sheet
 * the user may import. Each data sheet has the header row and one example row (skipped by the
 * importer while it is left unchanged); code and text columns are formatted as text so Excel keeps
 * leading zeros, date columns as {@code dd/mm/yyyy}. The sheet {@value ImportSheets#INSTRUCTIONS}
 * describes every column in Vietnamese with English beside it.
 */
@Component
class ImportTemplates {

	private static final Locale VI = Languages.VIETNAMESE;

	private static final Locale EN = Languages.ENGLISH;

	private static final byte[] BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

	private static final List<String> NOTES = List.of("importing.template.note.sheets", "importing.template.note.header",
			"importing.template.note.example", "importing.template.note.dates", "importing.template.note.numbers",
			"importing.template.note.codes", "importing.template.note.allOrNothing");

	private static final List<String> TABLE = List.of("importing.template.column.sheet", "importing.template.column.column",
			"importing.template.column.aliases", "importing.template.column.type", "importing.template.column.required",
			"importing.template.column.maxLength", "importing.template.column.descriptionVi",
			"importing.template.column.descriptionEn", "importing.template.column.example");

	private final ImportMessages messages;

	ImportTemplates(ImportMessages messages) {
		this.messages = messages;
	}

	/** One workbook: the instructions, then every sheet in import order. */
	void workbook(List<SheetDefinition> sheets, OutputStream out) throws IOException {
		SXSSFWorkbook workbook = new SXSSFWorkbook(100);
		try {
			Styles styles = new Styles(workbook);
			instructions(workbook, styles, sheets);
			for (SheetDefinition sheet : sheets) {
				dataSheet(workbook, styles, sheet);
			}
			workbook.write(out);
		}
		finally {
			workbook.dispose();
			workbook.close();
		}
	}

	/** The template of one sheet: the sheet, then its instructions. */
	void sheet(SheetDefinition sheet, OutputStream out) throws IOException {
		SXSSFWorkbook workbook = new SXSSFWorkbook(100);
		try {
			Styles styles = new Styles(workbook);
			dataSheet(workbook, styles, sheet);
			instructions(workbook, styles, List.of(sheet));
			workbook.write(out);
		}
		finally {
			workbook.dispose();
			workbook.close();
		}
	}

	/** The CSV template of one sheet: UTF-8 with a byte-order mark, header and example row. */
	void csv(SheetDefinition sheet, OutputStream out) throws IOException {
		out.write(BOM);
		Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
		CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180);
		printer.printRecord(sheet.columns().stream().map(ColumnDefinition::name).toList());
		printer.printRecord(sheet.columns().stream().map(ColumnDefinition::example).toList());
		printer.flush();
	}

	private void dataSheet(SXSSFWorkbook workbook, Styles styles, SheetDefinition definition) {
		Sheet sheet = workbook.createSheet(definition.name());
		Row header = sheet.createRow(0);
		Row example = sheet.createRow(1);
		for (int c = 0; c < definition.columns().size(); c++) {
			ColumnDefinition column = definition.columns().get(c);
			CellStyle columnStyle = styles.forType(column.type());
			sheet.setDefaultColumnStyle(c, columnStyle);
			sheet.setColumnWidth(c, 256 * Math.min(60, Math.max(12, Math.max(column.name().length(), column.example().length()) + 4)));
			Cell title = header.createCell(c);
			title.setCellValue(column.name());
			title.setCellStyle(styles.header);
			Cell cell = example.createCell(c);
			cell.setCellStyle(columnStyle);
			writeExample(cell, column);
		}
		sheet.createFreezePane(0, 1);
	}

	private static void writeExample(Cell cell, ColumnDefinition column) {
		String example = column.example();
		if (example.isEmpty()) {
			return;
		}
		switch (column.type()) {
			case DATE -> {
				LocalDate date = CellValues.parseDate(example);
				if (date != null) {
					cell.setCellValue(date);
				}
				else {
					cell.setCellValue(example);
				}
			}
			case INTEGER, DECIMAL -> {
				BigDecimal number = CellValues.parseNumber(example);
				if (number != null) {
					cell.setCellValue(number.doubleValue());
				}
				else {
					cell.setCellValue(example);
				}
			}
			default -> cell.setCellValue(example);
		}
	}

	private void instructions(SXSSFWorkbook workbook, Styles styles, List<SheetDefinition> sheets) {
		Sheet sheet = workbook.createSheet(ImportSheets.INSTRUCTIONS);
		int r = 0;
		Row title = sheet.createRow(r++);
		both(title, 0, "importing.template.title", styles.header);
		for (String note : NOTES) {
			both(sheet.createRow(r++), 0, note, styles.plain);
		}
		r++;
		Row header = sheet.createRow(r++);
		for (int c = 0; c < TABLE.size(); c++) {
			Cell cell = header.createCell(c);
			cell.setCellValue(vi(TABLE.get(c)) + " / " + en(TABLE.get(c)));
			cell.setCellStyle(styles.header);
		}
		for (SheetDefinition definition : sheets) {
			for (ColumnDefinition column : definition.columns()) {
				Row row = sheet.createRow(r++);
				String[] values = { definition.name(), column.name(), String.join(", ", column.aliases()),
						vi(column.type().messageKey()) + " / " + en(column.type().messageKey()),
						column.required() ? vi("importing.template.yes") + " / " + en("importing.template.yes")
								: vi("importing.template.no") + " / " + en("importing.template.no"),
						column.maxLength() > 0 ? Integer.toString(column.maxLength()) : "", vi(column.descriptionKey()),
						en(column.descriptionKey()), column.example() };
				for (int c = 0; c < values.length; c++) {
					Cell cell = row.createCell(c);
					cell.setCellValue(values[c]);
					cell.setCellStyle(styles.wrap);
				}
			}
		}
		int[] widths = { 18, 22, 20, 24, 12, 12, 60, 60, 20 };
		for (int c = 0; c < widths.length; c++) {
			sheet.setColumnWidth(c, widths[c] * 256);
		}
	}

	/** The Vietnamese text in the column, the English one in the column of the English descriptions. */
	private void both(Row row, int column, String key, CellStyle style) {
		Cell vi = row.createCell(column);
		vi.setCellValue(vi(key));
		vi.setCellStyle(style);
		Cell en = row.createCell(column + 7);
		en.setCellValue(en(key));
		en.setCellStyle(style);
	}

	private String vi(String key) {
		return messages.text(key, null, VI);
	}

	private String en(String key) {
		return messages.text(key, null, EN);
	}

	/** Cell styles of a template workbook. */
	private static final class Styles {

		final CellStyle header;

		final CellStyle wrap;

		final CellStyle plain;

		final CellStyle text;

		final CellStyle date;

		final CellStyle number;

		final CellStyle whole;

		Styles(SXSSFWorkbook workbook) {
			DataFormat formats = workbook.createDataFormat();
			Font bold = workbook.createFont();
			bold.setBold(true);
			header = workbook.createCellStyle();
			header.setFont(bold);
			header.setWrapText(true);
			wrap = workbook.createCellStyle();
			wrap.setWrapText(true);
			plain = workbook.createCellStyle();
			text = workbook.createCellStyle();
			text.setDataFormat(formats.getFormat("@"));
			date = workbook.createCellStyle();
			date.setDataFormat(formats.getFormat("dd/mm/yyyy"));
			number = workbook.createCellStyle();
			number.setDataFormat(formats.getFormat("#,##0.##"));
			whole = workbook.createCellStyle();
			whole.setDataFormat(formats.getFormat("#,##0"));
		}

		CellStyle forType(ColumnType type) {
			return switch (type) {
				case DATE -> date;
				case DECIMAL -> number;
				case INTEGER -> whole;
				default -> text;
			};
		}

	}

}
