package vn.ocop.portal.ocop;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.stereotype.Component;

import vn.ocop.portal.shared.calendar.WorkingDayCalendar;

/**
 * The commune's limit for checking a dossier: {@code ocop.evaluation.commune-check-working-days}
 * (15 under 26/2026 Art. 7.2) working days from the day it received it, on the shared working-day
 * calendar; "today" from the injected clock.
 */
@Component
class CommuneDeadlines {

	private final WorkingDayCalendar calendar;

	private final Clock clock;

	private final EvaluationProperties properties;

	CommuneDeadlines(WorkingDayCalendar calendar, Clock clock, EvaluationProperties properties) {
		this.calendar = calendar;
		this.clock = clock;
		this.properties = properties;
	}

	LocalDate today() {
		return LocalDate.now(clock);
	}

	/** The last day of the check for a dossier received on {@code receivedOn}. */
	LocalDate dueFor(LocalDate receivedOn) {
		return calendar.plusWorkingDays(receivedOn, properties.communeCheckWorkingDays());
	}

	/** Whether the check of a dossier due on {@code dueOn} is late today. */
	boolean isLate(LocalDate dueOn) {
		return dueOn != null && today().isAfter(dueOn);
	}

}
