package vn.ocop.portal.certification;

import java.util.List;

/**
 * Why a decision, a filing or a revocation was refused: the row (1-based, 0 for the heading), the
 * field and a message key with arguments ({@code certification.problem.*}, Vietnamese and English).
 */
public record CertificationProblem(int row, String field, String messageKey, List<Object> arguments) {

	static CertificationProblem of(int row, String field, String key, Object... arguments) {
		return new CertificationProblem(row, field, "certification.problem." + key, List.of(arguments));
	}

}
