package vn.ocop.portal.importing;

import java.util.regex.Pattern;

import vn.ocop.portal.shared.web.SearchText;

/**
 * How sheet names, CSV file names and column headers are matched: ignoring case, Vietnamese
 * diacritics, spaces, hyphens and underscores. {@code "Mã tổ chức"}, {@code "ma to chuc"},
 * {@code "MA_TO_CHUC"} and {@code "mã-tổ-chức"} are the same header.
 */
final class Names {

	private static final Pattern IGNORED = Pattern.compile("[\\s_\\-\u00a0]+");

	private Names() {
	}

	static String normalise(String name) {
		return IGNORED.matcher(SearchText.fold(name)).replaceAll("");
	}

}
