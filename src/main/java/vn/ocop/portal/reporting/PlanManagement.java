package vn.ocop.portal.reporting;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.ocop.portal.audit.AuditRecord;
import vn.ocop.portal.audit.Auditor;
import vn.ocop.portal.identity.ScopeGuard;
import vn.ocop.portal.identity.ScopedUser;
import vn.ocop.portal.units.AdministrativeUnits;
import vn.ocop.portal.units.UnitCode;

/**
 * Setting plan targets, from the back office, the API and the import sheet {@code ke-hoach}: the
 * rules (a plannable indicator of the catalogue, a unit valid at the end of the year, a year from
 * {@link ReportPeriod#FIRST_YEAR} to next year, a positive whole target) and the audit of every
 * change (before and after).
 */
@Component
class PlanManagement {

	static final String MODULE = "reporting";

	static final BigDecimal MAX_TARGET = new BigDecimal("1000000000000000");

	private final PlanTargets targets;

	private final IndicatorCatalogue catalogue;

	private final AdministrativeUnits units;

	private final ScopeGuard scopeGuard;

	private final Auditor auditor;

	private final Clock clock;

	PlanManagement(PlanTargets targets, IndicatorCatalogue catalogue, AdministrativeUnits units, ScopeGuard scopeGuard,
			Auditor auditor, Clock clock) {
		this.targets = targets;
		this.catalogue = catalogue;
		this.units = units;
		this.scopeGuard = scopeGuard;
		this.auditor = auditor;
		this.clock = clock;
	}

	/**
	 * Checks a target for the user; the first broken rule is thrown.
	 *
	 * @throws PlanRuleViolation naming the field, the message key and its arguments
	 */
	void check(ScopedUser user, String indicatorCode, String unitCode, Integer year, BigDecimal target) {
		if (catalogue.find(indicatorCode).filter(Indicator::plannable).isEmpty()) {
			throw new PlanRuleViolation("indicator", "reporting.plan.rule.indicator", String.valueOf(indicatorCode));
		}
		int lastYear = LocalDate.now(clock).getYear() + 1;
		if (year == null || year < ReportPeriod.FIRST_YEAR || year > lastYear) {
			throw new PlanRuleViolation("year", "reporting.plan.rule.year", String.valueOf(ReportPeriod.FIRST_YEAR), String.valueOf(lastYear));
		}
		if (unitCode == null || !UnitCode.isValid(unitCode)
				|| units.find(UnitCode.of(unitCode), PlanTargets.endOf(year)).isEmpty()) {
			throw new PlanRuleViolation("unit", "reporting.plan.rule.unit", String.valueOf(unitCode), String.valueOf(year));
		}
		if (user == null || !ReportingAccess.mayPlanAs(scopeGuard, user, unitCode)) {
			throw new PlanRuleViolation("unit", "reporting.plan.rule.scope", unitCode);
		}
		if (target == null || target.signum() <= 0 || target.stripTrailingZeros().scale() > 0 || target.compareTo(MAX_TARGET) >= 0) {
			throw new PlanRuleViolation("target", "reporting.plan.rule.target");
		}
	}

	/** Whether a target for the indicator, unit and year is stored. */
	boolean exists(String indicatorCode, String unitCode, int year) {
		return targets.find(indicatorCode, unitCode, year).isPresent();
	}

	/**
	 * Sets (or replaces) a target as the current user, audited. Returns whether anything changed.
	 *
	 * @throws PlanRuleViolation    when a rule is broken
	 * @throws AccessDeniedException when the user may not plan for the unit
	 */
	@Transactional
	boolean setTarget(String indicatorCode, String unitCode, int year, BigDecimal target, String note) {
		ScopedUser user = scopeGuard.currentUser().orElseThrow(() -> new AccessDeniedException("Not signed in"));
		return setTarget(user, indicatorCode, unitCode, year, target, note);
	}

	@Transactional
	boolean setTarget(ScopedUser user, String indicatorCode, String unitCode, int year, BigDecimal target, String note) {
		check(user, indicatorCode, unitCode, year, target);
		String cleanNote = note == null || note.isBlank() ? null : note.strip();
		if (cleanNote != null && cleanNote.length() > 500) {
			throw new PlanRuleViolation("note", "reporting.plan.rule.note", 500);
		}
		Optional<PlanTarget> before = targets.find(indicatorCode, unitCode, year);
		PlanTarget after = new PlanTarget(indicatorCode, unitCode, year, target.stripTrailingZeros().setScale(0),
				cleanNote, clock.instant(), user.username());
		if (!targets.upsert(after)) {
			return false;
		}
		auditor.record(before.isEmpty() ? AuditRecord.created(MODULE, "PlanTarget", after.id(), after.auditValues())
				: AuditRecord.updated(MODULE, "PlanTarget", after.id(), before.get().auditValues(), after.auditValues()));
		return true;
	}

}
