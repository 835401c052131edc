package vn.ocop.portal.ocop;

import java.util.List;

/** A score sheet that does not fit its scorecard; {@link #problems()} says why, criterion by criterion. */
public class InvalidScoreSheet extends RuntimeException {

	private final transient List<ScoreProblem> problems;

	InvalidScoreSheet(List<ScoreProblem> problems) {
		super("Invalid score sheet: " + problems.stream().map(p -> p.criterionCode() + " " + p.messageKey()).toList());
		this.problems = List.copyOf(problems);
	}

	public List<ScoreProblem> problems() {
		return problems;
	}

}
