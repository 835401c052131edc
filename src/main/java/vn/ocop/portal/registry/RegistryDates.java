package vn.ocop.portal.registry;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** Dates in messages, as Vietnamese documents write them ({@code 27/12/2022}). */
final class RegistryDates {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu");

	private RegistryDates() {
	}

	static String format(LocalDate date) {
		return date == null ? "" : DATE.format(date);
	}

}
