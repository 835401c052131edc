package vn.ocop.portal.ocop;

import java.time.LocalDate;

/**
 * An evaluation round: the level that runs it, the organising unit, year and number, the instrument
 * whose rules apply, and its statutory dates (taken from {@code ocop_round_schedule} when created).
 */
record Round(long id, EvaluationLevel level, String unitCode, int year, int number, String instrumentCode,
		LocalDate proposalsDue, LocalDate resultsDue) {

	public String label() {
		return number + "/" + year;
	}

}
