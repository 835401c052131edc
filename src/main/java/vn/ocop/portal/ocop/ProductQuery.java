package vn.ocop.portal.ocop;

/**
 * Filters of the back-office lists of products and subjects (each may be null).
 *
 * @param unitCode       unit the subject lies in (any level)
 * @param productSetCode product set
 * @param groupCode      product group
 * @param kind           subject kind
 * @param text           words without diacritics (name, code, GTIN, subject)
 * @param page           page from 0
 */
record ProductQuery(String unitCode, String productSetCode, String groupCode, SubjectKind kind, String text, int page) {

	ProductQuery {
		unitCode = blankToNull(unitCode);
		productSetCode = blankToNull(productSetCode);
		groupCode = blankToNull(groupCode);
		text = blankToNull(text);
		if (text != null && text.length() > 100) {
			text = text.substring(0, 100);
		}
		page = Math.max(0, page);
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
