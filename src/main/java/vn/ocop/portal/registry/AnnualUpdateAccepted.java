package vn.ocop.portal.registry;

/**
 * An organisation's annual update for a year was accepted (by an officer's review, or entered by an
 * officer): its figures (members, workers, revenue) now count in the statistics and the public
 * profile.
 *
 * @param id   the organisation's code
 * @param year the year reported
 */
public record AnnualUpdateAccepted(OrganisationId id, int year) {
}
