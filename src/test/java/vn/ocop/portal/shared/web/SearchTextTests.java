package vn.ocop.portal.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;

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
	void hitsAndTilesLinkOnlyInsideThePortal() {
		assertThatIllegalArgumentException().isThrownBy(() -> new SearchHit("k", "t", "https://example.org", ""));
		assertThatIllegalArgumentException().isThrownBy(() -> new SearchHit("k", "t", "//example.org/x", ""));
		assertThatIllegalArgumentException().isThrownBy(() -> new SearchHit("k", "t", "javascript:alert(1)", ""));
		assertThatIllegalArgumentException().isThrownBy(() -> new HomeTile("t", "d", "http://x", 1));
		assertThat(new SearchHit("k", "t", "/don-vi/061", null).snippet()).isEmpty();
		assertThat(new SearchHit("k", "t", "/don-vi/061", null).matched()).isEmpty();
	}

}
