package vn.ocop.portal.certification;

import java.time.LocalDate;

/** A recorded recognition decision and the size of its batch. */
public record Decision(long id, String number, LocalDate signedOn, IssuerLevel level, String issuer, int certificates) {
}
