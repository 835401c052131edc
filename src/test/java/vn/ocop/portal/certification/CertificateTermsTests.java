package vn.ocop.portal.certification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** The validity rules: expiry, the re-rating window's both ends, the late extension. */
class CertificateTermsTests {

	private final CertificateTerms terms = CertificateTerms.DEFAULT;

	private static final LocalDate ISSUED = LocalDate.of(2022, 12, 27);

	private static final LocalDate EXPIRES = LocalDate.of(2025, 12, 26);

	@Test
	void aCertificateExpiresThirtySixMonthsLessOneDayAfterIssue() {
		assertThat(terms.expiry(ISSUED)).isEqualTo(EXPIRES);
		assertThat(terms.expiry(LocalDate.of(2024, 2, 29))).isEqualTo(LocalDate.of(2027, 2, 27));
		assertThat(terms.expiry(LocalDate.of(2019, 8, 27))).isEqualTo(LocalDate.of(2022, 8, 26));
		assertThat(new CertificateTerms(24, 180, 120, 180).expiry(ISSUED)).isEqualTo(LocalDate.of(2024, 12, 26));
	}

	@Test
	void theReratingWindowOpens180AndCloses120DaysBeforeExpiryBothDaysIncluded() {
		LocalDate opens = EXPIRES.minusDays(180);
		LocalDate closes = EXPIRES.minusDays(120);
		assertThat(opens).isEqualTo(LocalDate.of(2025, 6, 29));
		assertThat(closes).isEqualTo(LocalDate.of(2025, 8, 28));
		assertThat(status(opens.minusDays(1), null)).isEqualTo(CertificateStatus.ACTIVE);
		assertThat(status(opens, null)).isEqualTo(CertificateStatus.RERATING_WINDOW);
		assertThat(status(closes, null)).isEqualTo(CertificateStatus.RERATING_WINDOW);
		assertThat(status(closes.plusDays(1), null)).isEqualTo(CertificateStatus.EXPIRING);
		assertThat(status(EXPIRES, null)).isEqualTo(CertificateStatus.EXPIRING);
		assertThat(status(EXPIRES.plusDays(1), null)).isEqualTo(CertificateStatus.EXPIRED);
		assertThat(status(ISSUED.minusDays(1), null)).isEqualTo(CertificateStatus.NOT_YET_VALID);
		assertThat(status(ISSUED, null)).isEqualTo(CertificateStatus.ACTIVE);
	}

	@Test
	void aFiledReratingKeepsTheCertificateValidAtMost180DaysPastExpiry() {
		LocalDate filed = LocalDate.of(2025, 7, 1);
		assertThat(status(filed, filed)).isEqualTo(CertificateStatus.EXPIRING);
		assertThat(status(EXPIRES.plusDays(1), filed)).isEqualTo(CertificateStatus.EXTENDED);
		assertThat(status(EXPIRES.plusDays(180), filed)).isEqualTo(CertificateStatus.EXTENDED);
		assertThat(status(EXPIRES.plusDays(181), filed)).isEqualTo(CertificateStatus.EXPIRED);
		assertThat(CertificateStatus.EXTENDED.valid()).isTrue();
		// a late filing (after the window closed) counts too
		LocalDate late = EXPIRES.minusDays(30);
		assertThat(status(EXPIRES.plusDays(100), late)).isEqualTo(CertificateStatus.EXTENDED);
		// a filing does not count before its own date
		assertThat(status(EXPIRES.plusDays(1), EXPIRES.plusDays(5))).isEqualTo(CertificateStatus.EXPIRED);
	}

	@Test
	void revocationAndSupersessionEndValidityFromTheirDate() {
		Certificate revoked = certificate(null, LocalDate.of(2024, 3, 1));
		assertThat(revoked.statusOn(LocalDate.of(2024, 2, 29), terms)).isEqualTo(CertificateStatus.ACTIVE);
		assertThat(revoked.statusOn(LocalDate.of(2024, 3, 1), terms)).isEqualTo(CertificateStatus.REVOKED);
		Certificate superseded = certificate(LocalDate.of(2024, 5, 1), null);
		assertThat(superseded.statusOn(LocalDate.of(2024, 5, 1), terms)).isEqualTo(CertificateStatus.SUPERSEDED);
		assertThat(superseded.statusOn(LocalDate.of(2024, 5, 1), terms).valid()).isFalse();
	}

	@Test
	void levelsRecogniseTheirStarsAndRevocationGoesToTheCompetentLevel() {
		assertThat(IssuerLevel.PROVINCE.mayRecognise(4)).isTrue();
		assertThat(IssuerLevel.PROVINCE.mayRecognise(5)).isFalse();
		assertThat(IssuerLevel.CENTRAL.mayRecognise(5)).isTrue();
		assertThat(IssuerLevel.competentFor(5)).isEqualTo(IssuerLevel.CENTRAL);
		assertThat(IssuerLevel.competentFor(3)).isEqualTo(IssuerLevel.PROVINCE);
	}

	private CertificateStatus status(LocalDate day, LocalDate filed) {
		return terms.status(ISSUED, EXPIRES, filed, day);
	}

	private static Certificate certificate(LocalDate supersededOn, LocalDate revokedOn) {
		return new Certificate(1, "CN-06-2022-000001", 1, "1/QĐ-UBND", IssuerLevel.PROVINCE, 1, 1, RecognitionKind.FIRST_TIME, 3,
				null, ISSUED, EXPIRES, "06-061-001-2022", "Mật ong", "HTX", null, null, "TP-04", "TP", "061", null,
				supersededOn == null ? null : "CN-06-2024-000002", supersededOn, revokedOn);
	}

}
