package vn.ocop.portal.registry;

import java.time.LocalDate;

/**
 * An organisation stopped its activity (suspension recorded).
 *
 * @param id            its code
 * @param effectiveDate the first day of the suspension
 */
public record OrganisationSuspended(OrganisationId id, LocalDate effectiveDate) {
}
