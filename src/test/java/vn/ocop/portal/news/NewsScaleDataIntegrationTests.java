package vn.ocop.portal.news;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import vn.ocop.portal.shared.scale.ScaleDataPlan;

/**
 * The newsroom's share of the national-scale data (the README's {@code --articles=20000}), with a
 * small volume: published articles over the five years before the plan's date, with tags, found by
 * the site search and shown on their pages; nothing added twice.
 */
@NewsIntegrationTest
class NewsScaleDataIntegrationTests {

	@Autowired
	NewsScaleData scaleData;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@Test
	void generatesPublishedArticlesOnceThatReadersFind() throws Exception {
		ScaleDataPlan plan = new ScaleDataPlan(5, LocalDate.of(2026, 6, 1), Map.of("articles", 40));

		String first = scaleData.generate(plan);
		String again = scaleData.generate(plan);

		assertThat(first).matches("\\d+ articles generated, \\d+ already there");
		assertThat(again).isEqualTo("0 articles generated, 40 already there");
		assertThat(jdbc.sql("SELECT count(*) FROM news_article WHERE slug LIKE 'ban-tin-so-%' AND status = 'PUBLISHED'")
			.query(Long.class).single()).isEqualTo(40);
		assertThat(jdbc.sql("SELECT min(published_at) FROM news_article WHERE slug LIKE 'ban-tin-so-%'").query(Instant.class).single())
			.isAfter(Instant.parse("2021-05-31T00:00:00Z"));
		assertThat(jdbc.sql("SELECT max(published_at) FROM news_article WHERE slug LIKE 'ban-tin-so-%'").query(Instant.class).single())
			.isBefore(Instant.parse("2026-06-01T00:00:00Z"));
		assertThat(jdbc.sql("""
				SELECT count(DISTINCT at.article_id) FROM news_article_tag at JOIN news_article a ON a.id = at.article_id
				WHERE a.slug LIKE 'ban-tin-so-%'""").query(Long.class).single()).isEqualTo(40);

		// the stored text of each body (the search's snippets) is the body's text
		assertThat(jdbc.sql("SELECT body_html, body_text FROM news_article WHERE slug LIKE 'ban-tin-so-%'")
			.query((rs, n) -> NewsHtml.text(rs.getString("body_html")).equals(rs.getString("body_text"))).list())
			.hasSize(40).containsOnly(true);

		String slug = NewsScaleData.SLUG_PREFIX + "00007";
		String title = jdbc.sql("SELECT title FROM news_article WHERE slug = :slug").param("slug", slug).query(String.class).single();
		mvc.perform(get("/tin-tuc/" + slug)).andExpect(status().isOk());
		String search = mvc.perform(get("/tim-kiem").param("q", "ban tin so 7")).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
		assertThat(search).contains("/tin-tuc/" + slug);
		assertThat(title).contains("(bản tin số 7)");
	}

}
