package vn.ocop.portal.news;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ocop.portal.news.Newsdesk.EDITOR;
import static vn.ocop.portal.news.Newsdesk.PUBLISHER;
import static vn.ocop.portal.news.Newsdesk.as;
import static vn.ocop.portal.news.Newsdesk.published;
import static vn.ocop.portal.news.Newsdesk.story;
import static vn.ocop.portal.news.Newsdesk.unique;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The page cache and the newsroom (over real HTTP, as an anonymous reader): what is published —
 * by a publisher or by the schedule — moves the page version in the same transaction, so the home
 * page and the listings kept in memory are rendered again and show it.
 */
@NewsIntegrationTest
class NewsPageCacheIntegrationTests {

	private static final String CACHE = "X-Page-Cache";

	@LocalServerPort
	int port;

	@Autowired
	Newsroom newsroom;

	@Autowired
	Articles articles;

	@Autowired
	NewsPublicationJob job;

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void publishingAnArticleShowsItOnTheCachedHomePage() throws Exception {
		get("/");
		assertThat(get("/").headers().firstValue(CACHE)).contains("HIT");
		String title = "Bài xóa bộ nhớ đệm " + unique();

		published(newsroom, story(articles, title, "<p>Nội dung mới</p>"));

		HttpResponse<String> home = get("/");
		assertThat(home.headers().firstValue(CACHE)).isNotEqualTo(Optional.of("HIT"));
		assertThat(home.body()).contains(title);
		assertThat(get("/").body()).contains(title);
	}

	@Test
	void scheduledPublishingShowsTheArticleOnTheCachedListing() throws Exception {
		String title = "Bài hẹn giờ bộ nhớ đệm " + unique();
		long id = as(EDITOR, () -> newsroom.write(story(articles, title, "<p>Sẽ đăng theo lịch</p>")));
		as(EDITOR, () -> newsroom.submit(id, 0));
		Instant publishAt = Instant.now().plus(Duration.ofDays(3000)).truncatedTo(ChronoUnit.MINUTES);
		as(PUBLISHER, () -> newsroom.schedule(id, 1, publishAt, null));
		get("/tin-tuc");
		HttpResponse<String> before = get("/tin-tuc");
		assertThat(before.headers().firstValue(CACHE)).contains("HIT");
		assertThat(before.body()).doesNotContain(title);

		assertThat(job.runAt(publishAt.plusSeconds(1))).isGreaterThanOrEqualTo(1);

		assertThat(get("/tin-tuc").body()).contains(title);
	}

	private HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
				HttpResponse.BodyHandlers.ofString());
	}

}
