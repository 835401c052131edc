package vn.ocop.portal.registry;

import jakarta.validation.constraints.Size;

/**
 * What an officer enters to suspend, resume or dissolve an organisation: the effective date and,
 * by transition, the reason (suspension) or the decision (dissolution).
 */
record TransitionForm(
		@Size(max = 10) String date,
		@Size(max = Organisation.REASON_MAX) String reason,
		@Size(max = Organisation.DECISION_NUMBER_MAX) String decisionNumber,
		@Size(max = 10) String decisionDate,
		@Size(max = 12) String dissolutionKind) {

	static TransitionForm empty() {
		return new TransitionForm("", "", "", "", "");
	}

}
