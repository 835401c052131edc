package vn.ocop.portal.registry;

import java.time.LocalDate;

/**
 * One row of a list of organisations.
 *
 * @param id                 the organisation's code
 * @param kind               its kind
 * @param name               its name
 * @param registrationNumber registration number, or null
 * @param taxCode            tax code, or null
 * @param registrationDate   registration date
 * @param unitCode           the unit it was registered in
 * @param unit               the unit it lay in on the list's date (null when unknown)
 * @param sector             its sector
 * @param status             its status on the list's date
 * @param updateStatus       the state of the chosen year's update (null: no year chosen, or none)
 * @param members            members reported for the chosen year (null: no year chosen, or none)
 */
public record OrganisationSummary(OrganisationId id, OrganisationKind kind, String name, String registrationNumber,
		String taxCode, LocalDate registrationDate, String unitCode, UnitRef unit, Sector sector, OrganisationStatus status,
		AnnualUpdateStatus updateStatus, Integer members) {

	OrganisationSummary withUnit(UnitRef ref) {
		return new OrganisationSummary(id, kind, name, registrationNumber, taxCode, registrationDate, unitCode, ref, sector,
				status, updateStatus, members);
	}

}
