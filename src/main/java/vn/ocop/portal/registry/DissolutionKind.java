package vn.ocop.portal.registry;

/** How an organisation was dissolved (Law on Cooperatives 17/2023/QH15). */
public enum DissolutionKind {

	/** Decided by the organisation's own general meeting (giải thể tự nguyện). */
	VOLUNTARY,
	/** Ordered by the competent authority (giải thể bắt buộc). */
	COMPULSORY;

	public String messageKey() {
		return "registry.dissolution." + name();
	}

}
