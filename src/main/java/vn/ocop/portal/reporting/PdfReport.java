package vn.ocop.portal.reporting;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

import vn.ocop.portal.reporting.ReportDocument.Block;
import vn.ocop.portal.reporting.ReportDocument.Cell;
import vn.ocop.portal.reporting.ReportDocument.Chart;
import vn.ocop.portal.reporting.ReportDocument.Heading;
import vn.ocop.portal.reporting.ReportDocument.Paragraph;
import vn.ocop.portal.reporting.ReportDocument.Table;

/**
 * Writes a {@link ReportDocument} as a PDF (Apache PDFBox) on A4 pages, with the embedded DejaVu
 * Sans font (subset, with its Unicode map, so that Vietnamese text renders and can be copied and
 * searched): wrapped paragraphs, tables with borders whose header repeats on each page, charts.
 */
final class PdfReport {

	private static final PDRectangle PAGE = PDRectangle.A4;

	private static final float MARGIN = 50;

	private static final float WIDTH = PAGE.getWidth() - 2 * MARGIN;

	private static final float TEXT = 11;

	private static final float CELL_TEXT = 8.5f;

	private static final float PADDING = 3;

	private final PDDocument document;

	private final PDFont regular;

	private final PDFont bold;

	private PDPageContentStream content;

	private float y;

	private PdfReport(PDDocument document) throws IOException {
		this.document = document;
		try (InputStream in = ReportFonts.open(ReportFonts.REGULAR)) {
			this.regular = PDType0Font.load(document, in);
		}
		try (InputStream in = ReportFonts.open(ReportFonts.BOLD)) {
			this.bold = PDType0Font.load(document, in);
		}
	}

	static void write(ReportDocument report, OutputStream out) {
		try (PDDocument document = new PDDocument()) {
			PDDocumentInformation information = document.getDocumentInformation();
			information.setTitle(report.title());
			PdfReport pdf = new PdfReport(document);
			pdf.newPage();
			pdf.paragraph(report.title(), pdf.bold, 15, true);
			pdf.paragraph(report.subtitle(), pdf.regular, TEXT, true);
			pdf.space(8);
			for (Block block : report.blocks()) {
				if (block instanceof Heading heading) {
					pdf.space(6);
					pdf.paragraph(heading.text(), pdf.bold, 12.5f, false);
				}
				else if (block instanceof Paragraph paragraph) {
					pdf.paragraph(paragraph.text(), pdf.regular, TEXT, false);
				}
				else if (block instanceof Table table) {
					pdf.table(table);
				}
				else if (block instanceof Chart chart) {
					pdf.chart(chart);
				}
			}
			pdf.content.close();
			document.save(out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void newPage() throws IOException {
		if (content != null) {
			content.close();
		}
		PDPage page = new PDPage(PAGE);
		document.addPage(page);
		content = new PDPageContentStream(document, page);
		y = PAGE.getHeight() - MARGIN;
	}

	private void ensure(float height) throws IOException {
		if (y - height < MARGIN) {
			newPage();
		}
	}

	private void space(float points) {
		y -= points;
	}

	private void paragraph(String text, PDFont font, float size, boolean centred) throws IOException {
		float leading = size * 1.35f;
		for (String line : wrap(clean(text), font, size, WIDTH)) {
			ensure(leading);
			float x = MARGIN + (centred ? (WIDTH - width(line, font, size)) / 2 : 0);
			write(line, font, size, x, y - size);
			y -= leading;
		}
		y -= size * 0.5f;
	}

	private void write(String text, PDFont font, float size, float x, float baseline) throws IOException {
		content.beginText();
		content.setFont(font, size);
		content.newLineAtOffset(x, baseline);
		content.showText(text);
		content.endText();
	}

	private void table(Table table) throws IOException {
		paragraph(table.caption(), bold, 10, false);
		int columns = table.headers().size();
		float[] widths = widths(table, columns);
		drawRow(table.headers(), widths, true, null, true);
		for (int r = 0; r < table.rows().size(); r++) {
			List<Cell> row = table.rows().get(r);
			boolean total = table.totalRow() && r == table.rows().size() - 1;
			if (drawRow(row.stream().map(Cell::text).toList(), widths, total, row, false)) {
				drawRow(table.headers(), widths, true, null, true);
				drawRow(row.stream().map(Cell::text).toList(), widths, total, row, false);
			}
		}
		y -= 10;
	}

	/** Column widths: text columns share more room than number columns. */
	private static float[] widths(Table table, int columns) {
		float[] weights = new float[columns];
		float sum = 0;
		for (int c = 0; c < columns; c++) {
			final int column = c;
			boolean numeric = !table.rows().isEmpty() && table.rows().stream().allMatch(row -> row.get(column).numeric() || row.get(column).text().isEmpty());
			weights[c] = numeric ? 1f : (c == 1 || columns <= 6 && c == 0 ? 2.6f : 1.3f);
			sum += weights[c];
		}
		for (int c = 0; c < columns; c++) {
			weights[c] = WIDTH * weights[c] / sum;
		}
		return weights;
	}

	/**
	 * Draws one row; when it does not fit, opens a new page and returns true without drawing (the
	 * caller repeats the header, then the row).
	 */
	private boolean drawRow(List<String> texts, float[] widths, boolean strong, List<Cell> cells, boolean header) throws IOException {
		PDFont font = strong ? bold : regular;
		float leading = CELL_TEXT * 1.3f;
		List<List<String>> lines = new ArrayList<>();
		int most = 1;
		for (int c = 0; c < texts.size(); c++) {
			List<String> wrapped = wrap(clean(texts.get(c)), font, CELL_TEXT, widths[c] - 2 * PADDING);
			lines.add(wrapped);
			most = Math.max(most, wrapped.size());
		}
		float height = most * leading + 2 * PADDING;
		if (y - height < MARGIN) {
			newPage();
			return !header;
		}
		float x = MARGIN;
		for (int c = 0; c < texts.size(); c++) {
			content.addRect(x, y - height, widths[c], height);
			boolean right = cells != null && cells.get(c).numeric();
			float lineY = y - PADDING - CELL_TEXT;
			for (String line : lines.get(c)) {
				float lineX = right ? x + widths[c] - PADDING - width(line, font, CELL_TEXT) : x + PADDING;
				write(line, font, CELL_TEXT, lineX, lineY);
				lineY -= leading;
			}
			x += widths[c];
		}
		content.setLineWidth(0.5f);
		content.stroke();
		y -= height;
		return false;
	}

	private void chart(Chart chart) throws IOException {
		BufferedImage image = ImageIO.read(new ByteArrayInputStream(chart.png()));
		PDImageXObject picture = LosslessFactory.createFromImage(document, image);
		float width = WIDTH;
		float height = width * chart.height() / chart.width();
		ensure(height + 30);
		content.drawImage(picture, MARGIN, y - height, width, height);
		y -= height + 4;
		paragraph(chart.caption(), regular, 9, true);
	}

	private List<String> wrap(String text, PDFont font, float size, float width) throws IOException {
		List<String> lines = new ArrayList<>();
		for (String part : text.split("\n")) {
			StringBuilder line = new StringBuilder();
			for (String word : part.split(" ")) {
				String candidate = line.isEmpty() ? word : line + " " + word;
				if (width(candidate, font, size) <= width || line.isEmpty()) {
					line.setLength(0);
					line.append(candidate);
				}
				else {
					lines.add(line.toString());
					line.setLength(0);
					line.append(word);
				}
			}
			lines.add(line.toString());
		}
		return lines;
	}

	private static float width(String text, PDFont font, float size) throws IOException {
		return font.getStringWidth(text) / 1000 * size;
	}

	/** NFC (one code point per Vietnamese letter, as the font maps them), no control characters. */
	private static String clean(String text) {
		return Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFC).replace('\t', ' ').replace("\r", "");
	}

}
