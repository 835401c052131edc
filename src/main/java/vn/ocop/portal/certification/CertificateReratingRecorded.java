package vn.ocop.portal.certification;

import java.time.LocalDate;

/**
 * The holder's re-rating filing was recorded on a certificate: it now stays valid until the new
 * decision, at most the late extension past its expiry.
 *
 * @param number    the certificate's number
 * @param productId the product (ocop's ID)
 * @param filedOn   the day the re-rating was filed
 */
public record CertificateReratingRecorded(String number, long productId, LocalDate filedOn) {
}
