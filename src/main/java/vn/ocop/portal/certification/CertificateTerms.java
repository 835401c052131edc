package vn.ocop.portal.certification;

import java.time.LocalDate;

/**
 * The validity rules of a certificate, as configured: expiry = issue + months − 1 day; the
 * re-rating window from {@code opensDays} to {@code closesDays} before expiry (both days
 * included); a filed re-rating keeps the certificate valid until the new decision, at most
 * {@code lateExtensionDays} past expiry.
 */
public record CertificateTerms(int validityMonths, int windowOpensDays, int windowClosesDays, int lateExtensionDays) {

	/** The terms of Decision 26/2026 as observed in practice: 36 months, window 180 → 120 days, 180 days late. */
	public static final CertificateTerms DEFAULT = new CertificateTerms(36, 180, 120, 180);

	public LocalDate expiry(LocalDate issuedOn) {
		return issuedOn.plusMonths(validityMonths).minusDays(1);
	}

	public LocalDate windowOpens(LocalDate expiresOn) {
		return expiresOn.minusDays(windowOpensDays);
	}

	public LocalDate windowCloses(LocalDate expiresOn) {
		return expiresOn.minusDays(windowClosesDays);
	}

	/** The last day a certificate with a pending re-rating stays valid. */
	public LocalDate extendedUntil(LocalDate expiresOn) {
		return expiresOn.plusDays(lateExtensionDays);
	}

	/**
	 * The status on a day of a certificate that is neither revoked nor superseded by then.
	 *
	 * @param reratingFiledOn when a re-rating was filed, or null
	 */
	public CertificateStatus status(LocalDate issuedOn, LocalDate expiresOn, LocalDate reratingFiledOn, LocalDate day) {
		if (day.isBefore(issuedOn)) {
			return CertificateStatus.NOT_YET_VALID;
		}
		boolean filed = reratingFiledOn != null && !reratingFiledOn.isAfter(day);
		if (day.isAfter(expiresOn)) {
			return filed && !day.isAfter(extendedUntil(expiresOn)) ? CertificateStatus.EXTENDED : CertificateStatus.EXPIRED;
		}
		if (day.isBefore(windowOpens(expiresOn))) {
			return CertificateStatus.ACTIVE;
		}
		if (!day.isAfter(windowCloses(expiresOn)) && !filed) {
			return CertificateStatus.RERATING_WINDOW;
		}
		return CertificateStatus.EXPIRING;
	}

}
