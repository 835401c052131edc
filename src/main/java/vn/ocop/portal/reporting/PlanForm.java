package vn.ocop.portal.reporting;

import java.math.BigDecimal;

/** The back-office form that sets one plan target; every field as typed, checked by {@link PlanManagement}. */
record PlanForm(String indicator, String unit, String year, String target, String note) {

	static PlanForm of(String unit, Integer year) {
		return new PlanForm(null, unit, year == null ? null : year.toString(), null, null);
	}

	/** The year as a number, or null when it is not four digits. */
	Integer yearNumber() {
		return year != null && year.strip().matches("\\d{4}") ? Integer.valueOf(year.strip()) : null;
	}

	/** The target as typed with or without grouping ({@code 7.210}, {@code 7210}); null when it is not a whole number. */
	BigDecimal targetNumber() {
		return parseTarget(target);
	}

	static BigDecimal parseTarget(String text) {
		if (text == null) {
			return null;
		}
		String digits = text.strip().replace(".", "").replace(",", "").replace(" ", "").replace("\u00a0", "");
		return digits.matches("\\d{1,16}") ? new BigDecimal(digits) : null;
	}

}
