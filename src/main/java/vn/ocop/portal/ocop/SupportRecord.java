package vn.ocop.portal.ocop;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One support record as the back office and the API show it. */
record SupportRecord(long id, SupportKind kind, long subjectId, String subjectName, String unitCode, List<String> areaCodes,
		Long productId, String productName, String productCode, int year, LocalDate supportedOn, String programme,
		String fundingSource, String note, int version) {

	Map<String, Object> auditValues() {
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("kind", kind.name());
		values.put("subjectId", subjectId);
		values.put("productId", productId);
		values.put("year", year);
		values.put("supportedOn", supportedOn == null ? null : supportedOn.toString());
		values.put("programme", programme);
		values.put("fundingSource", fundingSource);
		values.put("note", note);
		return values;
	}

}
