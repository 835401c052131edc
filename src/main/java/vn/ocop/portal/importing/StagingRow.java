package vn.ocop.portal.importing;

/**
 * One row of a {@code COPY ... FROM STDIN} in PostgreSQL's text format, written value by value in
 * the order of the copy command's columns ({@link StagedStore#write}). Null is written as
 * {@code \N}; tabs, line breaks and backslashes in values are escaped. A {@code bytea} column
 * takes its hex form, e.g. {@code "\\x" + hex}.
 */
public final class StagingRow {

	private final StringBuilder out;

	private boolean first = true;

	StagingRow(StringBuilder out) {
		this.out = out;
	}

	/** Appends the next column's value ({@link Object#toString()}; null for SQL NULL). */
	public StagingRow add(Object value) {
		if (!first) {
			out.append('\t');
		}
		first = false;
		if (value == null) {
			out.append("\\N");
			return this;
		}
		String text = value.toString();
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '\\' -> out.append("\\\\");
				case '\t' -> out.append("\\t");
				case '\n' -> out.append("\\n");
				case '\r' -> out.append("\\r");
				default -> out.append(c);
			}
		}
		return this;
	}

	/** Ends the row. */
	void end() {
		out.append('\n');
		first = true;
	}

}
