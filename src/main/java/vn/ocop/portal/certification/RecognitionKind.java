package vn.ocop.portal.certification;

/** What a decision's row does: a first recognition, an upgrade (higher star, any time) or a re-rating at expiry (star up or down). */
public enum RecognitionKind {

	FIRST_TIME, UPGRADE, RE_RATING;

	/** Whether the new certificate replaces the product's current one. */
	public boolean supersedes() {
		return this != FIRST_TIME;
	}

	public String messageKey() {
		return "certification.kind." + name();
	}

}
