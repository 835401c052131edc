package vn.ocop.portal.shared.web;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
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

	/**
	 * {@link #foldOne(int)} of every character up to the general punctuation block (Latin with all
	 * Vietnamese letters, U+1EA0–U+1EF9, and the typographic apostrophe), worked out once: folding
	 * each character of a long article through the normaliser and two regular expressions made the
	 * search's snippets and highlights its slowest part.
	 */
	private static final String[] FOLDED_CHARACTERS = new String[0x2070];

	static {
		for (int codePoint = 0; codePoint < FOLDED_CHARACTERS.length; codePoint++) {
			FOLDED_CHARACTERS[codePoint] = foldSlowly(codePoint).intern();
		}
	}

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
		// character by character through the table: the same result as normalising the whole text
		// (NFD only decomposes, the marks it puts apart are dropped, and runs of separators become
		// one space), without the normaliser and two regular expressions (SearchTextTests compares
		// both on random text)
		int length = text.length();
		StringBuilder folded = new StringBuilder(length);
		boolean afterSpace = true;
		for (int i = 0; i < length;) {
			int codePoint = text.codePointAt(i);
			String one = foldOne(codePoint);
			i += Character.charCount(codePoint);
			for (int k = 0; k < one.length(); k++) {
				char f = one.charAt(k);
				if (f != ' ') {
					folded.append(f);
					afterSpace = false;
				}
				else if (!afterSpace) {
					folded.append(' ');
					afterSpace = true;
				}
			}
		}
		int end = folded.length();
		if (end > 0 && folded.charAt(end - 1) == ' ') {
			folded.setLength(end - 1);
		}
		return folded.toString();
	}

	/** Whether every word of the query occurs in the text, ignoring case and diacritics. */
	public static boolean matches(String query, String text) {
		String haystack = fold(text);
		List<String> words = Arrays.stream(fold(query).split(" ")).filter(word -> !word.isEmpty()).toList();
		return !words.isEmpty() && words.stream().allMatch(haystack::contains);
	}

	/** The folded words of a query, in order, without duplicates or empty words. */
	public static List<String> words(String query) {
		return Arrays.stream(fold(query).split(" ")).filter(word -> !word.isEmpty()).distinct().toList();
	}

	/**
	 * Cuts the text into plain and marked parts: every place where one of the folded words starts a
	 * word of the text (ignoring case and diacritics) is marked, so that a page can show
	 * {@code <mark>} around it ({@code "cong nhan"} marks {@code "Công nhận"} in
	 * {@code "Công nhận OCOP"}). The parts are plain text, to be escaped when shown.
	 */
	public static List<Segment> highlight(String text, Collection<String> foldedWords) {
		if (text == null || text.isEmpty()) {
			return List.of();
		}
		boolean[] marked = marks(text, foldedWords);
		List<Segment> segments = new ArrayList<>();
		int start = 0;
		for (int i = 1; i <= text.length(); i++) {
			if (i == text.length() || marked[i] != marked[start]) {
				segments.add(new Segment(text.substring(start, i), marked[start]));
				start = i;
			}
		}
		return segments;
	}

	/**
	 * The text as HTML, escaped, with every part {@link #highlight(String, Collection)} marks inside
	 * {@code <mark>}: what a results page shows, worked out in one pass instead of a template loop
	 * over the parts (the search page shows up to a hundred titles and snippets).
	 */
	public static String highlightHtml(String text, Collection<String> foldedWords) {
		if (text == null || text.isEmpty()) {
			return "";
		}
		boolean[] marked = marks(text, foldedWords);
		StringBuilder html = new StringBuilder(text.length() + 32);
		boolean open = false;
		for (int i = 0; i < text.length(); i++) {
			if (marked[i] != open) {
				html.append(open ? "</mark>" : "<mark>");
				open = marked[i];
			}
			escape(text.charAt(i), html);
		}
		if (open) {
			html.append("</mark>");
		}
		return html.toString();
	}

	/** The text escaped for HTML content and attribute values, as Thymeleaf's {@code th:text} escapes it. */
	public static String escapeHtml(String text) {
		StringBuilder html = new StringBuilder(text.length() + 16);
		for (int i = 0; i < text.length(); i++) {
			escape(text.charAt(i), html);
		}
		return html.toString();
	}

	private static void escape(char c, StringBuilder html) {
		switch (c) {
			case '&' -> html.append("&amp;");
			case '<' -> html.append("&lt;");
			case '>' -> html.append("&gt;");
			case '"' -> html.append("&quot;");
			case '\'' -> html.append("&#39;");
			default -> html.append(c);
		}
	}

	/**
	 * An excerpt of about {@code length} characters around the first place one of the folded words
	 * starts a word of the text, cut at spaces, with {@code …} where text was left out; the
	 * beginning of the text when no word is found.
	 */
	public static String excerpt(String text, Collection<String> foldedWords, int length) {
		if (text == null) {
			return "";
		}
		String plain = text.strip();
		if (plain.length() <= length) {
			return plain;
		}
		int first = firstMark(plain, foldedWords, length);
		return cut(plain, first, start(plain, first, length), length);
	}

	/**
	 * {@link #excerpt(String, Collection, int)} of a longer text of which only this beginning was
	 * read, when the beginning is enough to tell, else null (the whole text is then needed): the
	 * excerpt is the whole text's when the first word found and the excerpt's end lie inside the
	 * beginning (a word found there is the first of the whole text, see
	 * {@link #firstMark(String, Collection, int)}).
	 */
	public static String excerptOfBeginning(String beginning, Collection<String> foldedWords, int length) {
		if (beginning == null) {
			return null;
		}
		String plain = beginning.stripLeading();
		if (plain.length() <= length) {
			return null;
		}
		int first = firstMark(plain, foldedWords, length);
		if (first == plain.length()) {
			return null;
		}
		int start = start(plain, first, length);
		return start + length < plain.length() ? cut(plain, first, start, length) : null;
	}

	/** Where the excerpt around the first word found starts: a third of it before the word, at a space. */
	private static int start(String plain, int first, int length) {
		int start = first == plain.length() ? 0 : Math.max(0, first - length / 3);
		if (start > 0) {
			int space = plain.indexOf(' ', start);
			start = space < 0 || space >= first ? start : space + 1;
		}
		return start;
	}

	private static String cut(String plain, int first, int start, int length) {
		int end = Math.min(plain.length(), start + length);
		if (end < plain.length()) {
			int space = plain.lastIndexOf(' ', end);
			end = space > Math.max(start, first) ? space : end;
		}
		return (start > 0 ? "…" : "") + plain.substring(start, end).strip() + (end < plain.length() ? "…" : "");
	}

	/**
	 * Where the first word that one of the folded words starts begins in the text, or the text's
	 * length when there is none. Only a beginning of the text is folded, four excerpts long at
	 * first and growing fourfold while nothing is found there: the words of a search are usually
	 * found early, and folding the whole of every long text for its excerpt was the search page's
	 * largest cost. A word found in a beginning is the first in the whole text: a later word cut
	 * by the beginning's end cannot start before it.
	 */
	private static int firstMark(String text, Collection<String> foldedWords, int length) {
		for (int window = Math.max(256, length * 4);; window *= 4) {
			int end = Math.min(text.length(), window);
			if (end < text.length() && Character.isLowSurrogate(text.charAt(end))) {
				end++;
			}
			String beginning = text.substring(0, end);
			boolean[] marked = marks(beginning, foldedWords);
			for (int i = 0; i < marked.length; i++) {
				if (marked[i]) {
					return i;
				}
			}
			if (end == text.length()) {
				return text.length();
			}
		}
	}

	/** Which characters of the text belong to a word that one of the folded words starts. */
	private static boolean[] marks(String text, Collection<String> foldedWords) {
		int length = text.length();
		char[] folded = new char[length + 8];
		int[] origin = new int[length + 8];
		int size = 0;
		for (int i = 0; i < length;) {
			char c = text.charAt(i);
			String one;
			int next;
			if (c < FOLDED_CHARACTERS.length) {
				one = FOLDED_CHARACTERS[c];
				next = i + 1;
			}
			else {
				int codePoint = text.codePointAt(i);
				one = foldOne(codePoint);
				next = i + Character.charCount(codePoint);
			}
			if (size + one.length() > folded.length) {
				folded = Arrays.copyOf(folded, folded.length * 2 + one.length());
				origin = Arrays.copyOf(origin, folded.length);
			}
			for (int k = 0; k < one.length(); k++) {
				origin[size] = i;
				folded[size++] = one.charAt(k);
			}
			i = next;
		}
		boolean[] marked = new boolean[length];
		String haystack = new String(folded, 0, size);
		for (String word : foldedWords) {
			if (word == null || word.isEmpty()) {
				continue;
			}
			for (int at = haystack.indexOf(word); at >= 0; at = haystack.indexOf(word, at + 1)) {
				if (at > 0 && haystack.charAt(at - 1) != ' ') {
					continue;
				}
				int from = origin[at];
				int last = origin[at + word.length() - 1];
				int to = last + Character.charCount(text.codePointAt(last));
				for (int i = from; i < to; i++) {
					marked[i] = true;
				}
			}
		}
		return marked;
	}

	/** One character folded as {@link #fold(String)} folds it (a separator as one space). */
	private static String foldOne(int codePoint) {
		return codePoint < FOLDED_CHARACTERS.length ? FOLDED_CHARACTERS[codePoint] : foldSlowly(codePoint);
	}

	private static String foldSlowly(int codePoint) {
		if (codePoint == '\'' || codePoint == '\u2019') {
			return "";
		}
		String decomposed = Normalizer.normalize(new String(Character.toChars(codePoint)), Normalizer.Form.NFD);
		String plain = COMBINING_MARKS.matcher(decomposed).replaceAll("").replace('đ', 'd').replace('Đ', 'D').toLowerCase(Locale.ROOT);
		return SEPARATORS.matcher(plain).replaceAll(" ");
	}

	/** A part of a text for {@link #highlight(String, Collection)}: plain or marked. */
	public record Segment(String text, boolean marked) {
	}

}
