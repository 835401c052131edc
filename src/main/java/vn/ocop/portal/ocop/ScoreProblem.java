package vn.ocop.portal.ocop;

import java.util.List;

/**
 * Why a score sheet cannot be scored on a scorecard (a criterion without a choice, an option of
 * another criterion, a case not chosen, ...), as a message key with arguments.
 *
 * @param criterionCode the criterion (or section number, or gate code) concerned
 * @param messageKey    key in {@code messages/ocop*.properties}
 * @param args          arguments of the message
 */
public record ScoreProblem(String criterionCode, String messageKey, List<Object> args) {

	public ScoreProblem {
		args = List.copyOf(args);
	}

	static ScoreProblem of(String code, String key, Object... args) {
		return new ScoreProblem(code, "ocop.score.problem." + key, List.of(args));
	}

}
