package vn.ocop.portal.ocop;

import java.util.List;

/** A scorecard file that was refused as a whole; nothing of it was stored. */
class ScorecardImportRejected extends RuntimeException {

	private final transient List<ScorecardProblem> problems;

	ScorecardImportRejected(List<ScorecardProblem> problems) {
		super("Scorecard file rejected: " + problems.size() + " problem(s), first: " + problems.get(0).where() + " "
				+ problems.get(0).messageKey() + " " + problems.get(0).args());
		this.problems = List.copyOf(problems);
	}

	List<ScorecardProblem> problems() {
		return problems;
	}

}
