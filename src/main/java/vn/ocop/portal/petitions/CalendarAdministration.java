package vn.ocop.portal.petitions;

import java.time.Clock;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.ocop.portal.audit.AuditRecord;
import vn.ocop.portal.audit.Auditor;

/**
 * The administrator's side of the working-day calendar: fixed solar holidays, and the dated days
 * entered per year (lunar holidays, compensatory days off, weekend days worked). Every change is
 * audited; deadlines already computed stay as they were (a deadline is fixed when it is set).
 */
@Component
class CalendarAdministration {

	static final String ENTITY = "WorkingCalendarDay";

	enum DayKind {
		DAY_OFF, WORKING_DAY;

		String messageKey() {
			return "petitions.calendar.kind." + name();
		}
	}

	record CalendarDay(LocalDate day, DayKind kind, String name) {
	}

	record FixedHoliday(MonthDay day, String name) {
	}

	private final JdbcClient jdbc;

	private final Auditor auditor;

	private final Clock clock;

	CalendarAdministration(JdbcClient jdbc, Auditor auditor, Clock clock) {
		this.jdbc = jdbc;
		this.auditor = auditor;
		this.clock = clock;
	}

	List<CalendarDay> days(int year) {
		return jdbc.sql("SELECT day, kind, name FROM petitions_calendar_day WHERE day BETWEEN :from AND :to ORDER BY day")
			.param("from", LocalDate.of(year, 1, 1))
			.param("to", LocalDate.of(year, 12, 31))
			.query((rs, n) -> new CalendarDay(rs.getObject(1, LocalDate.class), DayKind.valueOf(rs.getString(2)), rs.getString(3)))
			.list();
	}

	List<FixedHoliday> fixedHolidays() {
		return jdbc.sql("SELECT month, day, name FROM petitions_fixed_holiday ORDER BY month, day")
			.query((rs, n) -> new FixedHoliday(MonthDay.of(rs.getInt(1), rs.getInt(2)), rs.getString(3)))
			.list();
	}

	Optional<CalendarDay> day(LocalDate day) {
		return jdbc.sql("SELECT day, kind, name FROM petitions_calendar_day WHERE day = :day")
			.param("day", day)
			.query((rs, n) -> new CalendarDay(rs.getObject(1, LocalDate.class), DayKind.valueOf(rs.getString(2)), rs.getString(3)))
			.optional();
	}

	/** Adds or changes a dated day; returns whether anything changed. */
	@Transactional
	boolean save(CalendarDay day) {
		if (day.day() == null || day.kind() == null) {
			throw new PetitionRuleViolation("petitions.rule.dateRequired");
		}
		String name = PetitionManagement.text(day.name(), 200, "petitions.rule.holidayNameRequired");
		CalendarDay after = new CalendarDay(day.day(), day.kind(), name);
		Optional<CalendarDay> before = day(day.day());
		if (before.filter(after::equals).isPresent()) {
			return false;
		}
		jdbc.sql("""
				INSERT INTO petitions_calendar_day (day, kind, name, updated_at) VALUES (:day, :kind, :name, :now)
				ON CONFLICT (day) DO UPDATE SET kind = :kind, name = :name, updated_at = :now
				""")
			.param("day", after.day())
			.param("kind", after.kind().name())
			.param("name", name)
			.param("now", PetitionStore.offset(clock.instant()))
			.update();
		auditor.record(before.isPresent()
				? AuditRecord.updated(PetitionManagement.MODULE, ENTITY, after.day().toString(), before.get(), after)
				: AuditRecord.created(PetitionManagement.MODULE, ENTITY, after.day().toString(), after));
		return true;
	}

	@Transactional
	void remove(LocalDate day) {
		CalendarDay before = day(day).orElseThrow(() -> new PetitionNotFound("calendar day " + day));
		jdbc.sql("DELETE FROM petitions_calendar_day WHERE day = :day").param("day", day).update();
		auditor.record(AuditRecord.removed(PetitionManagement.MODULE, ENTITY, day.toString(), before));
	}

	@Transactional
	void saveFixedHoliday(MonthDay day, String name) {
		String text = PetitionManagement.text(name, 200, "petitions.rule.holidayNameRequired");
		int changed = jdbc.sql("INSERT INTO petitions_fixed_holiday (month, day, name) VALUES (:month, :day, :name)"
				+ " ON CONFLICT (month, day) DO UPDATE SET name = :name")
			.param("month", day.getMonthValue())
			.param("day", day.getDayOfMonth())
			.param("name", text)
			.update();
		if (changed > 0) {
			auditor.record(new AuditRecord(PetitionManagement.MODULE, "FixedHoliday", day.toString(), "SAVED", null,
					Map.of("day", day.toString(), "name", text)));
		}
	}

	@Transactional
	void removeFixedHoliday(MonthDay day) {
		int removed = jdbc.sql("DELETE FROM petitions_fixed_holiday WHERE month = :month AND day = :day")
			.param("month", day.getMonthValue())
			.param("day", day.getDayOfMonth())
			.update();
		if (removed > 0) {
			auditor.record(AuditRecord.removed(PetitionManagement.MODULE, "FixedHoliday", day.toString(),
					Map.of("day", day.toString())));
		}
	}

}
