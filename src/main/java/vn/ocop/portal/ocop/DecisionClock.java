package vn.ocop.portal.ocop;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * An application against the last day by which it must be decided: running (days left, 0 on the
 * last day), overdue (days past it), or, once decided, decided in time or late (by how many days).
 *
 * @param dueOn  the last day of the limit
 * @param status where it stands
 * @param days   days left (running), past the limit (overdue, late), or before it (in time)
 */
public record DecisionClock(LocalDate dueOn, Status status, long days) {

	public enum Status {

		/** Not decided, the limit not passed: {@code days} left. */
		RUNNING,
		/** Not decided, the limit passed {@code days} days ago. */
		OVERDUE,
		/** Decided on or before the last day. */
		DECIDED_IN_TIME,
		/** Decided {@code days} days after the last day. */
		DECIDED_LATE;

		public String messageKey() {
			return "ocop.decisionClock." + name();
		}

	}

	/** The clock of a limit ending {@code dueOn}, decided on {@code decidedOn} (null: not yet), on {@code today}. */
	static DecisionClock of(LocalDate dueOn, LocalDate decidedOn, LocalDate today) {
		if (decidedOn != null) {
			return decidedOn.isAfter(dueOn) ? new DecisionClock(dueOn, Status.DECIDED_LATE, ChronoUnit.DAYS.between(dueOn, decidedOn))
					: new DecisionClock(dueOn, Status.DECIDED_IN_TIME, ChronoUnit.DAYS.between(decidedOn, dueOn));
		}
		return today.isAfter(dueOn) ? new DecisionClock(dueOn, Status.OVERDUE, ChronoUnit.DAYS.between(dueOn, today))
				: new DecisionClock(dueOn, Status.RUNNING, ChronoUnit.DAYS.between(today, dueOn));
	}

	public boolean overdue() {
		return status == Status.OVERDUE;
	}

}
