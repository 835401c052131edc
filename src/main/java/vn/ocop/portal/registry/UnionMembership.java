package vn.ocop.portal.registry;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A cooperative's membership of a union of cooperatives, from {@code joinedOn} to {@code leftOn}
 * (both inclusive; {@code leftOn} null while it is a member).
 *
 * @param id         the membership's number
 * @param unionId    the union (LHHTX)
 * @param unionName  the union's name
 * @param memberId   the member cooperative (HTX)
 * @param memberName the member's name
 * @param joinedOn   first day of membership
 * @param leftOn     last day of membership, null while a member
 * @param recordedAt when it was recorded (or last changed)
 * @param recordedBy who recorded it
 */
public record UnionMembership(long id, OrganisationId unionId, String unionName, OrganisationId memberId, String memberName,
		LocalDate joinedOn, LocalDate leftOn, Instant recordedAt, String recordedBy) {

	/** Whether the cooperative was a member on the date. */
	public boolean activeOn(LocalDate date) {
		return !date.isBefore(joinedOn) && (leftOn == null || !date.isAfter(leftOn));
	}

	/** Whether two periods of membership share a day. */
	static boolean overlap(LocalDate from1, LocalDate to1, LocalDate from2, LocalDate to2) {
		return RuleCsv.overlap(from1, to1, from2, to2);
	}

}
