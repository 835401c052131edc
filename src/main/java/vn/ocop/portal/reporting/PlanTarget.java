package vn.ocop.portal.reporting;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A plan's target for one indicator in one unit and year ("chỉ tiêu kế hoạch").
 *
 * @param indicatorCode the catalogue's code, e.g. {@code THT_ACTIVE}
 * @param unitCode      the administrative unit, valid in the year
 * @param year          the plan's year
 * @param target        the target number (positive)
 * @param note          optional note (the plan document it comes from)
 * @param updatedAt     when it was last set
 * @param updatedBy     who last set it
 */
public record PlanTarget(String indicatorCode, String unitCode, int year, BigDecimal target, String note, Instant updatedAt,
		String updatedBy) {

	String id() {
		return indicatorCode + "/" + unitCode + "/" + year;
	}

	/** The audited values. */
	java.util.Map<String, Object> auditValues() {
		java.util.Map<String, Object> values = new java.util.LinkedHashMap<>();
		values.put("indicator", indicatorCode);
		values.put("unit", unitCode);
		values.put("year", year);
		values.put("target", target.toPlainString());
		values.put("note", note);
		return values;
	}

}
