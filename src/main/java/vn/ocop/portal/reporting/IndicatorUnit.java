package vn.ocop.portal.reporting;

/** What an indicator's number counts or measures; its name is in the message bundles. */
public enum IndicatorUnit {

	ORGANISATIONS, PERSONS, COOPERATIVES, PERCENT, DONG, DONG_PER_WORKER_YEAR, PETITIONS, PRODUCTS, SUBJECTS;

	public String messageKey() {
		return "reporting.unit." + name();
	}

}
