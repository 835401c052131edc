package vn.ocop.portal.petitions;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a petition stands (domain §6, Decree 20/2008/NĐ-CP as amended):
 * <pre>
 * RECEIVED ─┬─ within competence ──► ACCEPTED ─► ASSIGNED ─► ANSWERED ─► APPROVED ─► PUBLISHED ─► CLOSED
 *           ├─ outside competence ─► TO_FORWARD ─► FORWARDED ─► CLOSED        ▲                      │
 *           ├─ rejected (reason) ──► REJECTED ─► CLOSED                       └──── reopened ◄───────┘
 *           └─ complaint or denunciation ─► REDIRECTED ─► CLOSED
 * </pre>
 * A follow-up reopens a published or closed answer: back to ASSIGNED with a new deadline.
 */
enum PetitionStatus {

	RECEIVED, TO_FORWARD, FORWARDED, REJECTED, REDIRECTED, ACCEPTED, ASSIGNED, ANSWERED, APPROVED, PUBLISHED, CLOSED;

	/** States in which the lead department still owes an answer. */
	static final Set<PetitionStatus> AWAITING_ANSWER = EnumSet.of(ACCEPTED, ASSIGNED);

	/** States in which an answer exists. */
	static final Set<PetitionStatus> ANSWERED_STATES = EnumSet.of(ANSWERED, APPROVED, PUBLISHED, CLOSED);

	String messageKey() {
		return "petitions.status." + name();
	}

}
