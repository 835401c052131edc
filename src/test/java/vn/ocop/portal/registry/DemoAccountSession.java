package vn.ocop.portal.registry;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * A demo account signed in through the real login page, over real HTTP: keeps its session cookie,
 * does not follow redirects, asks for pages as a browser does and for JSON as an API client does.
 */
final class DemoAccountSession {

	static final String PASSWORD = "Demo@2026!";

	private final HttpClient client = HttpClient.newBuilder()
		.cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	private final String base;

	private DemoAccountSession(int port) {
		this.base = "http://localhost:" + port;
	}

	/** Signs in with the demo password; fails unless the login leads to the back office. */
	static DemoAccountSession signIn(int port, String username) {
		DemoAccountSession session = new DemoAccountSession(port);
		Document login = Jsoup.parse(session.page("/login").body());
		String token = login.selectFirst("form[action$=/login] input[name=_csrf]").val();
		HttpResponse<String> answer = session.send(HttpRequest.newBuilder(URI.create(session.base + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("username=" + encode(username) + "&password=" + encode(PASSWORD)
					+ "&_csrf=" + encode(token))));
		String location = answer.headers().firstValue("Location").orElse("");
		if (answer.statusCode() != 302 || !location.endsWith("/backoffice")) {
			throw new AssertionError("Login of " + username + " failed: " + answer.statusCode() + " " + location);
		}
		return session;
	}

	HttpResponse<String> page(String path) {
		return send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "text/html,*/*;q=0.8").GET());
	}

	HttpResponse<String> json(String path) {
		return send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "application/json").GET());
	}

	/** A JSON GET in the given language ({@code Accept-Language}). */
	HttpResponse<String> json(String path, String language) {
		return send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "application/json")
			.header("Accept-Language", language).GET());
	}

	/** The CSRF token of the session, read from the first form of the page at {@code path}. */
	String csrfToken(String path) {
		return Jsoup.parse(page(path).body()).selectFirst("form input[name=_csrf]").val();
	}

	/**
	 * Posts a file as {@code multipart/form-data} (field {@code file}) with the session's CSRF token
	 * in the {@code X-CSRF-TOKEN} header, as a form or an API client sends it.
	 */
	HttpResponse<String> upload(String path, String fileName, byte[] content, String csrfToken) {
		String boundary = "----ocop" + Long.toHexString(System.nanoTime());
		byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
				+ "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8);
		byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
		return send(HttpRequest.newBuilder(URI.create(base + path))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.header("Accept", "text/html,application/json;q=0.9")
			.header("X-CSRF-TOKEN", csrfToken)
			.POST(HttpRequest.BodyPublishers.ofByteArrays(java.util.List.of(head, content, tail))));
	}

	private HttpResponse<String> send(HttpRequest.Builder request) {
		try {
			return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
