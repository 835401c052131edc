package vn.ocop.portal.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

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
	void hitsAndTilesLinkOnlyInsideThePortal() {
		assertThatIllegalArgumentException().isThrownBy(() -> new SearchHit("k", "t", "https://example.org", ""));
		assertThatIllegalArgumentException().isThrownBy(() -> new SearchHit("k", "t", "//example.org/x", ""));
		assertThatIllegalArgumentException().isThrownBy(() -> new SearchHit("k", "t", "javascript:alert(1)", ""));
		assertThatIllegalArgumentException().isThrownBy(() -> new HomeTile("t", "d", "http://x", 1));
		assertThat(new SearchHit("k", "t", "/don-vi/061", null).snippet()).isEmpty();
	}

}
