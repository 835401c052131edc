package vn.ocop.portal.importing;

/**
 * One non-empty cell as read from a workbook or a CSV file, before any interpretation.
 *
 * @param kind          text (shared or inline string, formula text, any CSV value), number, boolean
 *                      or a formula error
 * @param text          the text; for numbers the raw value Excel stored ({@code 7210}, {@code 0.5},
 *                      {@code 4.5E-3}); for booleans {@code 1} or {@code 0}; for errors {@code #N/A}...
 * @param formatIndex   the number format of the cell's style (0: General)
 * @param formatString  its format string, e.g. {@code 000} or {@code dd/mm/yyyy}
 * @param dateFormatted whether the number format is a date format (the cell shows a date)
 */
record Cell(Kind kind, String text, int formatIndex, String formatString, boolean dateFormatted) {

	enum Kind {
		TEXT, NUMBER, BOOLEAN, ERROR
	}

	static Cell text(String text) {
		return new Cell(Kind.TEXT, text, 0, null, false);
	}

	static Cell number(String raw, int formatIndex, String formatString, boolean dateFormatted) {
		return new Cell(Kind.NUMBER, raw, formatIndex, formatString, dateFormatted);
	}

	boolean isBlank() {
		return text == null || text.isBlank();
	}

}
