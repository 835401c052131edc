package vn.ocop.portal.ocop;

import java.util.List;

/** A stored OCOP subject with its personal data (back office only). */
record Subject(long id, SubjectKind kind, String organisationId, String name, String taxCode, String unitCode,
		List<String> areaCodes, String address, String representative, String phone, String email) {

	/** What the audit log records. */
	java.util.Map<String, Object> auditValues() {
		java.util.Map<String, Object> values = new java.util.LinkedHashMap<>();
		values.put("kind", kind.name());
		values.put("organisationId", organisationId);
		values.put("name", name);
		values.put("taxCode", taxCode);
		values.put("unitCode", unitCode);
		values.put("address", address);
		values.put("representative", representative);
		values.put("phone", phone);
		values.put("email", email);
		return values;
	}

}
