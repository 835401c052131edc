package vn.ocop.portal.news;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Which words of a news search go to the word index and which are checked on the articles found. */
class ArticleWordStatisticsTests {

	private static final Articles.WordStatistics STATISTICS = new Articles.WordStatistics(
			new String[] { "che", "du", "dung", "giang", "ha", "hai", "lich", "nguyen", "thai" },
			new double[] { 0.98, 0.9, 0.7, 0.1, 0.3, 0.25, 0.19, 0.3, 0.05 }, 0);

	@Test
	void aPrefixSharesTheSharesOfEveryWordStartingWithIt() {
		assertThat(STATISTICS.prefixShare("du")).isEqualTo(1.6);
		assertThat(STATISTICS.prefixShare("ha")).isEqualTo(0.55);
		assertThat(STATISTICS.prefixShare("hai")).isEqualTo(0.25);
		assertThat(STATISTICS.prefixShare("d")).isEqualTo(1.6);
		assertThat(STATISTICS.prefixShare("giangs")).isZero();
		assertThat(STATISTICS.prefixShare("zz")).isZero();
		assertThat(Articles.WordStatistics.none(0).prefixShare("du")).isZero();
	}

	@Test
	void commonPrefixesAreLeftOutOfTheIndexUnlessEveryWordIsCommon() {
		assertThat(Articles.indexedWords(List.of("du", "lich", "ha", "giang"), STATISTICS)).containsExactly("lich", "giang");
		assertThat(Articles.indexedWords(List.of("che", "thai", "nguyen"), STATISTICS)).containsExactly("thai");
		assertThat(Articles.indexedWords(List.of("thai", "giang"), STATISTICS)).containsExactly("thai", "giang");
		assertThat(Articles.indexedWords(List.of("ban", "12345"), STATISTICS)).containsExactly("ban", "12345");
		assertThat(Articles.indexedWords(List.of("du", "ha"), STATISTICS)).containsExactly("du", "ha");
		assertThat(Articles.indexedWords(List.of("du", "lich"), Articles.WordStatistics.none(0))).containsExactly("du", "lich");
	}

}
