package vn.ocop.portal.ocop;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where an application stands (26/2026 Art. 7, domain §4 "Who does what"); see the state diagram in
 * {@code docs/ocop.md}. Each state lists the states it may move to; anything else is refused.
 */
public enum ApplicationState {

	/** The subject prepares Mẫu 01 and 02 and uploads its documents. */
	DRAFT,
	/** Filed with the commune; the commune has not yet received it. */
	SUBMITTED,
	/** Received by the commune, which checks it and assesses the 4 local criteria within its working-day limit. */
	COMMUNE_CHECK,
	/** Proposed by the commune (Mẫu 03); the province's OCOP office checks it. */
	PROVINCE_CHECK,
	/** The council's advisory team reviews, visits, asks for tests. */
	ADVISORY_REVIEW,
	/** Members score it on the scorecard, each on their own. */
	COUNCIL_SCORING,
	/** Every present member scored; the spread was above the threshold: the council discusses before concluding. */
	SCORED,
	/** Concluded with a recognised star that this level recognises: awaits the decision. */
	AWAITING_DECISION,
	/** Concluded with a total at or above the forwarding threshold (≥ 90 under 26/2026): proposed to the level above. */
	PROPOSED_TO_CENTRAL,
	/** Concluded below the recognised stars, or stopped by a gate; the round's decision closes it (its number and date recorded, the state stays). */
	NOT_RECOGNISED,
	/** The decision was taken (certification module). */
	DECIDED,
	/** Sent back to the subject to complete; it may be filed again. */
	RETURNED,
	/** Refused (hard gate on the dossier, or not eligible). */
	REJECTED,
	/** Withdrawn by the subject. */
	WITHDRAWN;

	public Set<ApplicationState> next() {
		return switch (this) {
			case DRAFT, RETURNED -> EnumSet.of(SUBMITTED, WITHDRAWN);
			case SUBMITTED -> EnumSet.of(COMMUNE_CHECK, WITHDRAWN);
			case COMMUNE_CHECK -> EnumSet.of(PROVINCE_CHECK, RETURNED, WITHDRAWN);
			case PROVINCE_CHECK -> EnumSet.of(ADVISORY_REVIEW, RETURNED, REJECTED, WITHDRAWN);
			case ADVISORY_REVIEW -> EnumSet.of(COUNCIL_SCORING, RETURNED, REJECTED, WITHDRAWN);
			case COUNCIL_SCORING -> EnumSet.of(SCORED, AWAITING_DECISION, PROPOSED_TO_CENTRAL, NOT_RECOGNISED);
			case SCORED -> EnumSet.of(AWAITING_DECISION, PROPOSED_TO_CENTRAL, NOT_RECOGNISED);
			case AWAITING_DECISION, PROPOSED_TO_CENTRAL -> EnumSet.of(DECIDED);
			case NOT_RECOGNISED, DECIDED, REJECTED, WITHDRAWN -> EnumSet.noneOf(ApplicationState.class);
		};
	}

	public boolean mayMoveTo(ApplicationState target) {
		return next().contains(target);
	}

	/** Whether the subject may still change its forms and documents. */
	boolean editableBySubject() {
		return this == DRAFT || this == RETURNED;
	}

	/** Whether the council sees the application (it reached the council). */
	boolean atCouncil() {
		return this == COUNCIL_SCORING || this == SCORED || this == AWAITING_DECISION || this == PROPOSED_TO_CENTRAL
				|| this == NOT_RECOGNISED || this == DECIDED;
	}

	public String messageKey() {
		return "ocop.application.state." + name();
	}

}
