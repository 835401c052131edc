package vn.ocop.portal.certification;

import java.time.LocalDate;

/**
 * The heading of a recognition decision.
 *
 * @param number   its number as printed, e.g. {@code 2315/QĐ-UBND}
 * @param signedOn its date: the certificates are issued on it
 * @param level    district, province or central
 * @param issuer   who signed, e.g. {@code Chủ tịch UBND tỉnh Bắc Kạn}
 */
public record DecisionOrder(String number, LocalDate signedOn, IssuerLevel level, String issuer) {
}
