package vn.ocop.portal.ocop;

/**
 * A round as the certification module lists it for its decisions
 * ({@link OcopEvaluations#roundsWithPendingDecisions(java.util.List, int, int)}).
 *
 * @param id             the round
 * @param level          the level that organises it
 * @param unitCode       the organising unit (e.g. the province {@code 06})
 * @param year           its year
 * @param number         its number in the year
 * @param instrumentCode the instrument whose rules apply
 * @param pending        concluded applications not decided yet (awaiting, proposed, not recognised)
 */
public record EvaluationRound(long id, EvaluationLevel level, String unitCode, int year, int number, String instrumentCode,
		long pending) {

	public String label() {
		return number + "/" + year;
	}

}
