package vn.ocop.portal.registry;

import java.util.regex.Pattern;

/**
 * A Vietnamese tax code (mã số thuế): 10 digits for the organisation ({@code 0100109106}), or 13
 * for a dependent unit, written with a hyphen before the last three digits
 * ({@code 0100109106-001}). Thirteen digits typed without the hyphen are accepted and written
 * with it. The check digit is not verified here: the rule is not confirmed from an official text.
 */
public record TaxCode(String value) {

	private static final Pattern SHAPE = Pattern.compile("\\d{10}(-\\d{3})?");

	public TaxCode {
		if (value == null || !SHAPE.matcher(value).matches()) {
			throw new IllegalArgumentException("A tax code has 10 digits, or 10 digits, '-' and 3 digits: '" + value + "'");
		}
	}

	/** Parses what a person typed (spaces ignored); null or blank gives null. @throws IllegalArgumentException when malformed */
	public static TaxCode parse(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String compact = text.replaceAll("\\s+", "");
		if (compact.matches("\\d{13}")) {
			compact = compact.substring(0, 10) + "-" + compact.substring(10);
		}
		return new TaxCode(compact);
	}

	/** Whether this is the code of a dependent unit (branch), with the 3-digit suffix. */
	public boolean dependentUnit() {
		return value.length() == 14;
	}

	@Override
	public String toString() {
		return value;
	}

}
