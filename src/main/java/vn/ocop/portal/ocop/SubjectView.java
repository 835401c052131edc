package vn.ocop.portal.ocop;

/**
 * An OCOP subject as other modules and public pages see it: no personal data (the representative
 * and contact details stay in the back office).
 *
 * @param id             the subject's number
 * @param kind           cooperative, group, enterprise, farm or household business
 * @param organisationId the registry's code for cooperatives and groups, else null
 * @param name           its name
 * @param taxCode        tax or business registration code, or null
 * @param unitCode       its administrative unit
 * @param unitName       the unit's official name
 * @param address        its business address, or null
 */
public record SubjectView(long id, SubjectKind kind, String organisationId, String name, String taxCode, String unitCode,
		String unitName, String address) {
}
