package vn.ocop.portal.shared.calendar;

import java.time.LocalDate;

/**
 * The official working days of Vietnam's public administration: weekdays, less the public holidays
 * fixed by the Labour Code and the days the Government moves each year (domain §6). Statutory
 * limits counted in working days — a petition's answer, a commune's check of an OCOP dossier — are
 * computed here, so every module counts them on the same calendar.
 * <p>
 * One implementation, kept by the administrator in the petitions module (the calendar pages and
 * the import sheet {@code ngay-lam-viec}); other modules depend only on this interface. Reads are
 * not cached: another node may have changed the calendar.
 */
public interface WorkingDayCalendar {

	/**
	 * The day on which a limit of {@code count} working days that starts on {@code start} ends: the
	 * {@code count}-th working day after {@code start} ({@code start} itself is not counted).
	 */
	LocalDate plusWorkingDays(LocalDate start, int count);

	/** The {@code count}-th working day before {@code end}. */
	LocalDate minusWorkingDays(LocalDate end, int count);

	boolean isWorkingDay(LocalDate day);

}
