package vn.ocop.portal.units;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import vn.ocop.portal.units.UnitApiProblem.InvalidParameter;

/** Reading the API's parameters, with a 400 naming the parameter when one cannot be read. */
final class UnitApiParameters {

	static final int DEFAULT_PAGE_SIZE = 50;

	static final int MAX_PAGE_SIZE = 200;

	static final int DEFAULT_SEARCH_LIMIT = 10;

	static final int MAX_QUERY_LENGTH = 100;

	private UnitApiParameters() {
	}

	static LocalDate date(String name, String value, LocalDate defaultValue) {
		if (value == null || value.isBlank()) {
			return defaultValue;
		}
		try {
			return LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException ex) {
			throw new InvalidParameter(name, value, "units.api.reason.date");
		}
	}

	static UnitCode code(String name, String value) {
		if (!UnitCode.isValid(value == null ? null : value.strip())) {
			throw new InvalidParameter(name, value, "units.api.reason.code");
		}
		return UnitCode.of(value);
	}

	static UnitCode provinceCode(String name, String value) {
		UnitCode code = UnitCode.isValid(value == null ? null : value.strip()) ? UnitCode.of(value) : null;
		if (code == null || code.level() != UnitLevel.PROVINCE) {
			throw new InvalidParameter(name, value, "units.api.reason.provinceCode");
		}
		return code;
	}

	static int integer(String name, String value, int defaultValue, int min, int max, String reasonKey) {
		if (value == null || value.isBlank()) {
			return defaultValue;
		}
		try {
			int number = Integer.parseInt(value.strip());
			if (number >= min && number <= max) {
				return number;
			}
		}
		catch (NumberFormatException ex) {
			// reported below
		}
		throw new InvalidParameter(name, value, reasonKey, max);
	}

	static String query(String name, String value) {
		String text = value == null ? "" : value.strip();
		if (text.isEmpty() || text.length() > MAX_QUERY_LENGTH || VietnameseText.fold(text).isEmpty()) {
			throw new InvalidParameter(name, value == null ? "" : value, "units.api.reason.query", MAX_QUERY_LENGTH);
		}
		return text;
	}

}
