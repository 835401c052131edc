package vn.ocop.portal.news;

import java.util.Locale;

/**
 * A news category (plain reference data, administered by publishers and administrators on
 * {@code /backoffice/news/categories}). The slug is made from the Vietnamese name when the category
 * is created and never changes afterwards, so links and feeds keep working when it is renamed. A
 * hidden category leaves the public navigation and the article form's choice; its articles and its
 * page stay where they are.
 */
record Category(long id, String slug, String nameVi, String nameEn, int position, boolean hidden, int version) {

	public String name(Locale locale) {
		return "en".equals(locale.getLanguage()) ? nameEn : nameVi;
	}

	/** What the audit log keeps of a category. */
	java.util.Map<String, Object> auditValues() {
		java.util.Map<String, Object> values = new java.util.LinkedHashMap<>();
		values.put("slug", slug);
		values.put("nameVi", nameVi);
		values.put("nameEn", nameEn);
		values.put("position", position);
		values.put("hidden", hidden);
		return values;
	}

}
