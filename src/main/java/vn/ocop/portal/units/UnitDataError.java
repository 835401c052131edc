package vn.ocop.portal.units;

import java.util.Locale;

/**
 * One problem found in a unit-set file, located to the row and column, with the reason in
 * Vietnamese and English.
 *
 * @param file     the file name
 * @param row      line number in the file (the header is line 1), 0 for the whole file
 * @param column   the column name, empty when the problem is not about one column
 * @param reasonVi the reason in Vietnamese
 * @param reasonEn the reason in English
 */
public record UnitDataError(String file, int row, String column, String reasonVi, String reasonEn) {

	public UnitDataError {
		column = column == null ? "" : column;
	}

	public String reason(Locale locale) {
		return locale != null && "en".equals(locale.getLanguage()) ? reasonEn : reasonVi;
	}

	/** {@code units-2025.csv:12 [code] reason}. */
	public String describe(Locale locale) {
		return file + (row > 0 ? ":" + row : "") + (column.isEmpty() ? "" : " [" + column + "]") + " " + reason(locale);
	}

}
