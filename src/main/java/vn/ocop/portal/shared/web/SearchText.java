package vn.ocop.portal.shared.web;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Text matching for search providers: users may type Vietnamese with or without diacritics
 * ({@code "ba be"} finds {@code "Huyện Ba Bể"}).
 */
public final class SearchText {

	private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");

	private static final Pattern SEPARATORS = Pattern.compile("[^a-z0-9]+");

	private SearchText() {
	}

	/**
	 * Lower case without diacritics, {@code đ} as {@code d}, apostrophes dropped and any other
	 * punctuation or spacing as one space: {@code Huyện Ba Bể} → {@code huyen ba be},
	 * {@code Xã Cư M'gar} → {@code xa cu mgar}, {@code canbo.babe} → {@code canbo babe}. The one
	 * folding of the application: search columns are stored with it and queries are folded with it.
	 */
	public static String fold(String text) {
		if (text == null) {
			return "";
		}
		String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
		String plain = COMBINING_MARKS.matcher(decomposed).replaceAll("")
			.replace('đ', 'd')
			.replace('Đ', 'D')
			.replace("'", "")
			.replace("\u2019", "")
			.toLowerCase(Locale.ROOT);
		return SEPARATORS.matcher(plain).replaceAll(" ").strip();
	}

	/** Whether every word of the query occurs in the text, ignoring case and diacritics. */
	public static boolean matches(String query, String text) {
		String haystack = fold(text);
		List<String> words = Arrays.stream(fold(query).split(" ")).filter(word -> !word.isEmpty()).toList();
		return !words.isEmpty() && words.stream().allMatch(haystack::contains);
	}

}
