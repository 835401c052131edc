package vn.ocop.portal.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** Search matching with or without Vietnamese diacritics, and the search contract's records. */
class SearchTextTests {

	@Test
	void foldingDropsDiacriticsCaseAndExtraSpaces() {
		assertThat(SearchText.fold("  Huyện   Ba Bể ")).isEqualTo("huyen ba be");
		assertThat(SearchText.fold("Đồng Đăng")).isEqualTo("dong dang");
		assertThat(SearchText.fold("HỢP TÁC XÃ")).isEqualTo("hop tac xa");
	}

	@Test
	void foldingCharacterByCharacterGivesWhatTheNormaliserGivesForTheWholeText() {
		// Vietnamese in precomposed and decomposed form, capitals, digits, apostrophes, punctuation,
		// white space of several kinds, letters the normaliser treats specially (İ, the Kelvin sign,
		// ß, final sigma), a letter beyond the table and a character outside the BMP
		String alphabet = "aăâbcdđeêghiklmnoôơpqrstuưvxyAĂÂĐÊÔƠƯ0123456789 ,.-'’\t\n\u00A0\u2003"
				+ "ệỆữỮỳỲãÃ\u0301\u0323\u0303İ\u212AßΣσ\uFF21\u1E9E漢";
		int[] codePoints = alphabet.codePoints().toArray();
		Random random = new Random(6);
		for (int n = 0; n < 20_000; n++) {
			StringBuilder text = new StringBuilder();
			for (int length = random.nextInt(12); length > 0; length--) {
				text.appendCodePoint(random.nextInt(10) == 0 ? 0x1F600 : codePoints[random.nextInt(codePoints.length)]);
			}
			assertThat(SearchText.fold(text.toString())).as("fold of [%s]", text).isEqualTo(foldByNormaliser(text.toString()));
		}
		assertThat(SearchText.fold("Xã Cư M'gar, Hợp tác xã \"Đồng Tâm\"  ")).isEqualTo("xa cu mgar hop tac xa dong tam");
		assertThat(SearchText.fold(null)).isEmpty();
	}

	@Test
	void anExcerptFromABeginningIsTheWholeTextsOrNothing() {
		String text = "Mở đầu dài dòng. ".repeat(30) + "Hạt cà phê rang mộc bán chạy nhất. " + "Kết thúc mùa vụ. ".repeat(200);
		int told = 0;
		for (int cut = 0; cut <= text.length(); cut += 7) {
			for (List<String> words : List.of(List.of("rang"), List.of("ket"), List.of("khongco"), List.of("vu", "mo"))) {
				String fromBeginning = SearchText.excerptOfBeginning(text.substring(0, cut), words, 120);
				if (fromBeginning != null) {
					told++;
					assertThat(fromBeginning).as("cut at %d, %s", cut, words).isEqualTo(SearchText.excerpt(text, words, 120));
				}
			}
		}
		// a beginning long enough tells, one that ends before the word or the excerpt's end does not
		assertThat(told).isGreaterThan(1000);
		assertThat(SearchText.excerptOfBeginning(text.substring(0, 600), List.of("rang"), 120)).isNull();
		assertThat(SearchText.excerptOfBeginning(text.substring(0, 1200), List.of("rang"), 120)).contains("rang mộc");
		assertThat(SearchText.excerptOfBeginning(text.substring(0, 2000), List.of("khongco"), 120)).isNull();
	}

	@Test
	void everyWordOfTheQueryMustOccur() {
		assertThat(SearchText.matches("ba be", "Huyện Ba Bể")).isTrue();
		assertThat(SearchText.matches("Bể huyện", "Huyện Ba Bể")).isTrue();
		assertThat(SearchText.matches("ba đồn", "Huyện Ba Bể")).isFalse();
		assertThat(SearchText.matches("   ", "Huyện Ba Bể")).isFalse();
	}

	@Test
	void highlightingMarksTheWordsTheQueryStartsWhateverTheirDiacritics() {
		List<SearchText.Segment> parts = SearchText.highlight("Công nhận OCOP, không đổi", SearchText.words("cong OCOP"));
		assertThat(parts).containsExactly(new SearchText.Segment("Công", true), new SearchText.Segment(" nhận ", false),
				new SearchText.Segment("OCOP", true), new SearchText.Segment(", không đổi", false));
		assertThat(SearchText.highlight("Xã Cư M'gar", List.of("mgar"))).contains(new SearchText.Segment("M'gar", true));
		assertThat(SearchText.highlight("", List.of("x"))).isEmpty();
	}

	@Test
	void anExcerptIsTakenAroundTheFirstWordFoundAndCutAtSpaces() {
		String text = "Mở đầu dài dòng. ".repeat(20) + "Hạt cà phê rang mộc bán chạy nhất. " + "Kết thúc. ".repeat(20);
		String excerpt = SearchText.excerpt(text, List.of("rang"), 80);
		assertThat(excerpt).startsWith("…").endsWith("…").contains("rang mộc");
		assertThat(excerpt.length()).isLessThanOrEqualTo(82);
		assertThat(SearchText.excerpt(text, List.of("khongco"), 40)).startsWith("Mở đầu").endsWith("…");
		assertThat(SearchText.excerpt("Ngắn gọn.", List.of("gon"), 40)).isEqualTo("Ngắn gọn.");
	}

	@Test
	void anExcerptFindsAWordFarIntoALongTextAndOneCutByTheFirstPartRead() {
		String filler = "Ruộng bậc thang trên sườn đồi. ".repeat(400);
		String far = SearchText.excerpt(filler + "Mùa lúa chín vàng ở Hoàng Su Phì.", List.of("hoang"), 60);
		assertThat(far).startsWith("…").contains("Hoàng Su Phì.");

		// the first part read ends inside "khoaitây": the word is still found where it starts
		String text = "x".repeat(794) + " khoaitây " + "y ".repeat(100) + "khoai";
		String excerpt = SearchText.excerpt(text, List.of("khoaitay"), 200);
		assertThat(excerpt).contains("khoaitây").doesNotStartWith("x");
		// with two words, the excerpt starts at whichever comes first in the text
		assertThat(SearchText.excerpt(filler + "cam sành rồi bưởi", List.of("buoi", "cam"), 40)).contains("cam sành");
	}

	@Test
	void highlightedHtmlIsEscapedWithTheWordsFoundMarked() {
		assertThat(SearchText.highlightHtml("Công nhận <OCOP> & \"sao\" 'vàng'", SearchText.words("cong ocop sao")))
			.isEqualTo("<mark>Công</mark> nhận &lt;<mark>OCOP</mark>&gt; &amp; &quot;<mark>sao</mark>&quot; &#39;vàng&#39;");
		assertThat(SearchText.highlightHtml("Xã Cư M'gar", List.of("mgar"))).isEqualTo("Xã Cư <mark>M&#39;gar</mark>");
		assertThat(SearchText.highlightHtml("<script>alert(1)</script>", List.of("khong"))).isEqualTo("&lt;script&gt;alert(1)&lt;/script&gt;");
		assertThat(SearchText.highlightHtml("", List.of("x"))).isEmpty();
		assertThat(SearchText.escapeHtml("/tin-tuc/a?b=1&c=\"2\"")).isEqualTo("/tin-tuc/a?b=1&amp;c=&quot;2&quot;");
	}

	@Test
	void hitsAndTilesLinkOnlyInsideThePortal() {
		assertThatIllegalArgumentException().isThrownBy(() -> new SearchHit("k", "t", "https://example.org", ""));
		assertThatIllegalArgumentException().isThrownBy(() -> new SearchHit("k", "t", "//example.org/x", ""));
		assertThatIllegalArgumentException().isThrownBy(() -> new SearchHit("k", "t", "javascript:alert(1)", ""));
		assertThatIllegalArgumentException().isThrownBy(() -> new HomeTile("t", "d", "http://x", 1));
		assertThat(new SearchHit("k", "t", "/don-vi/061", null).snippet()).isEmpty();
		assertThat(new SearchHit("k", "t", "/don-vi/061", null).matched()).isEmpty();
	}

	/**
	 * {@link SearchText#fold(String)} as it was first written, through the normaliser and regular
	 * expressions of the whole text: the reference the table-driven folding is compared with.
	 */
	private static String foldByNormaliser(String text) {
		String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
		String plain = Pattern.compile("\\p{M}+").matcher(decomposed).replaceAll("")
			.replace('đ', 'd')
			.replace('Đ', 'D')
			.replace("'", "")
			.replace("\u2019", "")
			.toLowerCase(Locale.ROOT);
		return Pattern.compile("[^a-z0-9]+").matcher(plain).replaceAll(" ").strip();
	}

}
