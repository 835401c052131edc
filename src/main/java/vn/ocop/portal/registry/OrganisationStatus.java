package vn.ocop.portal.registry;

/**
 * Where an organisation stands in its life cycle (domain §3). Registration makes it
 * {@link #OPERATING}; it may be {@link #SUSPENDED} and resumed any number of times;
 * {@link #DISSOLVED} is final. Records are never deleted: a dissolved organisation stays in the
 * registry with its history.
 * <pre>
 *   register ──▶ OPERATING ──suspend──▶ SUSPENDED
 *                    ▲  └──────┐            │
 *                    └─resume──┼────────────┘
 *                              ▼ dissolve (from either)
 *                          DISSOLVED (final)
 * </pre>
 */
public enum OrganisationStatus {

	/** Registered and operating (đang hoạt động). */
	OPERATING,
	/** Temporarily stopped its activity (tạm ngừng hoạt động). */
	SUSPENDED,
	/** Dissolved, voluntarily or compulsorily (giải thể); final. */
	DISSOLVED;

	public String messageKey() {
		return "registry.status." + name();
	}

}
