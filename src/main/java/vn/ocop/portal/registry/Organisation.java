package vn.ocop.portal.registry;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A cooperative group, cooperative or union of cooperatives: the aggregate that owns its facts
 * and its life cycle. The life cycle only moves through the intention-revealing transitions
 * {@link #register}, {@link #suspend}, {@link #resume} and {@link #dissolve}, each checked against
 * the named {@link TransitionPolicy policies}; every transition appends a dated
 * {@link StatusChange}, nothing is ever removed (domain §3).
 */
final class Organisation {

	static final int REASON_MAX = 1000;

	static final int DECISION_NUMBER_MAX = 50;

	private final OrganisationId id;

	private final OrganisationKind kind;

	private OrganisationDetails details;

	private final List<StatusChange> history;

	private final int storedChanges;

	private final int version;

	private Organisation(OrganisationId id, OrganisationKind kind, OrganisationDetails details, List<StatusChange> history,
			int storedChanges, int version) {
		this.id = Objects.requireNonNull(id, "id");
		this.kind = Objects.requireNonNull(kind, "kind");
		this.details = Objects.requireNonNull(details, "details");
		this.history = new ArrayList<>(history);
		this.history.sort(Comparator.comparingInt(StatusChange::seq));
		this.storedChanges = storedChanges;
		this.version = version;
		if (this.history.isEmpty() || this.history.get(0).transition() != Transition.REGISTERED) {
			throw new IllegalStateException("Organisation " + id + " has no registration");
		}
	}

	/**
	 * Registers a new organisation: it is operating from its registration date, which may not be
	 * in the future.
	 */
	static Organisation register(OrganisationId id, OrganisationKind kind, OrganisationDetails details, String recordedBy,
			Clock clock) {
		details.checkFor(kind);
		LocalDate today = LocalDate.now(clock);
		if (details.registrationDate().isAfter(today)) {
			throw new RegistryRuleViolation("registrationDate", "registry.rule.date.future", RegistryDates.format(today));
		}
		StatusChange registration = new StatusChange(1, Transition.REGISTERED, details.registrationDate(), null, null, null,
				null, Instant.now(clock), recordedBy);
		return new Organisation(id, kind, details, List.of(registration), 0, 0);
	}

	/** An organisation as stored. */
	static Organisation restore(OrganisationId id, OrganisationKind kind, OrganisationDetails details,
			List<StatusChange> history, int version) {
		return new Organisation(id, kind, details, history, history.size(), version);
	}

	/** Temporarily stops the organisation's activity from {@code date}, for the reason given. */
	void suspend(LocalDate date, String reason, String recordedBy, Clock clock) {
		String why = text(reason, "reason", REASON_MAX);
		if (why == null) {
			throw new RegistryRuleViolation("reason", "registry.rule.required");
		}
		append(Transition.SUSPENDED, date, why, null, null, null, recordedBy, clock);
	}

	/** Resumes a suspended organisation's activity from {@code date}. */
	void resume(LocalDate date, String recordedBy, Clock clock) {
		append(Transition.RESUMED, date, null, null, null, null, recordedBy, clock);
	}

	/**
	 * Dissolves the organisation from {@code date}, by the decision given; final. The decision is
	 * dated on or after the registration and not in the future.
	 */
	void dissolve(LocalDate date, String decisionNumber, LocalDate decisionDate, DissolutionKind dissolutionKind,
			String recordedBy, Clock clock) {
		String number = text(decisionNumber, "decisionNumber", DECISION_NUMBER_MAX);
		if (number == null) {
			throw new RegistryRuleViolation("decisionNumber", "registry.rule.required");
		}
		if (decisionDate == null) {
			throw new RegistryRuleViolation("decisionDate", "registry.rule.required");
		}
		if (dissolutionKind == null) {
			throw new RegistryRuleViolation("dissolutionKind", "registry.rule.required");
		}
		LocalDate today = LocalDate.now(clock);
		if (decisionDate.isAfter(today)) {
			throw new RegistryRuleViolation("decisionDate", "registry.rule.date.future", RegistryDates.format(today));
		}
		if (decisionDate.isBefore(details.registrationDate())) {
			throw new RegistryRuleViolation("decisionDate", "registry.rule.transition.beforeRegistration",
					RegistryDates.format(details.registrationDate()));
		}
		append(Transition.DISSOLVED, date, null, number, decisionDate, dissolutionKind, recordedBy, clock);
	}

	/**
	 * Corrects the facts. The registration date may move, but not into the future nor after a
	 * later status change; a dissolved organisation's facts stay as they were.
	 */
	void correct(OrganisationDetails corrected, Clock clock) {
		corrected.checkFor(kind);
		if (status() == OrganisationStatus.DISSOLVED) {
			throw new RegistryRuleViolation(null, "registry.rule.transition.dissolvedIsFinal");
		}
		LocalDate today = LocalDate.now(clock);
		if (corrected.registrationDate().isAfter(today)) {
			throw new RegistryRuleViolation("registrationDate", "registry.rule.date.future", RegistryDates.format(today));
		}
		if (history.size() > 1 && corrected.registrationDate().isAfter(history.get(1).effectiveDate())) {
			throw new RegistryRuleViolation("registrationDate", "registry.rule.registrationDate.afterChange",
					RegistryDates.format(history.get(1).effectiveDate()));
		}
		if (!corrected.registrationDate().equals(details.registrationDate())) {
			StatusChange registration = history.get(0);
			history.set(0, new StatusChange(1, Transition.REGISTERED, corrected.registrationDate(), null, null, null, null,
					registration.recordedAt(), registration.recordedBy()));
		}
		this.details = corrected;
	}

	private void append(Transition transition, LocalDate date, String reason, String decisionNumber,
			LocalDate decisionDate, DissolutionKind dissolutionKind, String recordedBy, Clock clock) {
		if (date == null) {
			throw new RegistryRuleViolation("date", "registry.rule.required");
		}
		LocalDate today = LocalDate.now(clock);
		for (TransitionPolicy policy : TransitionPolicy.ALL) {
			policy.check(this, transition, date, today);
		}
		history.add(new StatusChange(history.size() + 1, transition, date, reason, decisionNumber, decisionDate,
				dissolutionKind, Instant.now(clock), recordedBy));
	}

	private static String text(String value, String field, int max) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String stripped = value.strip();
		if (stripped.length() > max) {
			throw new RegistryRuleViolation(field, "registry.rule.tooLong", max);
		}
		return stripped;
	}

	// ------------------------------------------------------------------------------------------

	OrganisationId id() {
		return id;
	}

	OrganisationKind kind() {
		return kind;
	}

	OrganisationDetails details() {
		return details;
	}

	/** The current status: the result of the last change. */
	OrganisationStatus status() {
		return lastChange().status();
	}

	StatusChange lastChange() {
		return history.get(history.size() - 1);
	}

	/** The status on a date; empty before the registration. */
	Optional<OrganisationStatus> statusOn(LocalDate date) {
		OrganisationStatus found = null;
		for (StatusChange change : history) {
			if (!change.effectiveDate().isAfter(date)) {
				found = change.status();
			}
		}
		return Optional.ofNullable(found);
	}

	/** Whether it was operating (registered, not suspended, not dissolved) on the date. */
	boolean operatingOn(LocalDate date) {
		return statusOn(date).filter(status -> status == OrganisationStatus.OPERATING).isPresent();
	}

	List<StatusChange> history() {
		return List.copyOf(history);
	}

	/** The changes made since it was restored (or all of them, for a new registration). */
	List<StatusChange> newChanges() {
		return List.copyOf(history.subList(storedChanges, history.size()));
	}

	boolean isNew() {
		return storedChanges == 0;
	}

	int version() {
		return version;
	}

	/** The values the audit log records for this organisation. */
	OrganisationAuditValues auditValues() {
		return OrganisationAuditValues.of(this);
	}

}
