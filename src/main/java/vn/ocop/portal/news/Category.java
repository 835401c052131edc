package vn.ocop.portal.news;

import java.util.Locale;

/** A news category (plain reference data: the standing ones come with the migration). */
record Category(long id, String slug, String nameVi, String nameEn) {

	public String name(Locale locale) {
		return "en".equals(locale.getLanguage()) ? nameEn : nameVi;
	}

}
