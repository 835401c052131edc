package vn.ocop.portal.ocop;

import java.util.List;

/**
 * One thing wrong with a scorecard file, where it is (sheet and row, or the element's path in a
 * JSON file) and why, as a message key with arguments (said in Vietnamese or English by the page).
 */
record ScorecardProblem(String where, String messageKey, List<Object> args) {

	ScorecardProblem {
		args = List.copyOf(args);
	}

	static ScorecardProblem of(String where, String key, Object... args) {
		return new ScorecardProblem(where, "ocop.import.problem." + key, List.of(args));
	}

}
