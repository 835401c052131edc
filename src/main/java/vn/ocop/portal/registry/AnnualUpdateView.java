package vn.ocop.portal.registry;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * An annual update as pages and the API show it.
 *
 * @param organisationId      the organisation
 * @param year                the reporting year
 * @param status              submitted, accepted or returned
 * @param figures             the reported figures
 * @param classification      the band of the score for the year (null: no score)
 * @param classificationBasis the rule set that gave the band
 * @param dueDate             15 December of the year
 * @param submittedAt         when it was (last) submitted or entered
 * @param submittedBy         who submitted or entered it
 * @param enteredByOfficer    whether an officer entered it
 * @param reviewedAt          when an officer accepted, returned or corrected it
 * @param reviewedBy          the officer
 * @param returnReason        why it was returned (status RETURNED)
 * @param late                whether it was submitted after the due date
 */
public record AnnualUpdateView(OrganisationId organisationId, int year, AnnualUpdateStatus status, AnnualFigures figures,
		Classification classification, String classificationBasis, LocalDate dueDate, Instant submittedAt,
		String submittedBy, boolean enteredByOfficer, Instant reviewedAt, String reviewedBy, String returnReason,
		boolean late) {

	static AnnualUpdateView of(AnnualUpdate update) {
		LocalDate submittedOn = update.submittedAt() == null ? null
				: update.submittedAt().atZone(ZoneId.of("Asia/Ho_Chi_Minh")).toLocalDate();
		return new AnnualUpdateView(update.organisationId(), update.year(), update.status(), update.figures(),
				update.classification(), update.classificationBasis(), update.dueDate(), update.submittedAt(),
				update.submittedBy(), update.enteredByOfficer(), update.reviewedAt(), update.reviewedBy(),
				update.returnReason(), submittedOn != null && submittedOn.isAfter(update.dueDate()));
	}

}
