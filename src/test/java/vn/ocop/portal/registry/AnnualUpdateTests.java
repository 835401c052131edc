package vn.ocop.portal.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ocop.portal.registry.OrganisationTests.assertRule;
import static vn.ocop.portal.registry.RegistryFixtures.TODAY;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** An annual update's way from the representative to the officer. */
class AnnualUpdateTests {

	private static final OrganisationId DONG_TAM = new OrganisationId("HTX-DEMO-0001");

	private static final AnnualFigures FIGURES = new AnnualFigures(9, 2, 1, 0, 12, new BigDecimal("500000000"),
			new BigDecimal("1200000000"), new BigDecimal("2100000000"), new BigDecimal("150000000"), new BigDecimal("54000000"),
			null);

	@Test
	void aRepresentativesUpdateWaitsForAnOfficerWhoAcceptsIt() {
		AnnualUpdate update = AnnualUpdate.submit(DONG_TAM, 2025, FIGURES, null, "htx.dongtam", TODAY);

		assertThat(update.status()).isEqualTo(AnnualUpdateStatus.SUBMITTED);
		assertThat(update.enteredByOfficer()).isFalse();
		update.accept("canbo.babe", TODAY);

		assertThat(update.status()).isEqualTo(AnnualUpdateStatus.ACCEPTED);
		assertThat(update.reviewedBy()).isEqualTo("canbo.babe");
		assertRule(() -> update.resubmit(FIGURES, null, "htx.dongtam", TODAY), null, "registry.rule.update.alreadyAccepted");
	}

	@Test
	void aReturnedUpdateCarriesTheReasonAndIsSubmittedAgain() {
		AnnualUpdate update = AnnualUpdate.submit(DONG_TAM, 2025, FIGURES, null, "htx.dongtam", TODAY);

		assertRule(() -> update.returnForCorrection(" ", "canbo.babe", TODAY), "reason", "registry.rule.required");
		update.returnForCorrection("Thiếu số lao động thường xuyên", "canbo.babe", TODAY);
		assertThat(update.status()).isEqualTo(AnnualUpdateStatus.RETURNED);
		assertThat(update.returnReason()).isEqualTo("Thiếu số lao động thường xuyên");
		assertRule(() -> update.accept("canbo.babe", TODAY), null, "registry.rule.update.notSubmitted");

		update.resubmit(FIGURES, null, "htx.dongtam", TODAY);
		assertThat(update.status()).isEqualTo(AnnualUpdateStatus.SUBMITTED);
		assertThat(update.returnReason()).isNull();
	}

	@Test
	void anUpdateAnOfficerEntersOrCorrectsIsAccepted() {
		AnnualUpdate entered = AnnualUpdate.enter(DONG_TAM, 2024, FIGURES, null, "canbo.babe", TODAY);
		assertThat(entered.status()).isEqualTo(AnnualUpdateStatus.ACCEPTED);
		assertThat(entered.enteredByOfficer()).isTrue();

		AnnualUpdate submitted = AnnualUpdate.submit(DONG_TAM, 2025, FIGURES, null, "htx.dongtam", TODAY);
		submitted.correct(FIGURES, null, "canbo.tinh", TODAY);
		assertThat(submitted.status()).isEqualTo(AnnualUpdateStatus.ACCEPTED);
		assertThat(submitted.reviewedBy()).isEqualTo("canbo.tinh");
	}

	@Test
	void theUpdateIsDueBy15DecemberAndALateOneIsMarked() {
		AnnualUpdate onTime = AnnualUpdate.submit(DONG_TAM, 2025, FIGURES, null, "htx.dongtam",
				RegistryFixtures.clockOn(LocalDate.of(2025, 12, 15)));
		AnnualUpdate late = AnnualUpdate.submit(DONG_TAM, 2025, FIGURES, null, "htx.dongtam",
				RegistryFixtures.clockOn(LocalDate.of(2025, 12, 16)));

		assertThat(onTime.dueDate()).isEqualTo(LocalDate.of(2025, 12, 15));
		assertThat(AnnualUpdateView.of(onTime).late()).isFalse();
		assertThat(AnnualUpdateView.of(late).late()).isTrue();
	}

}
