package vn.ocop.portal.certification;

/**
 * What a revocation case is opened from (26/2026 Art. 8.4): the limit runs from the conclusion of a
 * competent authority (inspection, supervision, another authority's finding) or from the commune's
 * confirmation that the subject no longer produces the product (ground Art. 8.1.đ).
 */
public enum ConclusionSource {

	AUTHORITY_CONCLUSION, COMMUNE_CONFIRMATION;

	public String messageKey() {
		return "certification.conclusionSource." + name();
	}

}
