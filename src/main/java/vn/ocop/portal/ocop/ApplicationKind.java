package vn.ocop.portal.ocop;

/** Why a product is evaluated (26/2026 Art. 6). */
public enum ApplicationKind {

	/** First evaluation of the product. */
	FIRST_TIME,
	/** A higher star requested for a recognised product (at any time). */
	UPGRADE,
	/** Re-rating at the certificate's expiry; the council may decide by written opinions. */
	RE_RATING;

	public String messageKey() {
		return "ocop.application.kind." + name();
	}

}
