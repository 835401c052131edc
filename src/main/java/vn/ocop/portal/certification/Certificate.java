package vn.ocop.portal.certification;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A certificate as recorded, with the product and holder as printed at issue.
 *
 * @param supersededBy the number of the certificate that replaced it, or null
 * @param revokedOn    the date of the revocation decision, or null
 */
public record Certificate(long id, String number, long decisionId, String decisionNumber, IssuerLevel level,
		long productId, long subjectId, RecognitionKind kind, int star, BigDecimal score, LocalDate issuedOn,
		LocalDate expiresOn, String productCode, String productName, String holderName, String organisationId, String gtin,
		String productSetCode, String groupCode, String unitCode, LocalDate reratingFiledOn, String supersededBy,
		LocalDate supersededOn, LocalDate revokedOn) {

	/** Its status on a day under the terms. */
	public CertificateStatus statusOn(LocalDate day, CertificateTerms terms) {
		if (revokedOn != null && !revokedOn.isAfter(day)) {
			return CertificateStatus.REVOKED;
		}
		if (supersededOn != null && !supersededOn.isAfter(day)) {
			return CertificateStatus.SUPERSEDED;
		}
		return terms.status(issuedOn, expiresOn, reratingFiledOn, day);
	}

	/** The last day it is valid given what is known today (expiry, or the extension of a filed re-rating). */
	public LocalDate validUntil(CertificateTerms terms) {
		return reratingFiledOn == null ? expiresOn : terms.extendedUntil(expiresOn);
	}

}
