package vn.ocop.portal.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;

import vn.ocop.portal.support.SignedInSessions;

/**
 * The page cache over real HTTP, with the background refresher as in production (its interval
 * made long so that the test decides when a node reads the version): anonymous readers get pages
 * from memory with the same headers and no cookie, signed-in people never do, forms with a CSRF
 * token are never kept, revalidation answers 304, and a moved version is seen after the refresh.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "ocop.page-cache.refresh-interval=1h")
class PageCacheIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	PageVersions versions;

	@Autowired
	PageCache cache;

	@Autowired
	SessionRepository<? extends Session> sessions;

	@Value("${server.servlet.session.cookie.name}")
	String sessionCookie;

	private final HttpClient http = HttpClient.newHttpClient();

	@BeforeEach
	void readTheVersion() {
		versions.refresh();
	}

	@Test
	void anAnonymousReaderGetsTheHomePageFromMemoryWithTheSameHeadersAndNoCookie() throws Exception {
		HttpResponse<String> first = get("/");
		HttpResponse<String> second = get("/");

		assertThat(first.statusCode()).isEqualTo(200);
		assertThat(second.statusCode()).isEqualTo(200);
		assertThat(first.headers().firstValue(PageCacheFilter.STATUS_HEADER)).isNotEqualTo(java.util.Optional.of("HIT"));
		assertThat(second.headers().firstValue(PageCacheFilter.STATUS_HEADER)).contains("HIT");
		assertThat(second.body()).isEqualTo(first.body());
		assertThat(second.headers().allValues("Set-Cookie")).isEmpty();
		assertThat(first.headers().allValues("Set-Cookie")).isEmpty();
		assertThat(second.body()).doesNotContain("_csrf");
		// the security headers, Cache-Control, Vary, ETag and Last-Modified are those of the rendered page
		assertThat(relevant(second)).isEqualTo(relevant(first));
		assertThat(second.headers().firstValue("Content-Security-Policy")).isPresent();
		assertThat(second.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
		assertThat(second.headers().firstValue("Cache-Control")).contains("public, no-cache");
		assertThat(second.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).contains("text/html"));
		assertThat(second.headers().firstValue("Content-Language")).isEqualTo(first.headers().firstValue("Content-Language"));
		assertThat(Jsoup.parse(second.body()).select("a[href=/login]")).isNotEmpty();
	}

	@Test
	void aSignedInPersonIsNeverServedFromTheCacheNorIsTheirPageKept() throws Exception {
		get("/");
		assertThat(get("/").headers().firstValue(PageCacheFilter.STATUS_HEADER)).contains("HIT");
		String session = SignedInSessions.store(sessions, SignedInSessions.withAuthority("bientap-" + System.nanoTime(), "ROLE_EDITOR"));

		HttpResponse<String> signedIn = get("/", "Cookie", sessionCookie + "=" + session);

		assertThat(signedIn.headers().firstValue(PageCacheFilter.STATUS_HEADER)).isEmpty();
		assertThat(Jsoup.parse(signedIn.body()).select("a[href=/backoffice]")).isNotEmpty();
		assertThat(signedIn.headers().firstValue("Cache-Control")).contains("private, no-cache");
		// the anonymous copy still says "log in", not the signed-in person's back-office link
		HttpResponse<String> anonymous = get("/");
		assertThat(anonymous.headers().firstValue(PageCacheFilter.STATUS_HEADER)).contains("HIT");
		assertThat(Jsoup.parse(anonymous.body()).select("a[href=/backoffice]")).isEmpty();
	}

	@Test
	void revalidationWithTheEtagOrTheDateIsAnsweredNotModifiedFromTheCache() throws Exception {
		get("/tin-tuc");
		HttpResponse<String> cached = get("/tin-tuc");
		String etag = cached.headers().firstValue("ETag").orElseThrow();
		String lastModified = cached.headers().firstValue("Last-Modified").orElseThrow();

		HttpResponse<String> byEtag = get("/tin-tuc", "If-None-Match", etag);
		HttpResponse<String> byDate = get("/tin-tuc", "If-Modified-Since", lastModified);
		HttpResponse<String> otherEtag = get("/tin-tuc", "If-None-Match", "\"something-else\"");

		assertThat(byEtag.statusCode()).isEqualTo(304);
		assertThat(byEtag.body()).isEmpty();
		assertThat(byEtag.headers().firstValue(PageCacheFilter.STATUS_HEADER)).contains("HIT");
		assertThat(byEtag.headers().firstValue("ETag")).contains(etag);
		assertThat(byEtag.headers().allValues("Set-Cookie")).isEmpty();
		assertThat(byDate.statusCode()).isEqualTo(304);
		assertThat(otherEtag.statusCode()).isEqualTo(200);
		assertThat(otherEtag.body()).isEqualTo(cached.body());
	}

	@Test
	void aRevalidationThatMissesKeepsThePageSoThatTheNextOnesAreHits() throws Exception {
		HttpResponse<String> page = get("/gioi-thieu");
		String etag = page.headers().firstValue("ETag").orElseThrow();
		// the news pages' Last-Modified is the news' last public change (the about page's is the
		// time it was rendered, which a new rendering moves)
		String newsChanged = get("/tin-tuc").headers().firstValue("Last-Modified").orElseThrow();
		// the page ages out of this node's memory (or another node served it first)
		cache.clear();

		HttpResponse<String> missed = get("/gioi-thieu", "If-None-Match", etag);
		HttpResponse<String> next = get("/gioi-thieu", "If-None-Match", etag);
		cache.clear();
		HttpResponse<String> missedByDate = get("/tin-tuc", "If-Modified-Since", newsChanged);
		cache.clear();
		HttpResponse<String> changed = get("/gioi-thieu", "If-None-Match", "\"an-older-version\"");

		assertThat(missed.statusCode()).isEqualTo(304);
		assertThat(missed.body()).isEmpty();
		assertThat(missed.headers().firstValue(PageCacheFilter.STATUS_HEADER)).contains("MISS");
		assertThat(missed.headers().firstValue("ETag")).contains(etag);
		assertThat(missed.headers().allValues("Set-Cookie")).isEmpty();
		assertThat(next.statusCode()).isEqualTo(304);
		assertThat(next.headers().firstValue(PageCacheFilter.STATUS_HEADER)).contains("HIT");
		assertThat(missedByDate.statusCode()).isEqualTo(304);
		assertThat(missedByDate.headers().firstValue(PageCacheFilter.STATUS_HEADER)).contains("MISS");
		assertThat(changed.statusCode()).isEqualTo(200);
		assertThat(changed.body()).isEqualTo(page.body());
		assertThat(changed.headers().firstValue(PageCacheFilter.STATUS_HEADER)).contains("MISS");
	}

	@Test
	void otherResourcesStillAnswerTheirRevalidationsThemselves() throws Exception {
		HttpResponse<String> stylesheet = get("/css/portal.css");
		String lastModified = stylesheet.headers().firstValue("Last-Modified").orElseThrow();

		HttpResponse<String> revalidated = get("/css/portal.css", "If-Modified-Since", lastModified);

		assertThat(revalidated.statusCode()).isEqualTo(304);
		assertThat(revalidated.body()).isEmpty();
		assertThat(revalidated.headers().firstValue(PageCacheFilter.STATUS_HEADER)).isEmpty();
	}

	@Test
	void headIsAnsweredFromTheCacheWithoutABody() throws Exception {
		String body = get("/gioi-thieu").body();
		assertThat(get("/gioi-thieu").headers().firstValue(PageCacheFilter.STATUS_HEADER)).contains("HIT");

		HttpResponse<String> head = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/gioi-thieu"))
			.method("HEAD", HttpRequest.BodyPublishers.noBody())
			.build(), HttpResponse.BodyHandlers.ofString());

		assertThat(head.statusCode()).isEqualTo(200);
		assertThat(head.body()).isEmpty();
		assertThat(head.headers().firstValueAsLong("Content-Length")).hasValue(body.getBytes(java.nio.charset.StandardCharsets.UTF_8).length);
		assertThat(head.headers().firstValue(PageCacheFilter.STATUS_HEADER)).contains("HIT");
	}

	@Test
	void aPageWithACsrfTokenOrAnUndeclaredPageIsNeverKept() throws Exception {
		HttpResponse<String> form = get("/kien-nghi/gui");
		assertThat(form.statusCode()).isEqualTo(200);
		assertThat(form.body()).contains("_csrf");
		assertThat(get("/kien-nghi/gui").headers().firstValue(PageCacheFilter.STATUS_HEADER)).isEmpty();
		get("/login");
		assertThat(get("/login").headers().firstValue(PageCacheFilter.STATUS_HEADER)).isEmpty();
		get("/tim-kiem?q=ocop");
		assertThat(get("/tim-kiem?q=ocop").headers().firstValue(PageCacheFilter.STATUS_HEADER)).isEmpty();
	}

	@Test
	void eachLanguageHasItsOwnCopyAndTheLanguageSwitchIsNotCached() throws Exception {
		get("/gioi-thieu");
		get("/gioi-thieu", "Cookie", "OCOP_LANG=en");

		HttpResponse<String> vietnamese = get("/gioi-thieu");
		HttpResponse<String> english = get("/gioi-thieu", "Cookie", "OCOP_LANG=en");
		HttpResponse<String> switching = get("/gioi-thieu?lang=en");

		assertThat(vietnamese.headers().firstValue(PageCacheFilter.STATUS_HEADER)).contains("HIT");
		assertThat(english.headers().firstValue(PageCacheFilter.STATUS_HEADER)).contains("HIT");
		assertThat(Jsoup.parse(vietnamese.body()).selectFirst("html").attr("lang")).isEqualTo("vi");
		assertThat(Jsoup.parse(english.body()).selectFirst("html").attr("lang")).isEqualTo("en");
		assertThat(switching.headers().firstValue(PageCacheFilter.STATUS_HEADER)).isEmpty();
		assertThat(switching.headers().allValues("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie).startsWith("OCOP_LANG=en"));
	}

	@Test
	void aMovedVersionIsSeenAtTheNextRefreshAndThePagesAreRenderedAgain() throws Exception {
		get("/tin-tuc?page=2");
		assertThat(get("/tin-tuc?page=2").headers().firstValue(PageCacheFilter.STATUS_HEADER)).contains("HIT");

		versions.bump();
		// until this node reads the version (every refresh-interval), it serves what it has
		assertThat(get("/tin-tuc?page=2").headers().firstValue(PageCacheFilter.STATUS_HEADER)).contains("HIT");
		versions.refresh();

		assertThat(cache.size()).isZero();
		assertThat(get("/tin-tuc?page=2").headers().firstValue(PageCacheFilter.STATUS_HEADER)).contains("MISS");
		assertThat(get("/tin-tuc?page=2").headers().firstValue(PageCacheFilter.STATUS_HEADER)).contains("HIT");
	}

	private static Map<String, List<String>> relevant(HttpResponse<String> response) {
		Map<String, List<String>> headers = new TreeMap<>(response.headers().map());
		headers.keySet().removeIf(name -> List.of("date", "x-page-cache", "content-length", "transfer-encoding", ":status", "connection", "keep-alive")
			.contains(name.toLowerCase(java.util.Locale.ROOT)));
		return headers;
	}

	private HttpResponse<String> get(String path, String... headers) throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
		for (int i = 0; i < headers.length; i += 2) {
			request.header(headers[i], headers[i + 1]);
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

}
