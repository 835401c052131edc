package vn.ocop.portal.units;

import java.text.Collator;
import java.util.Comparator;
import java.util.Locale;
import java.util.regex.Pattern;

import vn.ocop.portal.shared.web.SearchText;

/** Folding and ordering of Vietnamese names. */
final class VietnameseText {

	static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

	/**
	 * Vietnamese dictionary order (a ă â b c d đ e ê …, tones after letters), compared word by word
	 * so that "Bà Rịa" comes before "Bạch Thông" as in printed lists.
	 */
	static final Comparator<String> ORDER = VietnameseText::compare;



	private static final Pattern SPACES = Pattern.compile("\\s+");

	private VietnameseText() {
	}

	/** The application's one folding (see {@link SearchText#fold(String)}). */
	static String fold(String text) {
		return SearchText.fold(text);
	}

	private static final ThreadLocal<Collator> COLLATOR = ThreadLocal.withInitial(() -> Collator.getInstance(VIETNAMESE));

	private static int compare(String left, String right) {
		Collator collator = COLLATOR.get();
		String[] leftWords = SPACES.split(left.strip());
		String[] rightWords = SPACES.split(right.strip());
		for (int i = 0; i < Math.min(leftWords.length, rightWords.length); i++) {
			int byWord = collator.compare(leftWords[i], rightWords[i]);
			if (byWord != 0) {
				return byWord;
			}
		}
		int byLength = Integer.compare(leftWords.length, rightWords.length);
		return byLength != 0 ? byLength : collator.compare(left, right);
	}

}
