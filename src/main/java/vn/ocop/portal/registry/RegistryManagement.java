package vn.ocop.portal.registry;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.ocop.portal.audit.AuditRecord;
import vn.ocop.portal.audit.Auditor;
import vn.ocop.portal.units.AdministrativeUnits;
import vn.ocop.portal.units.UnitCode;

/**
 * What officers and organisation representatives do with the registry (bean
 * {@code registryManagement}): register organisations, correct their facts, record their
 * suspension, resumption and dissolution, record union memberships, and submit, enter, accept or
 * return annual updates. Each command checks the current user's right ({@link RegistryAccess}),
 * the domain rules (a broken rule throws {@link RegistryRuleViolation} and changes nothing) and
 * is audited in the same transaction. What the public may see change is published as an event in
 * that transaction ({@link OrganisationRegistered}, {@link OrganisationCorrected},
 * {@link OrganisationSuspended}, {@link OrganisationResumed}, {@link OrganisationDissolved},
 * {@link UnionMembershipChanged}, {@link AnnualUpdateAccepted}).
 */
@Component("registryManagement")
@Transactional
public class RegistryManagement {

	static final String MODULE = "registry";

	static final String ORGANISATION = "Organisation";

	static final String ANNUAL_UPDATE = "AnnualUpdate";

	static final String MEMBERSHIP = "UnionMembership";

	/** What became of an annual update, and the rule warnings its figures raised. */
	public record AnnualUpdateOutcome(AnnualUpdateStatus status, List<RuleWarning> warnings) {

		public AnnualUpdateOutcome {
			warnings = List.copyOf(warnings);
		}

	}

	private final OrganisationStore store;

	private final AnnualUpdateStore updates;

	private final UnionMembershipStore memberships;

	private final UnitAreas areas;

	private final AdministrativeUnits units;

	private final MembershipRules membershipRules;

	private final ClassificationRules classificationRules;

	private final RegistryAccess access;

	private final Auditor auditor;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	RegistryManagement(OrganisationStore store, AnnualUpdateStore updates, UnionMembershipStore memberships,
			UnitAreas areas, AdministrativeUnits units, MembershipRules membershipRules,
			ClassificationRules classificationRules, RegistryAccess access, Auditor auditor,
			ApplicationEventPublisher events, Clock clock) {
		this.store = store;
		this.updates = updates;
		this.memberships = memberships;
		this.areas = areas;
		this.units = units;
		this.membershipRules = membershipRules;
		this.classificationRules = classificationRules;
		this.access = access;
		this.auditor = auditor;
		this.events = events;
		this.clock = clock;
	}

	// ------------------------------------------------------------------------------ organisations

	/**
	 * Registers an organisation in a unit the officer's scope covers; the unit must be valid on
	 * the registration date.
	 *
	 * @return the code it was given
	 */
	public OrganisationId register(OrganisationKind kind, OrganisationDetails details) {
		if (!access.isOfficer()) {
			throw new AccessDeniedException("Only officers register organisations");
		}
		details.checkFor(kind);
		checkUnit(details);
		OrganisationId id = store.nextId(kind);
		Organisation organisation = Organisation.register(id, kind, details, access.actor(), clock);
		store.add(organisation, clock.instant());
		areas.ensure(List.of(details.unitCode()));
		auditor.record(AuditRecord.created(MODULE, ORGANISATION, id.value(), organisation.auditValues()));
		events.publishEvent(new OrganisationRegistered(id, kind, details.unitCode(), details.registrationDate()));
		return id;
	}

	/** Corrects an organisation's facts; returns whether anything changed. */
	public boolean correct(OrganisationId id, OrganisationDetails details) {
		Organisation organisation = changeable(id);
		OrganisationDetails old = organisation.details();
		if (!old.unitCode().equals(details.unitCode()) || !old.registrationDate().equals(details.registrationDate())) {
			checkUnit(details);
		}
		for (UnionMembership membership : memberships.of(id)) {
			if (membership.joinedOn().isBefore(details.registrationDate())) {
				throw new RegistryRuleViolation("registrationDate", "registry.rule.registrationDate.afterMembership",
						RegistryDates.format(membership.joinedOn()));
			}
		}
		updates.all(id).stream().mapToInt(AnnualUpdate::year).min().ifPresent(firstYear -> {
			if (details.registrationDate().getYear() > firstYear) {
				throw new RegistryRuleViolation("registrationDate", "registry.rule.registrationDate.afterUpdate", String.valueOf(firstYear));
			}
		});
		OrganisationAuditValues before = organisation.auditValues();
		organisation.correct(details, clock);
		OrganisationAuditValues after = organisation.auditValues();
		if (before.equals(after)) {
			return false;
		}
		store.update(organisation, clock.instant());
		areas.ensure(List.of(details.unitCode()));
		auditor.record(AuditRecord.updated(MODULE, ORGANISATION, id.value(), before, after));
		events.publishEvent(new OrganisationCorrected(id));
		return true;
	}

	/** Records that the organisation stopped its activity from {@code date}. */
	public void suspend(OrganisationId id, LocalDate date, String reason) {
		Organisation organisation = changeable(id);
		OrganisationAuditValues before = organisation.auditValues();
		organisation.suspend(date, reason, access.actor(), clock);
		storeTransition(organisation, before, Transition.SUSPENDED);
		events.publishEvent(new OrganisationSuspended(id, date));
	}

	/** Records that a suspended organisation resumed its activity from {@code date}. */
	public void resume(OrganisationId id, LocalDate date) {
		Organisation organisation = changeable(id);
		OrganisationAuditValues before = organisation.auditValues();
		organisation.resume(date, access.actor(), clock);
		storeTransition(organisation, before, Transition.RESUMED);
		events.publishEvent(new OrganisationResumed(id, date));
	}

	/**
	 * Records the organisation's dissolution from {@code date} by the decision given. Its open
	 * union memberships end the day before.
	 */
	public void dissolve(OrganisationId id, LocalDate date, String decisionNumber, LocalDate decisionDate,
			DissolutionKind kind) {
		Organisation organisation = changeable(id);
		OrganisationAuditValues before = organisation.auditValues();
		organisation.dissolve(date, decisionNumber, decisionDate, kind, access.actor(), clock);
		storeTransition(organisation, before, Transition.DISSOLVED);
		for (UnionMembership membership : memberships.of(id)) {
			if (membership.leftOn() == null) {
				LocalDate last = date.minusDays(1).isBefore(membership.joinedOn()) ? membership.joinedOn() : date.minusDays(1);
				endMembership(membership, last);
			}
		}
		events.publishEvent(new OrganisationDissolved(id, date, kind));
	}

	private void storeTransition(Organisation organisation, OrganisationAuditValues before, Transition transition) {
		store.update(organisation, clock.instant());
		StatusChange change = organisation.lastChange();
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("status", organisation.status().name());
		after.put("statusDate", change.effectiveDate().toString());
		after.put("reason", change.reason());
		after.put("decisionNumber", change.decisionNumber());
		after.put("decisionDate", change.decisionDate() == null ? null : change.decisionDate().toString());
		after.put("dissolutionKind", change.dissolutionKind() == null ? null : change.dissolutionKind().name());
		Map<String, Object> old = new LinkedHashMap<>();
		old.put("status", before.status());
		old.put("statusDate", before.statusDate());
		auditor.record(new AuditRecord(MODULE, ORGANISATION, organisation.id().value(), transition.name(), old, after));
	}

	// ------------------------------------------------------------------------------ memberships

	/** Records that a cooperative joined a union on {@code joinedOn}; returns the membership's number. */
	public long joinUnion(OrganisationId unionId, OrganisationId memberId, LocalDate joinedOn) {
		if (joinedOn == null) {
			throw new RegistryRuleViolation("joinedOn", "registry.rule.required");
		}
		Organisation union = changeable(unionId);
		if (!access.mayRead(memberId.value())) {
			throw new RegistryRuleViolation("memberId", "registry.rule.membership.memberOutsideScope");
		}
		Organisation member = store.findForUpdate(memberId)
			.orElseThrow(() -> new RegistryRuleViolation("memberId", "registry.rule.membership.unknownMember", memberId.value()));
		List<UnionMembership> existing = memberships.of(memberId);
		for (UnionMembershipPolicy policy : UnionMembershipPolicy.ALL) {
			policy.check(union, member, joinedOn, existing, LocalDate.now(clock));
		}
		long number = memberships.add(unionId, memberId, joinedOn, clock.instant(), access.actor());
		auditor.record(AuditRecord.created(MODULE, MEMBERSHIP, Long.toString(number),
				Map.of("union", unionId.value(), "member", memberId.value(), "joinedOn", joinedOn.toString())));
		events.publishEvent(new UnionMembershipChanged(unionId, memberId, joinedOn, true));
		return number;
	}

	/** Records that a member left the union; {@code leftOn} is its last day of membership. */
	public void leaveUnion(OrganisationId unionId, long membershipId, LocalDate leftOn) {
		if (leftOn == null) {
			throw new RegistryRuleViolation("leftOn", "registry.rule.required");
		}
		changeable(unionId);
		UnionMembership membership = memberships.find(membershipId)
			.filter(found -> found.unionId().equals(unionId))
			.orElseThrow(() -> new RegistryRuleViolation(null, "registry.rule.membership.unknown"));
		if (membership.leftOn() != null) {
			throw new RegistryRuleViolation(null, "registry.rule.membership.alreadyLeft");
		}
		if (leftOn.isBefore(membership.joinedOn())) {
			throw new RegistryRuleViolation("leftOn", "registry.rule.membership.leftBeforeJoined",
					RegistryDates.format(membership.joinedOn()));
		}
		if (leftOn.isAfter(LocalDate.now(clock))) {
			throw new RegistryRuleViolation("leftOn", "registry.rule.date.future", RegistryDates.format(LocalDate.now(clock)));
		}
		endMembership(membership, leftOn);
	}

	private void endMembership(UnionMembership membership, LocalDate leftOn) {
		memberships.end(membership.id(), leftOn, clock.instant(), access.actor());
		auditor.record(new AuditRecord(MODULE, MEMBERSHIP, Long.toString(membership.id()), "ENDED",
				Map.of("leftOn", "open"), Map.of("union", membership.unionId().value(), "member",
						membership.memberId().value(), "leftOn", leftOn.toString())));
		events.publishEvent(new UnionMembershipChanged(membership.unionId(), membership.memberId(), leftOn, false));
	}

	// ------------------------------------------------------------------------------ annual updates

	/**
	 * The organisation's representative submits (or, until it is accepted, submits again) the
	 * update for the year; an officer reviews it.
	 */
	public AnnualUpdateOutcome submitAnnualUpdate(OrganisationId id, int year, AnnualFigures figures) {
		if (!access.maySubmitUpdate(id.value())) {
			throw new AccessDeniedException("Only the organisation's representative submits its annual update");
		}
		Organisation organisation = store.find(id).orElseThrow(() -> new OrganisationNotFound(id.value()));
		List<RuleWarning> warnings = check(organisation, year, figures);
		ClassificationRules.Result classification = classify(organisation, year, figures);
		AnnualUpdate update = updates.find(id, year).orElse(null);
		Object before = update == null ? null : update.auditValues();
		if (update == null) {
			update = AnnualUpdate.submit(id, year, figures, classification, access.actor(), clock);
		}
		else {
			update.resubmit(figures, classification, access.actor(), clock);
		}
		updates.save(update);
		auditor.record(new AuditRecord(MODULE, ANNUAL_UPDATE, updateId(id, year), "SUBMITTED", before, update.auditValues()));
		return new AnnualUpdateOutcome(update.status(), warnings);
	}

	/** An officer enters the update for the year (from a paper form) or corrects it: it is accepted. */
	public AnnualUpdateOutcome enterAnnualUpdate(OrganisationId id, int year, AnnualFigures figures) {
		Organisation organisation = changeable(id);
		List<RuleWarning> warnings = check(organisation, year, figures);
		ClassificationRules.Result classification = classify(organisation, year, figures);
		AnnualUpdate update = updates.find(id, year).orElse(null);
		Object before = update == null ? null : update.auditValues();
		String action;
		if (update == null) {
			update = AnnualUpdate.enter(id, year, figures, classification, access.actor(), clock);
			action = "ENTERED";
		}
		else {
			update.correct(figures, classification, access.actor(), clock);
			action = "CORRECTED";
		}
		updates.save(update);
		auditor.record(new AuditRecord(MODULE, ANNUAL_UPDATE, updateId(id, year), action, before, update.auditValues()));
		if (update.status() == AnnualUpdateStatus.ACCEPTED) {
			events.publishEvent(new AnnualUpdateAccepted(id, year));
		}
		return new AnnualUpdateOutcome(update.status(), warnings);
	}

	/** An officer accepts a submitted update. */
	public void acceptAnnualUpdate(OrganisationId id, int year) {
		changeable(id);
		AnnualUpdate update = existingUpdate(id, year);
		Object before = update.auditValues();
		update.accept(access.actor(), clock);
		updates.save(update);
		auditor.record(new AuditRecord(MODULE, ANNUAL_UPDATE, updateId(id, year), "ACCEPTED", before, update.auditValues()));
		events.publishEvent(new AnnualUpdateAccepted(id, year));
	}

	/** An officer returns a submitted update to the representative, saying what to correct. */
	public void returnAnnualUpdate(OrganisationId id, int year, String reason) {
		changeable(id);
		AnnualUpdate update = existingUpdate(id, year);
		Object before = update.auditValues();
		update.returnForCorrection(reason, access.actor(), clock);
		updates.save(update);
		auditor.record(new AuditRecord(MODULE, ANNUAL_UPDATE, updateId(id, year), "RETURNED", before, update.auditValues()));
	}

	/** The audit entity id of an annual update: {@code HTX-DEMO-0001/2022}. */
	public static String updateId(OrganisationId id, int year) {
		return id.value() + "/" + year;
	}

	private AnnualUpdate existingUpdate(OrganisationId id, int year) {
		return updates.find(id, year).orElseThrow(() -> new RegistryRuleViolation("year", "registry.rule.update.none", String.valueOf(year)));
	}

	/** The rules an update's year and figures must pass; returns the warnings, throws on an error. */
	private List<RuleWarning> check(Organisation organisation, int year, AnnualFigures figures) {
		boolean dissolvedBefore = organisation.statusOn(LocalDate.of(year, 1, 1).minusDays(1)).orElse(null) == OrganisationStatus.DISSOLVED;
		return checkUpdate(organisation.kind(), organisation.details().registrationDate(), dissolvedBefore, year, figures,
				LocalDate.now(clock), membershipRules);
	}

	/**
	 * The rules of an annual update (the forms and the import sheet share them): returns the
	 * warnings, throws {@link RegistryRuleViolation} on an error.
	 *
	 * @param dissolvedBefore whether the organisation was dissolved before the year began
	 */
	static List<RuleWarning> checkUpdate(OrganisationKind kind, LocalDate registrationDate, boolean dissolvedBefore, int year,
			AnnualFigures figures, LocalDate today, MembershipRules membershipRules) {
		if (year > today.getYear()) {
			throw new RegistryRuleViolation("year", "registry.rule.update.futureYear", String.valueOf(today.getYear()));
		}
		int registrationYear = registrationDate.getYear();
		if (year < registrationYear) {
			throw new RegistryRuleViolation("year", "registry.rule.update.beforeRegistration", String.valueOf(registrationYear));
		}
		if (dissolvedBefore) {
			throw new RegistryRuleViolation("year", "registry.rule.update.dissolved", String.valueOf(year));
		}
		if (!kind.isUnion() && figures.memberCooperatives() > 0) {
			throw new RegistryRuleViolation("memberCooperatives", "registry.rule.update.memberCooperativesUnionsOnly");
		}
		String field = kind.isUnion() ? "memberCooperatives" : "officialMembers";
		MembershipRules.Check check = membershipRules.check(kind, LocalDate.of(year, 12, 31), figures.membersCountedFor(kind));
		if (check.isError()) {
			throw new RegistryRuleViolation(field, check.messageKey(), check.messageArguments());
		}
		List<RuleWarning> warnings = new ArrayList<>();
		if (check.isWarning()) {
			warnings.add(new RuleWarning(field, check.messageKey(), check.messageArguments()));
		}
		return warnings;
	}

	private ClassificationRules.Result classify(Organisation organisation, int year, AnnualFigures figures) {
		long active = 0;
		long stopped = 0;
		for (LocalDate day = LocalDate.of(year, 1, 1); day.getYear() == year; day = day.plusDays(1)) {
			OrganisationStatus status = organisation.statusOn(day).orElse(null);
			if (status != null && status != OrganisationStatus.DISSOLVED) {
				active++;
				if (status == OrganisationStatus.SUSPENDED) {
					stopped++;
				}
			}
		}
		return classificationRules.classify(year, figures.classificationScore(), active, stopped).orElse(null);
	}

	// ------------------------------------------------------------------------------ helpers

	/** The organisation, locked for the change, if the current user may change it. */
	private Organisation changeable(OrganisationId id) {
		if (!access.mayChange(id.value())) {
			throw new AccessDeniedException("Organisation " + id + " may not be changed by the current user");
		}
		return store.findForUpdate(id).orElseThrow(() -> new OrganisationNotFound(id.value()));
	}

	/** The unit must be valid on the registration date and lie in the officer's scope. */
	private void checkUnit(OrganisationDetails details) {
		LocalDate date = details.registrationDate();
		if (units.find(UnitCode.of(details.unitCode()), date).isEmpty()) {
			throw new RegistryRuleViolation("unitCode", "registry.rule.unitCode.notValidOn", details.unitCode(),
					RegistryDates.format(date));
		}
		if (!access.mayRegisterIn(details.unitCode())) {
			throw new RegistryRuleViolation("unitCode", "registry.rule.unitCode.outsideScope", details.unitCode());
		}
	}


}
