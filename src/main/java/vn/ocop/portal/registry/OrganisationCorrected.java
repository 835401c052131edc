package vn.ocop.portal.registry;

/**
 * An organisation's registered facts (name, numbers, unit, address, sector, contact) were corrected.
 *
 * @param id its code
 */
public record OrganisationCorrected(OrganisationId id) {
}
