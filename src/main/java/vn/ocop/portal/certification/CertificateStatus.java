package vn.ocop.portal.certification;

/**
 * A certificate's status on a day. Valid: {@link #ACTIVE}, {@link #RERATING_WINDOW} (the holder
 * may, and should, file a re-rating now), {@link #EXPIRING} (the window has closed or a re-rating
 * was filed; expiry is near) and {@link #EXTENDED} (past expiry, kept valid by a filed re-rating
 * until the new decision, within the late-extension limit). Not valid: {@link #NOT_YET_VALID},
 * {@link #EXPIRED}, {@link #REVOKED}, {@link #SUPERSEDED} (by a re-rating or an upgrade).
 */
public enum CertificateStatus {

	NOT_YET_VALID(false), ACTIVE(true), RERATING_WINDOW(true), EXPIRING(true), EXTENDED(true), EXPIRED(false),
	REVOKED(false), SUPERSEDED(false);

	private final boolean valid;

	CertificateStatus(boolean valid) {
		this.valid = valid;
	}

	public boolean valid() {
		return valid;
	}

	public String messageKey() {
		return "certification.status." + name();
	}

}
