package vn.ocop.portal.certification;

import java.util.List;

/** Thrown when nothing was stored because of the problems listed. */
public class CertificationRefused extends RuntimeException {

	private final List<CertificationProblem> problems;

	CertificationRefused(List<CertificationProblem> problems) {
		super(problems.size() + " certification problem(s): " + problems);
		this.problems = List.copyOf(problems);
	}

	public List<CertificationProblem> problems() {
		return problems;
	}

}
