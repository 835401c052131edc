package vn.ocop.portal.reporting;

/** Reads a year given in a request: four digits, else a {@link ReportNotAvailable}. */
final class YearParameter {

	private YearParameter() {
	}

	/** The year, or {@code fallback} when none was given. */
	static int parse(String year, int fallback) {
		if (year == null || year.isBlank()) {
			return fallback;
		}
		String digits = year.strip();
		if (!digits.matches("\\d{4}")) {
			throw new ReportNotAvailable("reporting.problem.yearFormat", digits);
		}
		return Integer.parseInt(digits);
	}

	/** Only the digits of a year, for redirects. */
	static String digits(String year) {
		return year.replaceAll("\\D", "");
	}

}
