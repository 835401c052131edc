package vn.ocop.portal.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.ocop.portal.registry.RegistryFixtures.TODAY;
import static vn.ocop.portal.registry.RegistryFixtures.cooperativeRegisteredOn;

import java.time.LocalDate;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** The life cycle of an organisation and the policies that guard each transition. */
class OrganisationTests {

	private static final LocalDate REGISTERED = LocalDate.of(2022, 3, 15);

	@Test
	void aRegisteredCooperativeOperatesFromItsRegistrationDate() {
		Organisation cooperative = cooperativeRegisteredOn(REGISTERED);

		assertThat(cooperative.status()).isEqualTo(OrganisationStatus.OPERATING);
		assertThat(cooperative.history()).singleElement()
			.satisfies(change -> assertThat(change.transition()).isEqualTo(Transition.REGISTERED))
			.satisfies(change -> assertThat(change.effectiveDate()).isEqualTo(REGISTERED));
		assertThat(cooperative.statusOn(REGISTERED.minusDays(1))).isEmpty();
		assertThat(cooperative.operatingOn(REGISTERED)).isTrue();
		assertThat(cooperative.newChanges()).hasSize(1);
	}

	@Test
	void registrationInTheFutureIsRefused() {
		assertRule(() -> cooperativeRegisteredOn(LocalDate.of(2026, 6, 2)), "registrationDate", "registry.rule.date.future");
	}

	@Test
	void aCooperativeNeedsARegistrationNumberAndATaxCode() {
		OrganisationDetails withoutNumbers = new OrganisationDetails("Hợp tác xã Quảng Khê", null, null, REGISTERED,
				"Phòng Tài chính - Kế hoạch", "01888", null, Sector.AGRICULTURE, null, null, null, null);

		assertRule(() -> Organisation.register(new OrganisationId("HTX-T-2"), OrganisationKind.HTX, withoutNumbers, "x", TODAY),
				"registrationNumber", "registry.rule.registrationNumber.required");
		assertThat(Organisation.register(new OrganisationId("THT-T-2"), OrganisationKind.THT, withoutNumbers, "x", TODAY)
			.status()).isEqualTo(OrganisationStatus.OPERATING);
	}

	@Test
	void suspendResumeAndDissolveEachAppendADatedChange() {
		Organisation cooperative = cooperativeRegisteredOn(REGISTERED);

		cooperative.suspend(LocalDate.of(2023, 2, 1), "Thiếu vốn lưu động", "canbo.babe", TODAY);
		assertThat(cooperative.status()).isEqualTo(OrganisationStatus.SUSPENDED);
		cooperative.resume(LocalDate.of(2023, 8, 1), "canbo.babe", TODAY);
		assertThat(cooperative.status()).isEqualTo(OrganisationStatus.OPERATING);
		cooperative.dissolve(LocalDate.of(2025, 1, 10), "15/QĐ-UBND", LocalDate.of(2025, 1, 5), DissolutionKind.VOLUNTARY,
				"canbo.babe", TODAY);

		assertThat(cooperative.status()).isEqualTo(OrganisationStatus.DISSOLVED);
		assertThat(cooperative.history()).extracting(StatusChange::transition)
			.containsExactly(Transition.REGISTERED, Transition.SUSPENDED, Transition.RESUMED, Transition.DISSOLVED);
		assertThat(cooperative.statusOn(LocalDate.of(2023, 5, 1))).contains(OrganisationStatus.SUSPENDED);
		assertThat(cooperative.statusOn(LocalDate.of(2024, 12, 31))).contains(OrganisationStatus.OPERATING);
		assertThat(cooperative.lastChange().decisionNumber()).isEqualTo("15/QĐ-UBND");
		assertThat(cooperative.lastChange().dissolutionKind()).isEqualTo(DissolutionKind.VOLUNTARY);
	}

	@Test
	void anOperatingCooperativeMayBeDissolvedCompulsorily() {
		Organisation cooperative = cooperativeRegisteredOn(REGISTERED);

		cooperative.dissolve(LocalDate.of(2024, 6, 1), "120/QĐ-UBND", LocalDate.of(2024, 6, 1), DissolutionKind.COMPULSORY,
				"canbo.tinh", TODAY);

		assertThat(cooperative.status()).isEqualTo(OrganisationStatus.DISSOLVED);
	}

	@Test
	void dissolvedIsFinal() {
		Organisation cooperative = cooperativeRegisteredOn(REGISTERED);
		cooperative.dissolve(LocalDate.of(2024, 6, 1), "120/QĐ-UBND", LocalDate.of(2024, 6, 1), DissolutionKind.COMPULSORY,
				"canbo.tinh", TODAY);

		assertRule(() -> cooperative.resume(LocalDate.of(2024, 7, 1), "x", TODAY), null, "registry.rule.transition.dissolvedIsFinal");
		assertRule(() -> cooperative.suspend(LocalDate.of(2024, 7, 1), "Lý do", "x", TODAY), null,
				"registry.rule.transition.dissolvedIsFinal");
		assertRule(() -> cooperative.dissolve(LocalDate.of(2024, 7, 1), "1", LocalDate.of(2024, 7, 1),
				DissolutionKind.VOLUNTARY, "x", TODAY), null, "registry.rule.transition.dissolvedIsFinal");
		assertRule(() -> cooperative.correct(cooperative.details(), TODAY), null, "registry.rule.transition.dissolvedIsFinal");
	}

	@Test
	void onlyASuspendedOrganisationResumesAndOnlyAnOperatingOneIsSuspended() {
		Organisation cooperative = cooperativeRegisteredOn(REGISTERED);

		assertRule(() -> cooperative.resume(LocalDate.of(2023, 1, 1), "x", TODAY), null, "registry.rule.transition.notFrom.RESUMED");
		cooperative.suspend(LocalDate.of(2023, 1, 1), "Mùa mưa lũ", "x", TODAY);
		assertRule(() -> cooperative.suspend(LocalDate.of(2023, 2, 1), "Lại", "x", TODAY), null,
				"registry.rule.transition.notFrom.SUSPENDED");
	}

	@Test
	void noTransitionBeforeTheRegistrationDate() {
		Organisation cooperative = cooperativeRegisteredOn(REGISTERED);

		assertRule(() -> cooperative.suspend(REGISTERED.minusDays(1), "Lý do", "x", TODAY), "date",
				"registry.rule.transition.beforeRegistration");
		assertRule(() -> cooperative.dissolve(LocalDate.of(2024, 1, 1), "9/QĐ", REGISTERED.minusDays(1),
				DissolutionKind.VOLUNTARY, "x", TODAY), "decisionDate", "registry.rule.transition.beforeRegistration");
	}

	@Test
	void noTransitionBeforeTheLastOneButOnTheSameDayItIsAllowed() {
		Organisation cooperative = cooperativeRegisteredOn(REGISTERED);
		cooperative.suspend(LocalDate.of(2023, 5, 1), "Lý do", "x", TODAY);

		assertRule(() -> cooperative.resume(LocalDate.of(2023, 4, 30), "x", TODAY), "date", "registry.rule.transition.beforeLast");
		cooperative.resume(LocalDate.of(2023, 5, 1), "x", TODAY);
		assertThat(cooperative.statusOn(LocalDate.of(2023, 5, 1))).contains(OrganisationStatus.OPERATING);
	}

	@Test
	void noTransitionInTheFuture() {
		Organisation cooperative = cooperativeRegisteredOn(REGISTERED);

		assertRule(() -> cooperative.suspend(LocalDate.of(2026, 6, 2), "Lý do", "x", TODAY), "date", "registry.rule.date.future");
		assertRule(() -> cooperative.dissolve(LocalDate.of(2026, 6, 1), "9/QĐ", LocalDate.of(2026, 6, 2),
				DissolutionKind.VOLUNTARY, "x", TODAY), "decisionDate", "registry.rule.date.future");
	}

	@Test
	void aSuspensionNeedsAReasonAndADissolutionItsDecision() {
		Organisation cooperative = cooperativeRegisteredOn(REGISTERED);

		assertRule(() -> cooperative.suspend(LocalDate.of(2023, 5, 1), "  ", "x", TODAY), "reason", "registry.rule.required");
		assertRule(() -> cooperative.suspend(null, "Lý do", "x", TODAY), "date", "registry.rule.required");
		assertRule(() -> cooperative.dissolve(LocalDate.of(2024, 1, 1), "", LocalDate.of(2024, 1, 1), DissolutionKind.VOLUNTARY,
				"x", TODAY), "decisionNumber", "registry.rule.required");
		assertRule(() -> cooperative.dissolve(LocalDate.of(2024, 1, 1), "9/QĐ", null, DissolutionKind.VOLUNTARY, "x", TODAY),
				"decisionDate", "registry.rule.required");
		assertRule(() -> cooperative.dissolve(LocalDate.of(2024, 1, 1), "9/QĐ", LocalDate.of(2024, 1, 1), null, "x", TODAY),
				"dissolutionKind", "registry.rule.required");
		assertThat(cooperative.history()).hasSize(1);
	}

	@Test
	void theRegistrationDateMovesWithCorrectionsButNotPastALaterChange() {
		Organisation cooperative = cooperativeRegisteredOn(REGISTERED);
		cooperative.suspend(LocalDate.of(2023, 5, 1), "Lý do", "x", TODAY);
		OrganisationDetails old = cooperative.details();

		cooperative.correct(withRegistrationDate(old, LocalDate.of(2022, 1, 10)), TODAY);
		assertThat(cooperative.history().get(0).effectiveDate()).isEqualTo(LocalDate.of(2022, 1, 10));
		assertRule(() -> cooperative.correct(withRegistrationDate(old, LocalDate.of(2023, 6, 1)), TODAY), "registrationDate",
				"registry.rule.registrationDate.afterChange");
	}

	@Test
	void aRestoredOrganisationAppendsOnlyItsNewChanges() {
		Organisation registered = cooperativeRegisteredOn(REGISTERED);
		Organisation restored = Organisation.restore(registered.id(), registered.kind(), registered.details(),
				registered.history(), 3);

		restored.suspend(LocalDate.of(2024, 2, 1), "Lý do", "x", TODAY);

		assertThat(restored.newChanges()).singleElement().satisfies(change -> assertThat(change.seq()).isEqualTo(2));
		assertThat(restored.isNew()).isFalse();
	}

	static OrganisationDetails withRegistrationDate(OrganisationDetails d, LocalDate date) {
		return new OrganisationDetails(d.name(), d.registrationNumber(), d.taxCode(), date, d.registrationAuthority(),
				d.unitCode(), d.address(), d.sector(), d.representativeName(), d.representativeTitle(), d.phone(), d.email());
	}

	static void assertRule(ThrowingCallable call, String field, String key) {
		assertThatThrownBy(call).isInstanceOfSatisfying(RegistryRuleViolation.class, violation -> {
			assertThat(violation.messageKey()).isEqualTo(key);
			assertThat(violation.field()).isEqualTo(field);
		});
	}

}
