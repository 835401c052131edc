package vn.ocop.portal.reporting;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;

import org.apache.poi.common.usermodel.PictureType;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;

import vn.ocop.portal.reporting.ReportDocument.Block;
import vn.ocop.portal.reporting.ReportDocument.Cell;
import vn.ocop.portal.reporting.ReportDocument.Chart;
import vn.ocop.portal.reporting.ReportDocument.Heading;
import vn.ocop.portal.reporting.ReportDocument.Paragraph;
import vn.ocop.portal.reporting.ReportDocument.Table;

/** Writes a {@link ReportDocument} as a Word document (Apache POI XWPF), Times New Roman as official documents use. */
final class DocxReport {

	private static final String FONT = "Times New Roman";

	private DocxReport() {
	}

	static void write(ReportDocument report, OutputStream out) {
		try (XWPFDocument document = new XWPFDocument()) {
			document.getProperties().getCoreProperties().setTitle(report.title());
			text(document.createParagraph(), report.title(), 16, true, ParagraphAlignment.CENTER);
			text(document.createParagraph(), report.subtitle(), 12, false, ParagraphAlignment.CENTER).setItalic(true);
			for (Block block : report.blocks()) {
				if (block instanceof Heading heading) {
					text(document.createParagraph(), heading.text(), 13, true, ParagraphAlignment.LEFT);
				}
				else if (block instanceof Paragraph paragraph) {
					text(document.createParagraph(), paragraph.text(), 13, false, ParagraphAlignment.BOTH);
				}
				else if (block instanceof Table table) {
					table(document, table);
				}
				else if (block instanceof Chart chart) {
					chart(document, chart);
				}
			}
			document.write(out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static XWPFRun text(XWPFParagraph paragraph, String text, int size, boolean bold, ParagraphAlignment alignment) {
		paragraph.setAlignment(alignment);
		paragraph.setSpacingAfter(120);
		XWPFRun run = paragraph.createRun();
		run.setFontFamily(FONT);
		run.setFontSize(size);
		run.setBold(bold);
		run.setText(text);
		return run;
	}

	private static void table(XWPFDocument document, Table table) {
		text(document.createParagraph(), table.caption(), 12, true, ParagraphAlignment.LEFT);
		XWPFTable grid = document.createTable(table.rows().size() + 1, table.headers().size());
		grid.setWidth("100%");
		XWPFTableRow header = grid.getRow(0);
		header.setRepeatHeader(true);
		for (int c = 0; c < table.headers().size(); c++) {
			cell(header.getCell(c), table.headers().get(c), true, false);
		}
		for (int r = 0; r < table.rows().size(); r++) {
			XWPFTableRow row = grid.getRow(r + 1);
			boolean total = table.totalRow() && r == table.rows().size() - 1;
			for (int c = 0; c < table.headers().size(); c++) {
				Cell value = table.rows().get(r).get(c);
				cell(row.getCell(c), value.text(), total, value.numeric());
			}
		}
		document.createParagraph();
	}

	private static void cell(XWPFTableCell cell, String text, boolean bold, boolean numeric) {
		XWPFParagraph paragraph = cell.getParagraphs().get(0);
		paragraph.setAlignment(numeric ? ParagraphAlignment.RIGHT : ParagraphAlignment.LEFT);
		XWPFRun run = paragraph.createRun();
		run.setFontFamily(FONT);
		run.setFontSize(11);
		run.setBold(bold);
		run.setText(text);
	}

	private static void chart(XWPFDocument document, Chart chart) {
		XWPFParagraph paragraph = document.createParagraph();
		paragraph.setAlignment(ParagraphAlignment.CENTER);
		int widthEmu = Units.toEMU(450);
		int heightEmu = (int) BigInteger.valueOf(widthEmu).multiply(BigInteger.valueOf(chart.height()))
			.divide(BigInteger.valueOf(chart.width())).longValue();
		try {
			paragraph.createRun().addPicture(new ByteArrayInputStream(chart.png()), PictureType.PNG, chart.caption() + ".png",
					widthEmu, heightEmu);
		}
		catch (InvalidFormatException | IOException ex) {
			throw new IllegalStateException("Chart not added to the document", ex);
		}
		text(document.createParagraph(), chart.caption(), 11, false, ParagraphAlignment.CENTER).setItalic(true);
	}

}
