package vn.ocop.portal.ocop;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The documented states and the moves each allows (docs/ocop.md, "Applications"). */
class ApplicationStateTests {

	@Test
	void theProcedureRunsFromDraftThroughCommuneProvinceAndCouncilToADecision() {
		assertThat(ApplicationState.DRAFT.mayMoveTo(ApplicationState.SUBMITTED)).isTrue();
		assertThat(ApplicationState.SUBMITTED.mayMoveTo(ApplicationState.COMMUNE_CHECK)).isTrue();
		assertThat(ApplicationState.COMMUNE_CHECK.mayMoveTo(ApplicationState.PROVINCE_CHECK)).isTrue();
		assertThat(ApplicationState.PROVINCE_CHECK.mayMoveTo(ApplicationState.ADVISORY_REVIEW)).isTrue();
		assertThat(ApplicationState.ADVISORY_REVIEW.mayMoveTo(ApplicationState.COUNCIL_SCORING)).isTrue();
		assertThat(ApplicationState.COUNCIL_SCORING.next()).containsExactlyInAnyOrder(ApplicationState.SCORED,
				ApplicationState.AWAITING_DECISION, ApplicationState.PROPOSED_TO_CENTRAL, ApplicationState.NOT_RECOGNISED);
		assertThat(ApplicationState.AWAITING_DECISION.next()).containsExactly(ApplicationState.DECIDED);
		assertThat(ApplicationState.RETURNED.mayMoveTo(ApplicationState.SUBMITTED)).isTrue();
	}

	@Test
	void stepsCannotBeSkippedAndEndStatesAreFinal() {
		assertThat(ApplicationState.DRAFT.mayMoveTo(ApplicationState.COMMUNE_CHECK)).isFalse();
		assertThat(ApplicationState.SUBMITTED.mayMoveTo(ApplicationState.PROVINCE_CHECK)).isFalse();
		assertThat(ApplicationState.COMMUNE_CHECK.mayMoveTo(ApplicationState.COUNCIL_SCORING)).isFalse();
		assertThat(ApplicationState.COUNCIL_SCORING.mayMoveTo(ApplicationState.WITHDRAWN)).isFalse();
		assertThat(ApplicationState.SCORED.mayMoveTo(ApplicationState.COUNCIL_SCORING)).isFalse();
		for (ApplicationState end : new ApplicationState[] { ApplicationState.DECIDED, ApplicationState.NOT_RECOGNISED,
				ApplicationState.REJECTED, ApplicationState.WITHDRAWN }) {
			assertThat(end.next()).isEmpty();
		}
	}

}
