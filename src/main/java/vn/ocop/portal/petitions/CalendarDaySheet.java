package vn.ocop.portal.petitions;

import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;

import vn.ocop.portal.identity.Role;
import vn.ocop.portal.identity.ScopedUser;
import vn.ocop.portal.importing.ColumnDefinition;
import vn.ocop.portal.importing.ColumnType;
import vn.ocop.portal.importing.ImportRow;
import vn.ocop.portal.importing.RowProblems;
import vn.ocop.portal.importing.SheetDefinition;
import vn.ocop.portal.importing.SheetImporter;
import vn.ocop.portal.importing.ImportContext;
import vn.ocop.portal.importing.StoreCounts;

/**
 * The sheet {@code ngay-lam-viec} (alias {@code calendar-days}): the dated days of the working-day
 * calendar, one a row (date, NGHI or LAM, name), upserted by date; the administrator imports a
 * year's notice at once. Each changed day is audited.
 */
@Component
class CalendarDaySheet implements SheetImporter<CalendarAdministration.CalendarDay> {

	static final String SHEET = "ngay-lam-viec";

	static final SheetDefinition DEFINITION = SheetDefinition.of(SHEET, "petitions.import.calendar",
			"petitions.import.calendar.description",
			ColumnDefinition.required("ngay", ColumnType.DATE, "petitions.import.column.day").alias("day").example("10/02/2026"),
			ColumnDefinition.required("loai", ColumnType.CODE, "petitions.import.column.kind").alias("kind").maxLength(12)
				.example("NGHI"),
			ColumnDefinition.required("ten", ColumnType.TEXT, "petitions.import.column.name").alias("name").maxLength(200)
				.example("Tết Nguyên đán"))
		.alias("calendar-days")
		.key("ngay")
		.order(200);

	private final CalendarAdministration calendar;

	CalendarDaySheet(CalendarAdministration calendar) {
		this.calendar = calendar;
	}

	@Override
	public SheetDefinition definition() {
		return DEFINITION;
	}

	@Override
	public boolean mayImport(ScopedUser user) {
		return user.role() == Role.ADMIN;
	}

	@Override
	public CalendarAdministration.CalendarDay parse(ImportRow row, RowProblems problems) {
		String kind = row.code("loai");
		CalendarAdministration.DayKind dayKind = null;
		if (kind != null) {
			dayKind = switch (kind.strip().toUpperCase(Locale.ROOT)) {
				case "NGHI", "DAY_OFF" -> CalendarAdministration.DayKind.DAY_OFF;
				case "LAM", "WORKING_DAY" -> CalendarAdministration.DayKind.WORKING_DAY;
				default -> {
					problems.add("loai", "petitions.import.problem.kind", kind);
					yield null;
				}
			};
		}
		return new CalendarAdministration.CalendarDay(row.date("ngay"), dayKind, row.text("ten"));
	}

	@Override
	public String key(CalendarAdministration.CalendarDay row) {
		return row.day() == null ? null : row.day().toString();
	}

	@Override
	public StoreCounts store(List<CalendarAdministration.CalendarDay> batch, ImportContext context) {
		long created = 0;
		long updated = 0;
		long unchanged = 0;
		for (CalendarAdministration.CalendarDay day : batch) {
			boolean existed = calendar.day(day.day()).isPresent();
			if (!calendar.save(day)) {
				unchanged++;
			}
			else if (existed) {
				updated++;
			}
			else {
				created++;
			}
		}
		return new StoreCounts(created, updated, unchanged);
	}

}
