package vn.ocop.portal.registry;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Objects;

/**
 * One organisation's annual update for one year (Circular 09/2024/TT-BKHĐT, forms VII-1/2/3), due
 * by {@link #DUE 15 December} of the year. The organisation's representative {@link #submit submits}
 * it and an officer {@link #accept accepts} it or {@link #returnForCorrection returns} it with a
 * reason; an update an officer {@link #enter enters} or {@link #correct corrects} is accepted at
 * once. See {@link AnnualUpdateStatus}.
 */
final class AnnualUpdate {

	/** The day of the year by which the update is due. */
	static final MonthDay DUE = MonthDay.of(12, 15);

	static final int REASON_MAX = 1000;

	private final OrganisationId organisationId;

	private final int year;

	private AnnualUpdateStatus status;

	private AnnualFigures figures;

	private Classification classification;

	private String classificationBasis;

	private Instant submittedAt;

	private String submittedBy;

	private boolean enteredByOfficer;

	private Instant reviewedAt;

	private String reviewedBy;

	private String returnReason;

	private final boolean isNew;

	private final int version;

	private AnnualUpdate(OrganisationId organisationId, int year, AnnualUpdateStatus status, AnnualFigures figures,
			Classification classification, String classificationBasis, Instant submittedAt, String submittedBy,
			boolean enteredByOfficer, Instant reviewedAt, String reviewedBy, String returnReason, boolean isNew, int version) {
		this.organisationId = Objects.requireNonNull(organisationId, "organisationId");
		this.year = year;
		this.status = Objects.requireNonNull(status, "status");
		this.figures = Objects.requireNonNull(figures, "figures");
		this.classification = classification;
		this.classificationBasis = classificationBasis;
		this.submittedAt = submittedAt;
		this.submittedBy = submittedBy;
		this.enteredByOfficer = enteredByOfficer;
		this.reviewedAt = reviewedAt;
		this.reviewedBy = reviewedBy;
		this.returnReason = returnReason;
		this.isNew = isNew;
		this.version = version;
	}

	/** The representative's update, waiting for an officer. */
	static AnnualUpdate submit(OrganisationId organisationId, int year, AnnualFigures figures,
			ClassificationRules.Result classification, String representative, Clock clock) {
		return new AnnualUpdate(organisationId, year, AnnualUpdateStatus.SUBMITTED, figures, band(classification),
				basis(classification), Instant.now(clock), representative, false, null, null, null, true, 0);
	}

	/** An update an officer enters (from a paper form): accepted at once. */
	static AnnualUpdate enter(OrganisationId organisationId, int year, AnnualFigures figures,
			ClassificationRules.Result classification, String officer, Clock clock) {
		Instant now = Instant.now(clock);
		return new AnnualUpdate(organisationId, year, AnnualUpdateStatus.ACCEPTED, figures, band(classification),
				basis(classification), now, officer, true, now, officer, null, true, 0);
	}

	static AnnualUpdate restore(OrganisationId organisationId, int year, AnnualUpdateStatus status, AnnualFigures figures,
			Classification classification, String classificationBasis, Instant submittedAt, String submittedBy,
			boolean enteredByOfficer, Instant reviewedAt, String reviewedBy, String returnReason, int version) {
		return new AnnualUpdate(organisationId, year, status, figures, classification, classificationBasis, submittedAt,
				submittedBy, enteredByOfficer, reviewedAt, reviewedBy, returnReason, false, version);
	}

	/** The representative submits new figures again: allowed until an officer accepted the update. */
	void resubmit(AnnualFigures newFigures, ClassificationRules.Result newClassification, String representative, Clock clock) {
		if (status == AnnualUpdateStatus.ACCEPTED) {
			throw new RegistryRuleViolation(null, "registry.rule.update.alreadyAccepted");
		}
		this.status = AnnualUpdateStatus.SUBMITTED;
		this.figures = newFigures;
		this.classification = band(newClassification);
		this.classificationBasis = basis(newClassification);
		this.submittedAt = Instant.now(clock);
		this.submittedBy = representative;
		this.enteredByOfficer = false;
		this.reviewedAt = null;
		this.reviewedBy = null;
		this.returnReason = null;
	}

	/** An officer corrects the figures: the update is accepted with them. */
	void correct(AnnualFigures newFigures, ClassificationRules.Result newClassification, String officer, Clock clock) {
		this.figures = newFigures;
		this.classification = band(newClassification);
		this.classificationBasis = basis(newClassification);
		this.status = AnnualUpdateStatus.ACCEPTED;
		this.reviewedAt = Instant.now(clock);
		this.reviewedBy = officer;
		this.returnReason = null;
	}

	/** An officer accepts a submitted update. */
	void accept(String officer, Clock clock) {
		requireSubmitted();
		this.status = AnnualUpdateStatus.ACCEPTED;
		this.reviewedAt = Instant.now(clock);
		this.reviewedBy = officer;
		this.returnReason = null;
	}

	/** An officer returns a submitted update to the representative, saying what to correct. */
	void returnForCorrection(String reason, String officer, Clock clock) {
		requireSubmitted();
		String why = reason == null ? "" : reason.strip();
		if (why.isEmpty()) {
			throw new RegistryRuleViolation("reason", "registry.rule.required");
		}
		if (why.length() > REASON_MAX) {
			throw new RegistryRuleViolation("reason", "registry.rule.tooLong", REASON_MAX);
		}
		this.status = AnnualUpdateStatus.RETURNED;
		this.reviewedAt = Instant.now(clock);
		this.reviewedBy = officer;
		this.returnReason = why;
	}

	private void requireSubmitted() {
		if (status != AnnualUpdateStatus.SUBMITTED) {
			throw new RegistryRuleViolation(null, "registry.rule.update.notSubmitted");
		}
	}

	private static Classification band(ClassificationRules.Result result) {
		return result == null ? null : result.classification();
	}

	private static String basis(ClassificationRules.Result result) {
		return result == null ? null : result.ruleSet().name() + " (" + result.ruleSet().legalBasis() + ")";
	}

	/** The day the update is due: 15 December of its year. */
	LocalDate dueDate() {
		return DUE.atYear(year);
	}

	// ------------------------------------------------------------------------------------------

	OrganisationId organisationId() {
		return organisationId;
	}

	int year() {
		return year;
	}

	AnnualUpdateStatus status() {
		return status;
	}

	AnnualFigures figures() {
		return figures;
	}

	Classification classification() {
		return classification;
	}

	String classificationBasis() {
		return classificationBasis;
	}

	Instant submittedAt() {
		return submittedAt;
	}

	String submittedBy() {
		return submittedBy;
	}

	boolean enteredByOfficer() {
		return enteredByOfficer;
	}

	Instant reviewedAt() {
		return reviewedAt;
	}

	String reviewedBy() {
		return reviewedBy;
	}

	String returnReason() {
		return returnReason;
	}

	boolean isNew() {
		return isNew;
	}

	int version() {
		return version;
	}

	/** What the audit log records: the status, the figures and the review. */
	AnnualUpdateAuditValues auditValues() {
		return new AnnualUpdateAuditValues(organisationId.value(), year, status.name(), figures.officialMembers(),
				figures.capitalAssociates(), figures.nonCapitalAssociates(), figures.memberCooperatives(), figures.workers(),
				figures.charterCapital().toPlainString(), figures.totalAssets().toPlainString(),
				figures.revenue().toPlainString(), figures.profit().toPlainString(), figures.averageIncome().toPlainString(),
				figures.classificationScore() == null ? null : figures.classificationScore().toPlainString(),
				classification == null ? null : classification.name(), reviewedBy, returnReason);
	}

	/** The values of an update in the audit log. */
	record AnnualUpdateAuditValues(String organisation, int year, String status, int officialMembers,
			int capitalAssociates, int nonCapitalAssociates, int memberCooperatives, int workers, String charterCapital,
			String totalAssets, String revenue, String profit, String averageIncome, String classificationScore,
			String classification, String reviewedBy, String returnReason) {
	}

}
