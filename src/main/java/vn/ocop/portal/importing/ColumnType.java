package vn.ocop.portal.importing;

/**
 * What a column holds, how {@link ImportRow} reads it and how the templates and the documentation
 * describe it. The getter of {@link ImportRow} that matches each type is named in brackets.
 */
public enum ColumnType {

	/** Free text, stripped of surrounding spaces ({@link ImportRow#text}). */
	TEXT,
	/**
	 * A whole number: a number cell, or text in vi-VN ({@code 7.210}) or plain ({@code 7210})
	 * ({@link ImportRow#integer}).
	 */
	INTEGER,
	/**
	 * A decimal number: a number cell, or text in vi-VN ({@code 1.234,5}) or plain ({@code 1234.5})
	 * ({@link ImportRow#decimal}).
	 */
	DECIMAL,
	/** A date: a real Excel date, or text {@code dd/MM/yyyy}, checked strictly ({@link ImportRow#date}). */
	DATE,
	/**
	 * A code (organisation code, administrative unit code, tax code): text that keeps its leading
	 * zeros, even when Excel stored it as a number formatted {@code 000} ({@link ImportRow#code}).
	 */
	CODE,
	/** Yes or no: {@code có/không}, {@code x}, {@code true/false}, {@code 1/0} ({@link ImportRow#bool}). */
	BOOLEAN;

	/** Key of the type's name in the message bundles, e.g. {@code importing.type.DATE}. */
	public String messageKey() {
		return "importing.type." + name();
	}

}
