package vn.ocop.portal.certification;

import java.time.LocalDate;

/**
 * A recognition decision gave a product a certificate (first recognition, re-rating or upgrade;
 * the certificate it replaces, if any, is superseded in the same transaction). One event per
 * certificate of the decision.
 *
 * @param number    the certificate's number
 * @param productId the product (ocop's ID)
 * @param star      the star rating recognised
 * @param kind      first recognition, re-rating or upgrade
 * @param issuedOn  the decision's date
 */
public record CertificateIssued(String number, long productId, int star, RecognitionKind kind, LocalDate issuedOn) {
}
