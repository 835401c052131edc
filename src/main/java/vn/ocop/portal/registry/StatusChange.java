package vn.ocop.portal.registry;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One dated event of an organisation's life cycle, as recorded.
 *
 * @param seq             its number in the organisation's history (1 = registration)
 * @param transition      what happened
 * @param effectiveDate   the day it took effect
 * @param reason          why (suspensions), else null
 * @param decisionNumber  the dissolution decision's number, else null
 * @param decisionDate    the dissolution decision's date, else null
 * @param dissolutionKind voluntary or compulsory (dissolutions), else null
 * @param recordedAt      when it was recorded
 * @param recordedBy      who recorded it (username, or {@code system})
 */
public record StatusChange(int seq, Transition transition, LocalDate effectiveDate, String reason, String decisionNumber,
		LocalDate decisionDate, DissolutionKind dissolutionKind, Instant recordedAt, String recordedBy) {

	public StatusChange {
		Objects.requireNonNull(transition, "transition");
		Objects.requireNonNull(effectiveDate, "effectiveDate");
		Objects.requireNonNull(recordedAt, "recordedAt");
		Objects.requireNonNull(recordedBy, "recordedBy");
	}

	/** The status the organisation was in from this change on. */
	public OrganisationStatus status() {
		return transition.result();
	}

}
