package vn.ocop.portal.petitions;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A petition's tracking code (QĐ 31/2021/QĐ-TTg: every petition gets one): {@code KN.} + the day
 * it was received ({@code yyyyMMdd}) + {@code .} + that day's sequence number, at least four
 * digits, e.g. {@code KN.20221227.0001}.
 */
public record PetitionCode(String value) {

	private static final Pattern FORMAT = Pattern.compile("KN\\.\\d{8}\\.\\d{4,6}");

	private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

	public PetitionCode {
		if (value == null || !FORMAT.matcher(value).matches()) {
			throw new IllegalArgumentException("Invalid petition code '" + value + "' (KN.yyyyMMdd.nnnn)");
		}
	}

	public static PetitionCode of(LocalDate day, int sequence) {
		if (sequence < 1 || sequence > 999_999) {
			throw new IllegalArgumentException("A daily sequence number runs from 1 to 999999");
		}
		return new PetitionCode("KN." + day.format(DAY) + "." + String.format(Locale.ROOT, "%04d", sequence));
	}

	/** Reads a code typed by a person: spaces around it and lower case are forgiven. */
	public static PetitionCode parse(String text) {
		return new PetitionCode(text == null ? null : text.strip().toUpperCase(Locale.ROOT));
	}

	public static boolean isValid(String text) {
		return text != null && FORMAT.matcher(text.strip().toUpperCase(Locale.ROOT)).matches();
	}

	@Override
	public String toString() {
		return value;
	}

}
