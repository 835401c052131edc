package vn.ocop.portal.registry;

/**
 * The classification of an organisation for a year (Circular 01/2020/TT-BKHĐT: 15 criteria, 100
 * points). The score bands are data ({@code registry/classification-rules.csv}); whether the
 * circular still applies under the 2023 law is not confirmed.
 */
public enum Classification {

	/** Tốt. */
	GOOD,
	/** Khá. */
	FAIR,
	/** Trung bình. */
	AVERAGE,
	/** Yếu. */
	WEAK,
	/** Không xếp loại: operating less than 12 months, or stopped more than 3 months, in the year. */
	NOT_CLASSIFIED;

	public String messageKey() {
		return "registry.classification." + name();
	}

}
