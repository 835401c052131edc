package vn.ocop.portal.registry;

import java.time.LocalDate;
import java.util.List;

/**
 * The rules of union membership, checked before a cooperative joins a union: only cooperatives
 * (HTX) join, only unions (LHHTX) take members; nobody joins before both were registered, after
 * either was dissolved, or in the future; and one cooperative's memberships of the same union
 * never overlap.
 */
@FunctionalInterface
interface UnionMembershipPolicy {

	void check(Organisation union, Organisation member, LocalDate joinedOn, List<UnionMembership> existing, LocalDate today);

	UnionMembershipPolicy ONLY_COOPERATIVES_JOIN_UNIONS = (union, member, joinedOn, existing, today) -> {
		if (union.kind() != OrganisationKind.LHHTX) {
			throw new RegistryRuleViolation(null, "registry.rule.membership.notAUnion");
		}
		if (member.kind() != OrganisationKind.HTX) {
			throw new RegistryRuleViolation("memberId", "registry.rule.membership.notACooperative");
		}
	};

	UnionMembershipPolicy NOT_BEFORE_REGISTRATION = (union, member, joinedOn, existing, today) -> {
		LocalDate later = union.details().registrationDate().isAfter(member.details().registrationDate())
				? union.details().registrationDate() : member.details().registrationDate();
		if (joinedOn.isBefore(later)) {
			throw new RegistryRuleViolation("joinedOn", "registry.rule.transition.beforeRegistration", RegistryDates.format(later));
		}
	};

	UnionMembershipPolicy NOT_DISSOLVED = (union, member, joinedOn, existing, today) -> {
		if (union.statusOn(joinedOn).orElse(null) == OrganisationStatus.DISSOLVED
				|| member.statusOn(joinedOn).orElse(null) == OrganisationStatus.DISSOLVED) {
			throw new RegistryRuleViolation("joinedOn", "registry.rule.membership.dissolved");
		}
	};

	UnionMembershipPolicy NOT_IN_THE_FUTURE = (union, member, joinedOn, existing, today) -> {
		if (joinedOn.isAfter(today)) {
			throw new RegistryRuleViolation("joinedOn", "registry.rule.date.future", RegistryDates.format(today));
		}
	};

	UnionMembershipPolicy NO_OVERLAP_IN_THE_SAME_UNION = (union, member, joinedOn, existing, today) -> {
		for (UnionMembership membership : existing) {
			if (membership.unionId().equals(union.id()) && membership.memberId().equals(member.id())
					&& UnionMembership.overlap(membership.joinedOn(), membership.leftOn(), joinedOn, null)) {
				throw new RegistryRuleViolation("joinedOn", "registry.rule.membership.overlap",
						RegistryDates.format(membership.joinedOn()));
			}
		}
	};

	List<UnionMembershipPolicy> ALL = List.of(ONLY_COOPERATIVES_JOIN_UNIONS, NOT_IN_THE_FUTURE, NOT_BEFORE_REGISTRATION,
			NOT_DISSOLVED, NO_OVERLAP_IN_THE_SAME_UNION);

}
