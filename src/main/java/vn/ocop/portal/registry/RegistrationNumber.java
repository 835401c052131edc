package vn.ocop.portal.registry;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The number on an organisation's registration certificate, as the registering authority wrote
 * it: 1..30 letters, digits and the separators {@code . / -} (e.g. {@code 4707000123},
 * {@code 13.01.000123}, {@code 01/GCN-THT}). Stored in capitals without surrounding spaces.
 */
public record RegistrationNumber(String value) {

	public static final int MAX_LENGTH = 30;

	private static final Pattern SHAPE = Pattern.compile("[A-Z0-9ĐÂĂÊÔƠƯ](?:[A-Z0-9ĐÂĂÊÔƠƯ./ -]{0,28}[A-Z0-9ĐÂĂÊÔƠƯ])?");

	public RegistrationNumber {
		if (value == null || !SHAPE.matcher(value).matches()) {
			throw new IllegalArgumentException("Not a registration number: '" + value + "'");
		}
	}

	/** Parses what a person typed; null or blank gives null. @throws IllegalArgumentException when malformed */
	public static RegistrationNumber parse(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		return new RegistrationNumber(text.strip().toUpperCase(Locale.ROOT));
	}

	@Override
	public String toString() {
		return value;
	}

}
