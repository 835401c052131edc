package vn.ocop.portal.registry;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * An organisation as its detail page and the API show it.
 *
 * @param id                 its code
 * @param kind               its kind
 * @param details            its facts
 * @param status             its current status
 * @param statusDate         since when
 * @param registrationUnit   the unit it was registered in, as it was on the registration date
 * @param currentUnit        the unit it lies in today (derived through the unit successions:
 *                           after a merge the new unit, after a split the province)
 * @param history            its status changes, oldest first
 * @param memberships        union memberships: its members (a union) or its unions (a cooperative)
 * @param annualUpdates      its annual updates, newest year first
 */
public record OrganisationView(OrganisationId id, OrganisationKind kind, OrganisationDetails details,
		OrganisationStatus status, LocalDate statusDate, UnitRef registrationUnit, UnitRef currentUnit,
		List<StatusChange> history, List<UnionMembership> memberships, List<AnnualUpdateView> annualUpdates) {

	public OrganisationView {
		history = List.copyOf(history);
		memberships = List.copyOf(memberships);
		annualUpdates = List.copyOf(annualUpdates);
	}

	public boolean dissolved() {
		return status == OrganisationStatus.DISSOLVED;
	}

	/** Telephone and e-mail, as one line; null when there is neither. */
	public String contact() {
		String joined = Stream.of(details.phone(), details.email())
			.filter(Objects::nonNull)
			.collect(Collectors.joining(" · "));
		return joined.isEmpty() ? null : joined;
	}

	/** The union's members on the date (a union), or the cooperative's unions then. */
	public List<UnionMembership> membershipsOn(LocalDate date) {
		return memberships.stream().filter(membership -> membership.activeOn(date)).toList();
	}

}
