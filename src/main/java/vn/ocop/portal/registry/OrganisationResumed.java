package vn.ocop.portal.registry;

import java.time.LocalDate;

/**
 * A suspended organisation resumed its activity.
 *
 * @param id            its code
 * @param effectiveDate the day it resumed
 */
public record OrganisationResumed(OrganisationId id, LocalDate effectiveDate) {
}
