package vn.ocop.portal.reporting;

import java.math.BigDecimal;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

/**
 * A report as a sequence of blocks in one language, with every text and number already written
 * out (vi-VN: {@code 7.210}, {@code 166,1%}): the page, the DOCX, the XLSX and the PDF all render
 * the same blocks, so they say the same thing in the same words.
 *
 * @param title    the report's title
 * @param subtitle the unit and the date of the figures
 * @param language the language of the texts
 * @param blocks   headings, paragraphs, tables and charts, in reading order
 */
public record ReportDocument(String title, String subtitle, Locale language, List<Block> blocks) {

	public ReportDocument {
		blocks = List.copyOf(blocks);
	}

	/** One block of the report; {@link #type()} names it for templates. */
	public sealed interface Block permits Heading, Paragraph, Table, Chart {

		String type();

	}

	public record Heading(String text) implements Block {

		@Override
		public String type() {
			return "heading";
		}

	}

	public record Paragraph(String text) implements Block {

		@Override
		public String type() {
			return "paragraph";
		}

	}

	/**
	 * A table; when {@code totalRow} the last row is the total. Sheet name: for XLSX.
	 */
	public record Table(String caption, String sheetName, List<String> headers, List<List<Cell>> rows, boolean totalRow)
			implements Block {

		public Table {
			headers = List.copyOf(headers);
			rows = rows.stream().map(List::copyOf).toList();
		}

		@Override
		public String type() {
			return "table";
		}

	}

	/** A cell: its text, and the number it shows (null for text cells) so that spreadsheets keep numbers. */
	public record Cell(String text, BigDecimal number, boolean percent) {

		static Cell text(String text) {
			return new Cell(text == null ? "" : text, null, false);
		}

		static Cell number(BigDecimal number, String text) {
			return new Cell(text, number, false);
		}

		static Cell percent(BigDecimal number, String text) {
			return new Cell(text, number, true);
		}

		public boolean numeric() {
			return number != null;
		}

	}

	/** A chart as a PNG image, with its caption (also its text alternative). */
	public record Chart(String caption, byte[] png, int width, int height) implements Block {

		@Override
		public String type() {
			return "chart";
		}

		/** The image inline, for pages. */
		public String dataUri() {
			return "data:image/png;base64," + Base64.getEncoder().encodeToString(png);
		}

	}

}
