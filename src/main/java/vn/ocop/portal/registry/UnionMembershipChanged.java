package vn.ocop.portal.registry;

import java.time.LocalDate;

/**
 * A cooperative joined a union, or its membership ended (left, or the member was dissolved).
 *
 * @param unionId  the union
 * @param memberId the member cooperative
 * @param on       the day it joined, or its last day of membership
 * @param joined   true when it joined, false when the membership ended
 */
public record UnionMembershipChanged(OrganisationId unionId, OrganisationId memberId, LocalDate on, boolean joined) {
}
