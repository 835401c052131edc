package vn.ocop.portal.ocop;

/** Where a product record stands: a representative's draft, or registered by an officer (with its code). */
public enum ProductStatus {

	DRAFT, REGISTERED;

	public String messageKey() {
		return "ocop.product.status." + name();
	}

}
