package vn.ocop.portal.registry;

/**
 * What the audit log records about an organisation, before and after each change: its facts and
 * its current status (dates as ISO text, so that the before/after comparison reads them as text).
 */
record OrganisationAuditValues(String id, String kind, String name, String registrationNumber, String taxCode,
		String registrationDate, String registrationAuthority, String unitCode, String address, String sector,
		String representativeName, String representativeTitle, String phone, String email, String status,
		String statusDate) {

	static OrganisationAuditValues of(Organisation organisation) {
		OrganisationDetails details = organisation.details();
		return new OrganisationAuditValues(organisation.id().value(), organisation.kind().name(), details.name(),
				details.registrationNumber() == null ? null : details.registrationNumber().value(),
				details.taxCode() == null ? null : details.taxCode().value(), details.registrationDate().toString(),
				details.registrationAuthority(), details.unitCode(), details.address(), details.sector().name(),
				details.representativeName(), details.representativeTitle(), details.phone(), details.email(),
				organisation.status().name(), organisation.lastChange().effectiveDate().toString());
	}

}
