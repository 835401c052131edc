package vn.ocop.portal.reporting;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The time a report covers: the reporting {@code year}, the {@code date} its figures are taken on
 * (31 December, or today while the year runs) and the {@code placeDate} whose administrative units
 * organisations are placed in (the report's own date; for last year's figures of a change, this
 * year's date, so that both years are counted on the same units).
 */
public record ReportPeriod(int year, LocalDate date, LocalDate placeDate) {

	static final int FIRST_YEAR = 1990;

	public ReportPeriod {
		Objects.requireNonNull(date, "date");
		Objects.requireNonNull(placeDate, "placeDate");
		if (year < FIRST_YEAR || date.getYear() != year) {
			throw new IllegalArgumentException("Invalid reporting year " + year + " for date " + date);
		}
	}

	/** The year up to its end, or up to today while it runs; null for a year after today. */
	static ReportPeriod of(int year, LocalDate today) {
		if (year > today.getYear() || year < FIRST_YEAR) {
			return null;
		}
		LocalDate end = LocalDate.of(year, 12, 31);
		LocalDate date = end.isAfter(today) ? today : end;
		return new ReportPeriod(year, date, date);
	}

	/** The previous year up to its end, on this period's units. */
	ReportPeriod previousYear() {
		return yearsBefore(1);
	}

	/** The year {@code years} before this one, up to its end, on this period's units. */
	ReportPeriod yearsBefore(int years) {
		int earlier = year - years;
		return new ReportPeriod(earlier, LocalDate.of(earlier, 12, 31), placeDate);
	}

	/** Whether the year is still running (the figures are as of today). */
	public boolean running() {
		return !date.equals(LocalDate.of(year, 12, 31));
	}

}
