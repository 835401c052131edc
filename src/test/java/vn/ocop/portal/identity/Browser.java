package vn.ocop.portal.identity;

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
import java.util.stream.Collectors;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A person's browser over real HTTP: keeps cookies, does not follow redirects on its own (tests
 * look at where they lead), sends the CSRF token of the page's form like a browser would.
 */
final class Browser {

	private final HttpClient client;

	private final String base;

	Browser(int port) {
		this.base = "http://localhost:" + port;
		this.client = HttpClient.newBuilder()
			.cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
	}

	Page get(String path) {
		return send(HttpRequest.newBuilder(uri(path)).GET());
	}

	Page post(String path, Map<String, String> form) {
		String body = form.entrySet()
			.stream()
			.map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
			.collect(Collectors.joining("&"));
		return send(HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body)));
	}

	/** Opens {@code pagePath}, fills the form posting to {@code action} (with its CSRF token) and submits it. */
	Page submit(String pagePath, String action, Map<String, String> fields) {
		Page page = get(pagePath);
		Map<String, String> form = new LinkedHashMap<>(fields);
		form.put("_csrf", page.csrfToken(action));
		return post(action, form);
	}

	/** Logs in through the login page; returns the answer to the submitted form. */
	Page logIn(String username, String password) {
		return submit("/login", "/login", Map.of("username", username, "password", password));
	}

	Page follow(Page redirect) {
		return get(redirect.location());
	}

	private Page send(HttpRequest.Builder request) {
		request.header("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
		try {
			HttpResponse<String> response = client.send(request.build(),
					HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
			return new Page(response.statusCode(), response.headers(), response.body());
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
	record Page(int status, HttpHeaders headers, String body) {

		/** The redirect target as a path, e.g. {@code /login?error}. */
		String location() {
			String location = headers.firstValue("Location").orElseThrow(() -> new AssertionError("No redirect: " + status));
			URI uri = URI.create(location);
			return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
		}

		String header(String name) {
			return headers.firstValue(name).orElse(null);
		}

		Document html() {
			return Jsoup.parse(body);
		}

		/** Text the person reads in the element, or null when absent. */
		String text(String cssQuery) {
			Element element = html().selectFirst(cssQuery);
			return element == null ? null : element.text();
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
