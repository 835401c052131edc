package vn.ocop.portal.ocop;

/**
 * The kinds of OCOP support work counted in year-end reports: three given to a product in a year,
 * two given to a subject in a year. Names and descriptions are in the message bundles
 * ({@code ocop.support.kind.<NAME>}).
 */
public enum SupportKind {

	/** The product's production process was made traceable (truy xuất nguồn gốc). */
	TRACEABILITY(true),
	/** The product is made in a value chain (sản xuất theo chuỗi giá trị). */
	VALUE_CHAIN(true),
	/** The product's quality and scale of production were improved. */
	QUALITY_SCALE(true),
	/** A subject of the 2018–2020 phase was consolidated (củng cố). */
	CONSOLIDATION(false),
	/** A new subject was supported. */
	NEW_SUBJECT(false);

	private final boolean forProduct;

	SupportKind(boolean forProduct) {
		this.forProduct = forProduct;
	}

	/** Whether it is given to a product (else to a subject). */
	public boolean forProduct() {
		return forProduct;
	}

	public String messageKey() {
		return "ocop.support.kind." + name();
	}

}
