package vn.ocop.portal.ocop;

import java.util.List;

/** A support record that breaks a rule: each problem names the field, a message key and its arguments. */
class InvalidSupportRecord extends RuntimeException {

	private static final long serialVersionUID = 1L;

	/** One problem: the form field ({@code kind}, {@code productCode}, {@code subjectId}, {@code year}, …). */
	record Problem(String field, String messageKey, Object... arguments) {
	}

	private final transient List<Problem> problems;

	InvalidSupportRecord(List<Problem> problems) {
		super("Invalid support record: " + problems.stream().map(Problem::messageKey).toList());
		this.problems = List.copyOf(problems);
	}

	List<Problem> problems() {
		return problems;
	}

}
