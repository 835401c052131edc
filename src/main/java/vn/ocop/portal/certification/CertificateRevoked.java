package vn.ocop.portal.certification;

import java.time.LocalDate;

/**
 * A certificate was revoked by the competent level's decision: the product leaves the catalogue.
 *
 * @param number    the certificate's number
 * @param productId the product (ocop's ID)
 * @param decidedOn the revocation decision's date
 */
public record CertificateRevoked(String number, long productId, LocalDate decidedOn) {
}
