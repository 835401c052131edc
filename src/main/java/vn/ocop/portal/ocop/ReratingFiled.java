package vn.ocop.portal.ocop;

import java.time.LocalDate;

/**
 * Published when a re-rating or upgrade application is filed with the commune (submitted, also
 * again after a return): the certification module records the filing against the product's current
 * certificate, so that it stays valid until the new decision. Listen with
 * {@code @ApplicationModuleListener}.
 *
 * @param applicationId the application
 * @param productId     the product ({@link OcopProducts#product(long)})
 * @param kind          {@code RE_RATING} or {@code UPGRADE}
 * @param filedOn       the day it was filed
 */
public record ReratingFiled(long applicationId, long productId, ApplicationKind kind, LocalDate filedOn) {
}
