package vn.ocop.portal.news;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * One person's browser over real HTTP for the newsroom's tests: keeps its cookies, signs in through
 * the login page, never follows redirects by itself, sends the CSRF token of the page's form, and
 * posts files as {@code multipart/form-data} like a browser.
 */
final class NewsroomHttp {

	static final String DEMO_PASSWORD = "Demo@2026!";

	private final HttpClient client;

	private final String base;

	NewsroomHttp(int port) {
		this.base = "http://localhost:" + port;
		this.client = HttpClient.newBuilder()
			.cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
	}

	/** A demo account signed in through the login form. */
	static NewsroomHttp signedIn(int port, String username) {
		NewsroomHttp http = new NewsroomHttp(port);
		Answer answer = http.submit("/login", "/login", Map.of("username", username, "password", DEMO_PASSWORD));
		if (answer.status() != 302 || answer.location().startsWith("/login")) {
			throw new AssertionError("Could not sign in as " + username + ": " + answer.status() + " " + answer.header("Location"));
		}
		return http;
	}

	Answer get(String path, String... headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).GET();
		if (headers.length > 0) {
			request.headers(headers);
		}
		return send(request);
	}

	Answer post(String path, Map<String, String> form) {
		String body = form.entrySet()
			.stream()
			.map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
			.collect(Collectors.joining("&"));
		return send(HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body)));
	}

	/** Opens {@code pagePath}, fills the form posting to {@code action} (with its CSRF token) and submits it. */
	Answer submit(String pagePath, String action, Map<String, String> fields) {
		Answer page = get(pagePath);
		Map<String, String> form = new LinkedHashMap<>(fields);
		form.put("_csrf", page.csrfToken(action));
		return post(action, form);
	}

	/** Posts fields and one file as {@code multipart/form-data}. */
	Answer upload(String action, Map<String, String> fields, String fileField, String fileName, String contentType,
			byte[] content) {
		String boundary = "----ocop" + UUID.randomUUID();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		fields.forEach((name, value) -> write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name
				+ "\"\r\n\r\n" + value + "\r\n"));
		write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField + "\"; filename=\"" + fileName
				+ "\"\r\nContent-Type: " + contentType + "\r\n\r\n");
		body.writeBytes(content);
		write(body, "\r\n--" + boundary + "--\r\n");
		return send(HttpRequest.newBuilder(uri(action))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
	}

	Answer follow(Answer redirect) {
		return get(redirect.location());
	}

	private static void write(ByteArrayOutputStream out, String text) {
		out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
	}

	private Answer send(HttpRequest.Builder request) {
		request.header("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
		try {
			HttpResponse<byte[]> response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
			return new Answer(response.statusCode(), response.headers(), response.body());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private URI uri(String path) {
		return URI.create(path.startsWith("http") ? path : base + path);
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	/** One answer of the server. */
	record Answer(int status, HttpHeaders headers, byte[] bytes) {

		String body() {
			return new String(bytes, StandardCharsets.UTF_8);
		}

		/** The redirect target as a path with its query, e.g. {@code /login?error}. */
		String location() {
			String location = headers.firstValue("Location").orElseThrow(() -> new AssertionError("No redirect: " + status));
			URI uri = URI.create(location);
			return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
		}

		String header(String name) {
			return headers.firstValue(name).orElse(null);
		}

		Document html() {
			return Jsoup.parse(body());
		}

		String csrfToken(String action) {
			Element input = html().selectFirst("form[action$=\"" + action + "\"] input[name=_csrf]");
			if (input == null) {
				throw new AssertionError("No form posting to " + action + " with a CSRF token (status " + status + ")");
			}
			return input.val();
		}

	}

}
