package vn.ocop.portal.ocop;

/**
 * What an OCOP subject (chủ thể OCOP) is. Cooperatives and cooperative groups are organisations of
 * the registry and are referenced by their code there; enterprises, farms and household businesses
 * are recorded in the OCOP module.
 */
public enum SubjectKind {

	/** Hợp tác xã (registry kind HTX). */
	COOPERATIVE("HTX"),
	/** Tổ hợp tác (registry kind THT). */
	COOPERATIVE_GROUP("THT"),
	/** Doanh nghiệp. */
	ENTERPRISE(null),
	/** Trang trại. */
	FARM(null),
	/** Hộ kinh doanh. */
	HOUSEHOLD_BUSINESS(null);

	private final String registryKind;

	SubjectKind(String registryKind) {
		this.registryKind = registryKind;
	}

	/** Whether subjects of this kind are organisations of the registry. */
	public boolean inRegistry() {
		return registryKind != null;
	}

	/** The registry's kind ({@code HTX}, {@code THT}), or null. */
	public String registryKind() {
		return registryKind;
	}

	public String messageKey() {
		return "ocop.subject.kind." + name();
	}

}
