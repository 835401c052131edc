package vn.ocop.portal.registry;

import java.util.Arrays;
import java.util.regex.Pattern;

import com.ibm.icu.text.Collator;
import com.ibm.icu.util.ULocale;

/**
 * A byte key that sorts organisation names in Vietnamese dictionary order (a ă â b c d đ e ê …,
 * tones after letters) when the database compares bytes: PostgreSQL's ICU collations are not on
 * every server, so the key is ICU's sort key for Vietnamese, computed here. Spaces weigh less than
 * any letter, so names compare word by word ("Bà Rịa" before "Bạch Thông", as printed lists do);
 * the kind words a name starts with are left out ("Hợp tác xã Đồng Tâm" sorts under Đ) and
 * only break ties.
 * <p>
 * ICU's sort keys are compressed (about a byte a letter and a few bytes for the tones and cases of
 * the whole name) and end with a zero byte, which sorts before any weight: a name sorts before the
 * names it starts, and the key of the proper name followed by the key of its kind words compares
 * as the pair. The key is about 70 bytes for the benchmark's names, against about 380 for the per-word
 * {@code java.text.Collator} keys of V6–V45, and the name order indexes carry it in every entry
 * (docs/benchmarks.md, session 5). Keys written by another version of this class, or of ICU (its
 * sort keys may change between versions), are recomputed by a migration such as
 * {@link NameSortKeyMigration}.
 */
final class NameSortKey {

	/** A frozen (immutable, thread-safe) collator for Vietnamese at tertiary strength. */
	private static final Collator COLLATOR = Collator.getInstance(ULocale.forLanguageTag("vi-VN")).freeze();

	private static final Pattern KIND_WORDS = Pattern.compile(
			"^(liên hiệp hợp tác xã|liên hiệp htx|lhhtx|hợp tác xã|htx|tổ hợp tác|tht|quỹ tín dụng nhân dân)\\s+",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	private static final Pattern SPACES = Pattern.compile("\\s+");

	private NameSortKey() {
	}

	/** The name without the kind words it starts with: "Đồng Tâm" for "Hợp tác xã Đồng Tâm". */
	static String properName(String name) {
		String stripped = name == null ? "" : name.strip();
		String proper = KIND_WORDS.matcher(stripped).replaceFirst("");
		return proper.isBlank() ? stripped : proper;
	}

	static byte[] of(String name) {
		String whole = name == null ? "" : SPACES.matcher(name.strip()).replaceAll(" ");
		String proper = properName(whole);
		byte[] properKey = COLLATOR.getCollationKey(proper).toByteArray();
		if (proper.equals(whole)) {
			return properKey;
		}
		// the kind words break ties: "Hợp tác xã Đồng Tâm" before "Tổ hợp tác Đồng Tâm"
		String kindWords = whole.substring(0, whole.length() - proper.length()).strip();
		byte[] kindKey = COLLATOR.getCollationKey(kindWords).toByteArray();
		byte[] key = Arrays.copyOf(properKey, properKey.length + kindKey.length);
		System.arraycopy(kindKey, 0, key, properKey.length, kindKey.length);
		return key;
	}

}
