package vn.ocop.portal.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
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
 * The shell over real HTTP on a random port, as a browser meets it: Vietnamese by default, English
 * on request and remembered by cookie, friendly error pages without technical details, and the
 * back office behind the login.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class PortalIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	SessionRepository<? extends Session> sessions;

	@Value("${server.servlet.session.cookie.name}")
	String sessionCookie;

	private final HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

	@Test
	void homePageIsInVietnameseAndNamesTheProvince() throws Exception {
		HttpResponse<String> response = get("/");

		assertThat(response.statusCode()).isEqualTo(200);
		Document page = Jsoup.parse(response.body());
		assertThat(page.selectFirst("html").attr("lang")).isEqualTo("vi");
		assertThat(page.selectFirst(".brand__name").text()).isEqualTo("Tỉnh Bắc Kạn");
		assertThat(page.selectFirst("h1").text()).isEqualTo("Kinh tế tập thể và OCOP Tỉnh Bắc Kạn");
		assertThat(page.selectFirst("a.skip-link").attr("href")).isEqualTo("#main");
		assertThat(page.selectFirst("main#main")).isNotNull();
		assertThat(page.select("nav a[aria-current=page]").eachAttr("href")).containsExactly("/");
		assertThat(page.select(".tiles a").eachAttr("href")).contains("/login", "/tim-kiem");
	}

	@Test
	void langParameterSwitchesToEnglishAndTheCookieKeepsIt() throws Exception {
		Document english = Jsoup.parse(get("/?lang=en").body());
		assertThat(english.selectFirst("html").attr("lang")).isEqualTo("en");
		assertThat(english.selectFirst("h1").text()).isEqualTo("Collective economy and OCOP in Tỉnh Bắc Kạn");

		Document next = Jsoup.parse(get("/tim-kiem").body());

		assertThat(next.selectFirst("html").attr("lang")).isEqualTo("en");
		assertThat(next.selectFirst("h1").text()).isEqualTo("Search the portal");
		assertThat(next.selectFirst("a[hreflang=vi]").attr("href")).isEqualTo("/tim-kiem?lang=vi");
	}

	@Test
	void unknownPathShowsTheVietnameseNotFoundPageWithoutTechnicalDetails() throws Exception {
		HttpResponse<String> response = get("/khong-co-trang-nay");

		assertThat(response.statusCode()).isEqualTo(404);
		Document page = Jsoup.parse(response.body());
		assertThat(page.selectFirst("html").attr("lang")).isEqualTo("vi");
		assertThat(page.selectFirst("h1").text()).isEqualTo("Không tìm thấy trang");
		assertThat(page.selectFirst("a[hreflang=en]").attr("href")).isEqualTo("/khong-co-trang-nay?lang=en");
		assertNoTechnicalDetails(response.body());
	}

	@Test
	void backOfficeSendsAnonymousVisitorsToTheLoginPage() throws Exception {
		HttpResponse<String> response = get("/backoffice");

		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(response.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(URI.create(location).getPath()).isEqualTo("/login"));
	}

	@Test
	void signedInOfficialWithoutTheAdministratorRoleGetsTheAccessDeniedPageInTheirLanguage() throws Exception {
		// A real session in the database, as after a login: the request goes through the real filter
		// chain, Tomcat's error dispatch and the error view.
		String session = SignedInSessions.store(sessions, SignedInSessions.withAuthority("bientap-" + System.nanoTime(), "ROLE_EDITOR"));

		HttpResponse<String> vietnamese = get("/admin/nguoi-dung", session);

		assertThat(vietnamese.statusCode()).isEqualTo(403);
		Document page = Jsoup.parse(vietnamese.body());
		assertThat(page.selectFirst("html").attr("lang")).isEqualTo("vi");
		assertThat(page.selectFirst("h1").text()).isEqualTo("Bạn không có quyền xem trang này");
		assertNoTechnicalDetails(vietnamese.body());

		HttpResponse<String> english = get("/admin/nguoi-dung?lang=en", session);

		assertThat(english.statusCode()).isEqualTo(403);
		assertThat(Jsoup.parse(english.body()).selectFirst("h1").text()).isEqualTo("You are not allowed to see this page");
	}

	@Test
	void faviconAndStylesheetAreServed() throws Exception {
		assertThat(get("/favicon.svg").statusCode()).isEqualTo(200);
		assertThat(get("/css/portal.css").statusCode()).isEqualTo(200);
		assertThat(get("/js/font-size.js").statusCode()).isEqualTo(200);
		assertThat(get("/css/portal.css").headers().firstValue("Cache-Control")).hasValue("max-age=3600, public");
	}

	@Test
	void theHomePageAnswersNotModifiedWhileItIsTheSame() throws Exception {
		HttpResponse<String> first = get("/");
		String etag = first.headers().firstValue("ETag").orElseThrow();
		assertThat(first.headers().firstValue("Cache-Control")).hasValue("public, no-cache");

		HttpResponse<String> again = browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/"))
			.header("If-None-Match", etag).GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));

		assertThat(again.statusCode()).isEqualTo(304);
		assertThat(again.body()).isEmpty();
	}

	private static void assertNoTechnicalDetails(String body) {
		assertThat(body).doesNotContain("Exception", "at org.", "at java.", "trace", "Whitelabel");
	}

	private HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return get(path, null);
	}

	private HttpResponse<String> get(String path, String sessionCookieValue) throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
			.GET();
		if (sessionCookieValue != null) {
			request.header("Cookie", sessionCookie + "=" + sessionCookieValue);
		}
		return browser.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

}
