package vn.ocop.portal.registry;

import java.time.LocalDate;

/**
 * An organisation was dissolved.
 *
 * @param id            its code
 * @param effectiveDate the day it was dissolved
 * @param kind          voluntary or compulsory
 */
public record OrganisationDissolved(OrganisationId id, LocalDate effectiveDate, DissolutionKind kind) {
}
