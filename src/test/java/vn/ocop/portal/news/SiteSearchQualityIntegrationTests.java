package vn.ocop.portal.news;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.ocop.portal.news.Newsdesk.EDITOR;
import static vn.ocop.portal.news.Newsdesk.PUBLISHER;
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
import org.springframework.jdbc.core.simple.JdbcClient;
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

	@Autowired
	JdbcClient jdbc;

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
	void theStoredTextOfTheBodyFollowsEveryEditPublicationAndRestore() throws Exception {
		String first = "mathoa" + letters(unique());
		String second = "mienrong" + letters(unique());
		String firstBody = "<p>Mật <strong>ong</strong> " + first + " &amp; chè</p><h2>Vụ mới</h2><p>Đoạn <em>hai</em>.</p>";
		long id = as(EDITOR, () -> newsroom.write(story(articles, "Ong mật Bắc Kạn " + unique(), firstBody)));
		assertThat(bodyText(id)).isEqualTo("Mật ong " + first + " & chè Vụ mới Đoạn hai.").isEqualTo(NewsHtml.text(firstBody));

		as(EDITOR, () -> newsroom.edit(id, 0, story(articles, "Ong mật Na Rì " + unique(), "<p>Đổi thành " + second + ".</p>")));
		assertThat(bodyText(id)).isEqualTo("Đổi thành " + second + ".");

		as(EDITOR, () -> newsroom.submit(id, newsroom.load(id).version()));
		as(PUBLISHER, () -> newsroom.publish(id, newsroom.load(id).version(), null));
		assertThat(bodyText(id)).isEqualTo("Đổi thành " + second + ".");
		assertThat(search(second).select("ul.search-results p mark").eachText()).contains(second);

		// a publisher's edit of the published article, then the first revision restored
		String third = "mienmoi" + letters(unique());
		as(PUBLISHER, () -> newsroom.edit(id, newsroom.load(id).version(),
				story(articles, newsroom.load(id).title(), "<p>Bản của người duyệt: " + third + ".</p>")));
		assertThat(bodyText(id)).isEqualTo("Bản của người duyệt: " + third + ".");
		assertThat(search(third).select("ul.search-results p").eachText()).anyMatch(p -> p.contains(third));
		assertThat(search(second).select("ul.search-results a").eachAttr("href")).noneMatch(href -> href.endsWith(newsroom.load(id).slug()));

		as(PUBLISHER, () -> newsroom.restore(id, newsroom.load(id).version(), 1));
		assertThat(bodyText(id)).isEqualTo(NewsHtml.text(firstBody));
		assertThat(search(first).select("ul.search-results p mark").eachText()).contains(first);
	}

	@Test
	void theSnippetFindsWordsDeepInALongBodyAndEscapesItsText() throws Exception {
		String word = "longnhan" + letters(unique());
		String filler = "Những cánh đồng ruộng bậc thang trải dài theo sườn núi, người dân chăm chút từng thửa. ".repeat(90);
		String title = "Nhãn lồng <Hưng Yên> & \"ngon\" " + unique();
		published(newsroom, story(articles, title, "<p>" + filler + "</p><p>Giống " + word + " &lt;b&gt;ngọt&lt;/b&gt; được mùa.</p>"));

		String html = mvc.perform(get("/tim-kiem").param("q", word)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
		assertThat(html).doesNotContain("<b>ngọt").doesNotContain("<Hưng Yên>").contains("&lt;b&gt;ngọt&lt;/b&gt;");
		Element found = Jsoup.parse(html).select("ul.search-results li").stream()
			.filter(li -> li.selectFirst("a").text().equals(title)).findFirst().orElseThrow();
		assertThat(found.selectFirst("p").text()).startsWith("…").contains("Giống " + word + " <b>ngọt</b> được mùa.");
		assertThat(found.select("p mark").eachText()).containsExactly(word);
		assertThat(found.selectFirst("p").text().length()).isLessThanOrEqualTo(NewsDiscovery.SNIPPET + 2);
	}

	@Test
	void allKindsShowTheFirstArticlesWithSnippetsAndTheNewsFacetShowsEveryArticleWithItsSnippet() throws Exception {
		String word = "mangcut" + letters(unique());
		for (int i = 1; i <= 7; i++) {
			published(newsroom, story(articles, "Vườn số " + i + " " + unique(), "<p>Mùa " + word + " năm nay được giá, vườn số " + i + ".</p>"));
		}

		Document all = search(word);
		assertThat(all.select("h2").eachText()).containsExactly("Tin tức (7)");
		assertThat(all.select("ul.search-results li")).hasSize(5)
			.allMatch(li -> li.selectFirst("p mark") != null && li.selectFirst("p mark").text().equals(word));
		Element more = all.selectFirst("p.search-all a");
		assertThat(more.text()).isEqualTo("Xem tất cả 7 kết quả thuộc mục Tin tức");

		Document news = Jsoup.parse(mvc.perform(get(URI.create(more.attr("href")))).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString());
		assertThat(news.select("ul.search-results li")).hasSize(7)
			.allMatch(li -> li.selectFirst("p mark") != null && li.selectFirst("p mark").text().equals(word));
		assertThat(news.select("p.search-all")).isEmpty();
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

	@Test
	void aCommonWordIsCheckedOnTheArticlesTheRarerWordsFindWithTheSameResults() throws Exception {
		String word = "vaithieu" + letters(unique());
		for (int i = 1; i <= 3; i++) {
			published(newsroom, story(articles, "Vải thiều " + word + " số " + i, "<p>Vụ vải năm nay, đợt " + i + ".</p>"));
		}
		published(newsroom, story(articles, "Vải " + word + " chưa chín", "<p>Còn xanh.</p>"));
		published(newsroom, story(articles, "Thiều " + unique(), "<p>Không có từ kia.</p>"));
		try {
			articles.useWordStatistics(Articles.WordStatistics.none(System.nanoTime()));
			List<String> byIndex = articles.search("vai thieu " + word, 20).found().stream().map(f -> f.article().title()).toList();
			// "vai" and "thieu" as common as can be: only the made-up word is looked up in the index
			articles.useWordStatistics(new Articles.WordStatistics(new String[] { "thieu", "vai" }, new double[] { 0.9, 0.95 },
					System.nanoTime()));
			assertThat(Articles.indexedWords(List.of("vai", "thieu", word), articles.wordStatisticsForTests())).containsExactly(word);
			List<String> checked = articles.search("vai thieu " + word, 20).found().stream().map(f -> f.article().title()).toList();
			assertThat(checked).containsExactlyElementsOf(byIndex)
				.containsExactly("Vải thiều " + word + " số 3", "Vải thiều " + word + " số 2", "Vải thiều " + word + " số 1");
			assertThat(titles(search("thieu vai " + word))).containsExactlyElementsOf(byIndex);
		}
		finally {
			articles.useWordStatistics(null);
		}
	}

	private Document search(String query) throws Exception {
		return Jsoup.parse(mvc.perform(get("/tim-kiem").param("q", query)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString());
	}

	private String bodyText(long id) {
		return jdbc.sql("SELECT body_text FROM news_article WHERE id = :id").param("id", id).query(String.class).single();
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
