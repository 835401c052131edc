package vn.ocop.portal.registry;

import java.io.ByteArrayOutputStream;
import java.text.Collator;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * A byte key that sorts organisation names in Vietnamese dictionary order (a ă â b c d đ e ê …,
 * tones after letters) when the database compares bytes: PostgreSQL's ICU collations are not on
 * every server, so the key comes from {@link Collator} for vi-VN. Names are compared word by word
 * ("Bà Rịa" before "Bạch Thông", as printed lists do) and without the kind words they start with
 * ("Hợp tác xã Đồng Tâm" sorts under Đ), then by the whole name.
 * <p>
 * Each word's collation key is followed by two zero bytes, which sort before any collation weight,
 * so a word sorts before its longer continuations and a name before the names it starts.
 */
final class NameSortKey {

	static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

	private static final Pattern KIND_WORDS = Pattern.compile(
			"^(liên hiệp hợp tác xã|liên hiệp htx|lhhtx|hợp tác xã|htx|tổ hợp tác|tht|quỹ tín dụng nhân dân)\\s+",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	private static final Pattern SPACES = Pattern.compile("\\s+");

	private static final ThreadLocal<Collator> COLLATOR = ThreadLocal.withInitial(() -> Collator.getInstance(VIETNAMESE));

	/**
	 * The collation keys of words seen before: names repeat a few thousand words (kinds, trades,
	 * places), and a key costs more than the lookup. Bounded; keys are never modified.
	 */
	private static final Map<String, byte[]> WORD_KEYS = new ConcurrentHashMap<>();

	private static final int MAX_WORD_KEYS = 50_000;

	private NameSortKey() {
	}

	/** The name without the kind words it starts with: "Đồng Tâm" for "Hợp tác xã Đồng Tâm". */
	static String properName(String name) {
		String stripped = name == null ? "" : name.strip();
		String proper = KIND_WORDS.matcher(stripped).replaceFirst("");
		return proper.isBlank() ? stripped : proper;
	}

	static byte[] of(String name) {
		Collator collator = COLLATOR.get();
		ByteArrayOutputStream key = new ByteArrayOutputStream();
		for (String word : SPACES.split(properName(name))) {
			if (!word.isEmpty()) {
				key.writeBytes(wordKey(collator, word));
				key.write(0);
				key.write(0);
			}
		}
		key.write(0);
		key.write(0);
		key.writeBytes(collator.getCollationKey(name == null ? "" : name.strip()).toByteArray());
		return key.toByteArray();
	}

	private static byte[] wordKey(Collator collator, String word) {
		byte[] known = WORD_KEYS.get(word);
		if (known != null) {
			return known;
		}
		byte[] computed = collator.getCollationKey(word).toByteArray();
		if (WORD_KEYS.size() < MAX_WORD_KEYS) {
			WORD_KEYS.put(word, computed);
		}
		return computed;
	}

}
