package vn.ocop.portal.certification;

import java.io.ByteArrayOutputStream;
import java.text.Collator;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A byte key that sorts product names in Vietnamese dictionary order when the database compares
 * bytes (PostgreSQL's ICU collations are not on every server): word by word, each word's vi-VN
 * collation key followed by two zero bytes, then the whole name, as the registry sorts names.
 */
final class NameOrder {

	private static final Pattern SPACES = Pattern.compile("\\s+");

	private static final ThreadLocal<Collator> COLLATOR = ThreadLocal
		.withInitial(() -> Collator.getInstance(Locale.forLanguageTag("vi-VN")));

	private NameOrder() {
	}

	static byte[] key(String name) {
		Collator collator = COLLATOR.get();
		String text = name == null ? "" : name.strip();
		ByteArrayOutputStream key = new ByteArrayOutputStream();
		for (String word : SPACES.split(text)) {
			if (!word.isEmpty()) {
				key.writeBytes(collator.getCollationKey(word).toByteArray());
				key.write(0);
				key.write(0);
			}
		}
		key.write(0);
		key.writeBytes(collator.getCollationKey(text).toByteArray());
		return key.toByteArray();
	}

}
