package vn.ocop.portal.units;

import java.text.Collator;
import java.text.Normalizer;
import java.util.Comparator;
import java.util.Locale;
import java.util.regex.Pattern;

/** Folding and ordering of Vietnamese names. */
final class VietnameseText {

	static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

	/**
	 * Vietnamese dictionary order (a ă â b c d đ e ê …, tones after letters), compared word by word
	 * so that "Bà Rịa" comes before "Bạch Thông" as in printed lists.
	 */
	static final Comparator<String> ORDER = VietnameseText::compare;

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	private static final Pattern SEPARATORS = Pattern.compile("[^a-z0-9]+");

	private static final Pattern SPACES = Pattern.compile("\\s+");

	private VietnameseText() {
	}

	/**
	 * Lower case without diacritics, đ as d, apostrophes dropped and other punctuation as single
	 * spaces: "Huyện Ba Bể" → "huyen ba be", "Xã Cư M'gar" → "xa cu mgar", "ĐĂK" → "dak".
	 */
	static String fold(String text) {
		if (text == null) {
			return "";
		}
		String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
		String bare = MARKS.matcher(decomposed).replaceAll("")
			.replace('đ', 'd')
			.replace('Đ', 'D')
			.replace("'", "")
			.replace("’", "")
			.toLowerCase(Locale.ROOT);
		return SEPARATORS.matcher(bare).replaceAll(" ").strip();
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
