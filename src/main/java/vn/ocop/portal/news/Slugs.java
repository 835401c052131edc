package vn.ocop.portal.news;

import vn.ocop.portal.shared.web.SearchText;

/**
 * Human-readable addresses without diacritics: {@code Hội nghị tổng kết kinh tế tập thể năm 2022}
 * → {@code hoi-nghi-tong-ket-kinh-te-tap-the-nam-2022}. Built on the application's one folding.
 */
final class Slugs {

	static final int MAX_LENGTH = 100;

	private Slugs() {
	}

	static String of(String text) {
		String slug = SearchText.fold(text).replace(' ', '-');
		if (slug.length() > MAX_LENGTH) {
			slug = slug.substring(0, MAX_LENGTH);
			int lastDash = slug.lastIndexOf('-');
			if (lastDash > MAX_LENGTH / 2) {
				slug = slug.substring(0, lastDash);
			}
		}
		return slug.isEmpty() ? "bai-viet" : slug;
	}

	/** Whether the text has the shape of a slug (so it can be looked up at all). */
	static boolean valid(String slug) {
		return slug != null && slug.length() <= MAX_LENGTH + 10 && slug.matches("[a-z0-9]+(-[a-z0-9]+)*");
	}

}
