package vn.ocop.portal.petitions;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Map;
import java.util.Set;

/**
 * The rules of one stretch of the working-day calendar: Saturdays and Sundays are days off, so are
 * the fixed solar holidays and the dated days off (lunar holidays, compensatory days); a dated
 * working day (a Saturday worked instead of a bridge day) is a working day whatever else holds.
 * Immutable; {@link WorkingCalendar} builds it from the database for the dates it needs.
 *
 * @param fixedHolidays solar holidays that recur every year
 * @param datedDays     dated exceptions: {@code true} a working day, {@code false} a day off
 */
record WorkingDays(Set<MonthDay> fixedHolidays, Map<LocalDate, Boolean> datedDays) {

	WorkingDays {
		fixedHolidays = Set.copyOf(fixedHolidays);
		datedDays = Map.copyOf(datedDays);
	}

	boolean isWorkingDay(LocalDate day) {
		Boolean dated = datedDays.get(day);
		if (dated != null) {
			return dated;
		}
		if (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
			return false;
		}
		return !fixedHolidays.contains(MonthDay.from(day));
	}

	/**
	 * The {@code count}-th working day after {@code start}; the start day itself is not counted
	 * (a petition received on Friday with 5 working days is due on the Friday after, when no
	 * holiday intervenes).
	 */
	LocalDate plusWorkingDays(LocalDate start, int count) {
		if (count < 0) {
			throw new IllegalArgumentException("A deadline needs a positive number of working days");
		}
		LocalDate day = start;
		int left = count;
		while (left > 0) {
			day = day.plusDays(1);
			if (isWorkingDay(day)) {
				left--;
			}
		}
		return day;
	}

	/** The {@code count}-th working day before {@code end} (used for reminders before a deadline). */
	LocalDate minusWorkingDays(LocalDate end, int count) {
		LocalDate day = end;
		int left = count;
		while (left > 0) {
			day = day.minusDays(1);
			if (isWorkingDay(day)) {
				left--;
			}
		}
		return day;
	}

}
