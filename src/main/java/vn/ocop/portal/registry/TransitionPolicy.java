package vn.ocop.portal.registry;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A rule every life-cycle transition must pass; the transition is refused with a
 * {@link RegistryRuleViolation} naming the field ({@code date}) and the rule. The named policies
 * are checked in order by {@link Organisation}.
 */
@FunctionalInterface
interface TransitionPolicy {

	/**
	 * @param organisation the organisation as it is before the transition
	 * @param transition   the transition asked for
	 * @param date         its effective date
	 * @param today        today, from the application's clock
	 */
	void check(Organisation organisation, Transition transition, LocalDate date, LocalDate today);

	/** Dissolution is final: nothing happens to a dissolved organisation. */
	TransitionPolicy DISSOLVED_IS_FINAL = (organisation, transition, date, today) -> {
		if (organisation.status() == OrganisationStatus.DISSOLVED) {
			throw new RegistryRuleViolation(null, "registry.rule.transition.dissolvedIsFinal");
		}
	};

	/** Suspend an operating organisation, resume a suspended one, dissolve either. */
	TransitionPolicy ALLOWED_FROM_CURRENT_STATUS = (organisation, transition, date, today) -> {
		Set<OrganisationStatus> from = switch (transition) {
			case REGISTERED -> EnumSet.noneOf(OrganisationStatus.class);
			case SUSPENDED -> EnumSet.of(OrganisationStatus.OPERATING);
			case RESUMED -> EnumSet.of(OrganisationStatus.SUSPENDED);
			case DISSOLVED -> EnumSet.of(OrganisationStatus.OPERATING, OrganisationStatus.SUSPENDED);
		};
		if (!from.contains(organisation.status())) {
			throw new RegistryRuleViolation(null, "registry.rule.transition.notFrom." + transition.name());
		}
	};

	/** Nothing takes effect before the organisation was registered. */
	TransitionPolicy NOT_BEFORE_REGISTRATION = (organisation, transition, date, today) -> {
		if (date.isBefore(organisation.details().registrationDate())) {
			throw new RegistryRuleViolation("date", "registry.rule.transition.beforeRegistration",
					RegistryDates.format(organisation.details().registrationDate()));
		}
	};

	/** History is recorded in order: nothing takes effect before the last recorded change. */
	TransitionPolicy NOT_BEFORE_LAST_TRANSITION = (organisation, transition, date, today) -> {
		LocalDate last = organisation.lastChange().effectiveDate();
		if (date.isBefore(last)) {
			throw new RegistryRuleViolation("date", "registry.rule.transition.beforeLast", RegistryDates.format(last));
		}
	};

	/** Changes are recorded when they happened, not in advance. */
	TransitionPolicy NOT_IN_THE_FUTURE = (organisation, transition, date, today) -> {
		if (date.isAfter(today)) {
			throw new RegistryRuleViolation("date", "registry.rule.date.future", RegistryDates.format(today));
		}
	};

	/** The policies of every transition, in the order they are checked. */
	List<TransitionPolicy> ALL = List.of(DISSOLVED_IS_FINAL, ALLOWED_FROM_CURRENT_STATUS, NOT_BEFORE_REGISTRATION,
			NOT_BEFORE_LAST_TRANSITION, NOT_IN_THE_FUTURE);

}
