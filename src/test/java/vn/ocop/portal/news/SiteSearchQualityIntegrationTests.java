package vn.ocop.portal.news;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.ocop.portal.news.Newsdesk.EDITOR;
import static vn.ocop.portal.news.Newsdesk.as;
import static vn.ocop.portal.news.Newsdesk.published;
import static vn.ocop.portal.news.Newsdesk.story;
import static vn.ocop.portal.news.Newsdesk.unique;

import java.net.URI;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The site search as a reader uses it (issue 6, item 4): a mistyped word still finds the article
 * (close matches from published words only, never from drafts), the words found are highlighted in
 * the title and in a snippet taken around them, results are grouped by kind with facets to keep
 * one kind.
 */
@NewsIntegrationTest
class SiteSearchQualityIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Newsroom newsroom;

	@Autowired
	Articles articles;

	@Test
	void aMistypedWordFindsThePublishedArticleAndSaysItIsACloseMatch() throws Exception {
		String word = "quytvang" + letters(unique());
		published(newsroom, story(articles, "Hợp tác xã trồng quýt " + word + " đạt ba sao", "<p>Vườn quýt rộng mười héc-ta.</p>"));
		String typo = word.substring(0, word.length() - 1) + (word.endsWith("z") ? "y" : "z");

		Document page = search(typo);
		assertThat(titles(page)).containsExactly("Hợp tác xã trồng quýt " + word + " đạt ba sao");
		assertThat(page.select("p.search-close").text()).contains("gần đúng", word);
		assertThat(page.select("ul.search-results mark").eachText()).contains(word);
	}

	@Test
	void aDraftsWordsAreNeverSuggested() throws Exception {
		String secret = "bimatnhap" + letters(unique());
		as(EDITOR, () -> newsroom.write(story(articles, "Bản nháp " + secret, "<p>Chưa duyệt.</p>")));
		String typo = secret.substring(0, secret.length() - 1) + (secret.endsWith("z") ? "y" : "z");

		Document page = search(typo);
		assertThat(page.select("ul.search-results a").eachText()).noneMatch(title -> title.contains(secret));
		assertThat(page.text()).doesNotContain(secret);
	}

	@Test
	void theWordsFoundAreHighlightedInTheTitleAndInASnippetTakenAroundThem() throws Exception {
		String word = "caphe" + letters(unique());
		String filler = "Buổi sáng trên đồi, bà con thu hái và phơi quả dưới nắng nhẹ của mùa khô. ".repeat(8);
		String title = "Công nhận sản phẩm cà phê đồi " + unique();
		published(newsroom, story(articles, title, "<p>" + filler + "</p><p>Cuối cùng, hạt " + word
				+ " rang mộc được khách mua nhiều nhất.</p>"));

		// the title is shown anyway: the snippet is taken where the words missing from it are
		Document page = search("cong nhan " + word);
		Element hit = page.selectFirst("ul.search-results li:has(a:contains(" + title + "))");
		assertThat(hit).isNotNull();
		assertThat(hit.select("a mark").eachText()).containsExactly("Công", "nhận");
		String snippet = hit.selectFirst("p").text();
		assertThat(snippet).contains("hạt " + word + " rang mộc").startsWith("…");
		assertThat(hit.select("p mark").eachText()).contains(word);
		assertThat(snippet.length()).isLessThanOrEqualTo(NewsDiscovery.SNIPPET + 2);
	}

	@Test
	void resultsAreGroupedByKindWithFacetsThatKeepOneKind() throws Exception {
		Document all = search("hop tac xa");
		List<String> facets = all.select("nav.search-facets a").eachText();
		assertThat(facets).hasSizeGreaterThanOrEqualTo(3);
		assertThat(facets.get(0)).startsWith("Tất cả");
		assertThat(all.select("nav.search-facets a[aria-current=page]").text()).startsWith("Tất cả");
		assertThat(all.select("h2").eachText()).anyMatch(h -> h.startsWith("Tin tức")).anyMatch(h -> h.startsWith("Hợp tác xã"));

		Element news = all.selectFirst("nav.search-facets a:contains(Tin tức)");
		Document onlyNews = Jsoup.parse(mvc.perform(get(URI.create(news.attr("href")))).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString());
		assertThat(onlyNews.select("h2").eachText()).hasSize(1).allMatch(h -> h.startsWith("Tin tức"));
		assertThat(onlyNews.select("nav.search-facets a[aria-current=page]").text()).startsWith("Tin tức");
		assertThat(onlyNews.select("nav.search-facets a")).hasSize(facets.size());
	}

	private Document search(String query) throws Exception {
		return Jsoup.parse(mvc.perform(get("/tim-kiem").param("q", query)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString());
	}

	private static List<String> titles(Document page) {
		return page.select("ul.search-results a").eachText();
	}

	/** The number in letters only (a made-up word the trigram similarity can compare). */
	private static String letters(long n) {
		StringBuilder word = new StringBuilder();
		for (long rest = n; rest > 0; rest /= 26) {
			word.append((char) ('a' + rest % 26));
		}
		return word.toString();
	}

}
