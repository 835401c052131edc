package vn.ocop.portal.registry;

import static org.assertj.core.api.Assertions.assertThatCode;
import static vn.ocop.portal.registry.OrganisationTests.assertRule;
import static vn.ocop.portal.registry.RegistryFixtures.TODAY;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Which cooperatives may join which unions, and when. */
class UnionMembershipPolicyTests {

	private final Organisation union = RegistryFixtures.unionRegisteredOn(LocalDate.of(2021, 5, 1));

	private final Organisation cooperative = RegistryFixtures.cooperativeRegisteredOn(LocalDate.of(2020, 3, 1));

	private static final LocalDate TODAY_DATE = LocalDate.of(2026, 6, 1);

	@Test
	void aCooperativeJoinsAUnionAfterBothWereRegistered() {
		assertThatCode(() -> check(union, cooperative, LocalDate.of(2021, 5, 1), List.of())).doesNotThrowAnyException();
		assertRule(() -> check(union, cooperative, LocalDate.of(2021, 4, 30), List.of()), "joinedOn",
				"registry.rule.transition.beforeRegistration");
		assertRule(() -> check(union, cooperative, LocalDate.of(2026, 6, 2), List.of()), "joinedOn", "registry.rule.date.future");
	}

	@Test
	void onlyCooperativesJoinAndOnlyUnionsTakeMembers() {
		Organisation group = RegistryFixtures.groupRegisteredOn(LocalDate.of(2020, 1, 1));

		assertRule(() -> check(union, group, LocalDate.of(2022, 1, 1), List.of()), "memberId",
				"registry.rule.membership.notACooperative");
		assertRule(() -> check(cooperative, cooperative, LocalDate.of(2022, 1, 1), List.of()), null,
				"registry.rule.membership.notAUnion");
	}

	@Test
	void aDissolvedCooperativeJoinsNothing() {
		cooperative.dissolve(LocalDate.of(2023, 1, 1), "3/QĐ", LocalDate.of(2023, 1, 1), DissolutionKind.VOLUNTARY, "x", TODAY);

		assertRule(() -> check(union, cooperative, LocalDate.of(2023, 2, 1), List.of()), "joinedOn",
				"registry.rule.membership.dissolved");
	}

	@Test
	void membershipsOfTheSameUnionDoNotOverlap() {
		UnionMembership ended = membership(LocalDate.of(2021, 6, 1), LocalDate.of(2022, 6, 30));
		UnionMembership open = membership(LocalDate.of(2023, 1, 1), null);

		assertThatCode(() -> check(union, cooperative, LocalDate.of(2022, 7, 1), List.of(ended))).doesNotThrowAnyException();
		assertRule(() -> check(union, cooperative, LocalDate.of(2022, 6, 30), List.of(ended)), "joinedOn",
				"registry.rule.membership.overlap");
		assertRule(() -> check(union, cooperative, LocalDate.of(2024, 1, 1), List.of(ended, open)), "joinedOn",
				"registry.rule.membership.overlap");
	}

	private UnionMembership membership(LocalDate joined, LocalDate left) {
		return new UnionMembership(1, union.id(), "U", cooperative.id(), "C", joined, left, Instant.EPOCH, "x");
	}

	private static void check(Organisation union, Organisation member, LocalDate joinedOn, List<UnionMembership> existing) {
		for (UnionMembershipPolicy policy : UnionMembershipPolicy.ALL) {
			policy.check(union, member, joinedOn, existing, TODAY_DATE);
		}
	}

}
