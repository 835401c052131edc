package vn.ocop.portal.petitions;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.ocop.portal.shared.calendar.WorkingDayCalendar;

/**
 * Deadlines in working days from the calendar the administrator keeps (tables
 * {@code petitions_fixed_holiday} and {@code petitions_calendar_day}). Read from the database on
 * every call (no cache: another node may have changed the calendar), for a window of dates wide
 * enough for the longest deadline.
 */
@Component
class WorkingCalendar implements WorkingDayCalendar {

	/** Calendar days read around a computation: a deadline of n working days never spans more than 3n + 40 days. */
	private static final int MARGIN_DAYS = 40;

	private final JdbcClient jdbc;

	WorkingCalendar(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public LocalDate plusWorkingDays(LocalDate start, int count) {
		return rules(start, start.plusDays(3L * count + MARGIN_DAYS)).plusWorkingDays(start, count);
	}

	@Override
	public LocalDate minusWorkingDays(LocalDate end, int count) {
		return rules(end.minusDays(3L * count + MARGIN_DAYS), end).minusWorkingDays(end, count);
	}

	@Override
	public boolean isWorkingDay(LocalDate day) {
		return rules(day, day).isWorkingDay(day);
	}

	WorkingDays rules(LocalDate from, LocalDate to) {
		Set<MonthDay> fixed = new HashSet<>();
		jdbc.sql("SELECT month, day FROM petitions_fixed_holiday")
			.query(rs -> {
				fixed.add(MonthDay.of(rs.getInt("month"), rs.getInt("day")));
			});
		Map<LocalDate, Boolean> dated = new HashMap<>();
		jdbc.sql("SELECT day, kind FROM petitions_calendar_day WHERE day BETWEEN :from AND :to")
			.param("from", from)
			.param("to", to)
			.query(rs -> {
				dated.put(rs.getObject("day", LocalDate.class), "WORKING_DAY".equals(rs.getString("kind")));
			});
		return new WorkingDays(fixed, dated);
	}

}
