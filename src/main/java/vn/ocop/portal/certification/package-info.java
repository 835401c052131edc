/**
 * OCOP certification (domain §4, issue 4 items 5 and 7): decisions that recognise a batch of
 * products, the certificates they give (number, star, holder, issue and expiry dates), their status
 * on a date (active, re-rating window open, expiring, kept valid by a pending re-rating, expired,
 * revoked, superseded), re-ratings and upgrades that supersede, revocation on the grounds of
 * 26/2026 Art. 8 within its limit, the printable PDF certificate with its QR code, the decision's
 * annex, and the reminders of re-rating windows.
 * <p>
 * Public face: {@link vn.ocop.portal.certification.CertificationManagement} (recognise a batch,
 * record a re-rating filing, revoke), {@link vn.ocop.portal.certification.PublicCertificates}
 * (what the public catalogue reads), {@link vn.ocop.portal.certification.CertificationStatistics}
 * (valid certificates by star and products by group per unit, for reporting), the records
 * {@link vn.ocop.portal.certification.Certificate}, {@link vn.ocop.portal.certification.Decision},
 * {@link vn.ocop.portal.certification.RecognitionRow}, {@link vn.ocop.portal.certification.DecisionOrder}
 * and the enums {@link vn.ocop.portal.certification.CertificateStatus},
 * {@link vn.ocop.portal.certification.IssuerLevel}, {@link vn.ocop.portal.certification.RecognitionKind}.
 * Products and subjects are read through {@link vn.ocop.portal.ocop.OcopProducts}; a round's results through
 * {@link vn.ocop.portal.ocop.OcopEvaluations} (decisions from a round, in one transaction with marking the
 * applications decided); re-rating filings arrive as the event {@link vn.ocop.portal.ocop.ReratingFiled}.
 * Past certificates are imported through the {@code importing} module's sheet {@code chung-nhan}. See
 * {@code docs/certification.md}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "OCOP certification",
		allowedDependencies = { "audit", "identity", "units", "ocop", "importing" })
package vn.ocop.portal.certification;
