package vn.ocop.portal.certification;

/**
 * Who recognised a batch: the district (148/2023, 3★, historical), the province's chairman (3★ and
 * 4★) or the central level, the ministry (5★). Revocation goes to the level that recognises the star.
 */
public enum IssuerLevel {

	DISTRICT, PROVINCE, CENTRAL;

	/** The level competent for a star today (26/2026): 5★ central, else province. */
	public static IssuerLevel competentFor(int star) {
		return star >= 5 ? CENTRAL : PROVINCE;
	}

	/** Whether a decision of this level may recognise the star. */
	public boolean mayRecognise(int star) {
		return switch (this) {
			case DISTRICT -> star == 3;
			case PROVINCE -> star == 3 || star == 4;
			case CENTRAL -> star == 5;
		};
	}

	public String messageKey() {
		return "certification.level." + name();
	}

}
