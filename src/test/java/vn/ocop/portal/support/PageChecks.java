package vn.ocop.portal.support;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.xml.sax.SAXException;

import nu.validator.client.EmbeddedValidator;

/**
 * The two automatic checks every public page must pass (issue 6, WCAG 2.1 AA and valid HTML):
 * <ul>
 * <li>{@link #accessibilityViolations(Browser)}: axe-core (the copy bundled in Deque's
 * {@code com.deque.html.axe-core:selenium} test jar, never fetched at run time) run in the real
 * headless Chromium on the page it shows, with the WCAG 2.0/2.1 A and AA rules;</li>
 * <li>{@link #htmlErrors(String)}: the Nu HTML checker ({@code nu.validator:validator}) run in
 * this JVM on the page's source as the server sent it.</li>
 * </ul>
 * A new public page is one more call: {@code PageChecks.assertAccessibleAndValid(browser, port, "/path")}.
 */
public final class PageChecks {

	/** The axe-core tags checked: WCAG 2.0 and 2.1, levels A and AA. */
	public static final List<String> WCAG_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

	private static final String AXE_SOURCE = load("axe.min.js");

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	private PageChecks() {
	}

	/**
	 * Opens the page in the browser, runs both checks and fails with every problem found (rule,
	 * impact, help, the offending elements; line and message for the HTML checker).
	 */
	public static void assertAccessibleAndValid(Browser browser, int port, String path) {
		browser.open(port, path);
		List<String> problems = new ArrayList<>(accessibilityViolations(browser));
		problems.addAll(htmlErrors(source(browser.currentUrl())));
		if (!problems.isEmpty()) {
			throw new AssertionError(path + " has " + problems.size() + " accessibility or HTML problem(s):\n  "
					+ String.join("\n  ", problems));
		}
	}

	/** axe-core's violations of the WCAG 2.1 A/AA rules on the page the browser shows; empty when none. */
	@SuppressWarnings("unchecked")
	public static List<String> accessibilityViolations(Browser browser) {
		if (!Boolean.TRUE.equals(browser.script("return typeof window.axe === 'object'"))) {
			browser.script(AXE_SOURCE);
		}
		Object result = browser.asyncScript("""
				const done = arguments[arguments.length - 1];
				axe.run(document, { runOnly: { type: 'tag', values: arguments[0] }, resultTypes: ['violations'] })
				  .then(r => done(r.violations.map(v => ({ id: v.id, impact: v.impact, help: v.help,
				      nodes: v.nodes.map(n => n.target.join(' ') + ' :: ' + (n.failureSummary || '').replace(/\\s+/g, ' ')) }))))
				  .catch(e => done([{ id: 'axe-error', impact: 'critical', help: String(e), nodes: [] }]));
				""", WCAG_TAGS);
		List<String> violations = new ArrayList<>();
		for (Map<String, Object> violation : (List<Map<String, Object>>) result) {
			violations.add("axe " + violation.get("id") + " (" + violation.get("impact") + "): " + violation.get("help")
					+ " at " + violation.get("nodes"));
		}
		return violations;
	}

	/** The Nu HTML checker's errors (not warnings) on the document; empty when it is valid. */
	public static List<String> htmlErrors(String html) {
		EmbeddedValidator validator = new EmbeddedValidator();
		validator.setOutputFormat(EmbeddedValidator.OutputFormat.GNU);
		validator.setNoLangDetect(true);
		String report;
		try (InputStream in = new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8))) {
			report = validator.validate(in);
		}
		catch (IOException | SAXException failure) {
			throw new IllegalStateException("The Nu HTML checker could not run", failure);
		}
		return report.lines().filter(line -> line.contains(": error:") || line.contains(": fatal")).map(line -> "html " + line).toList();
	}

	/** The page's source as the server sends it (not the browser's DOM). */
	public static String source(String url) {
		try {
			HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("Accept-Language", "vi-VN").build(),
					HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
			if (response.statusCode() != 200) {
				throw new AssertionError(url + " answered " + response.statusCode());
			}
			return response.body();
		}
		catch (IOException failure) {
			throw new IllegalStateException("Cannot read " + url, failure);
		}
		catch (InterruptedException interrupted) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted reading " + url, interrupted);
		}
	}

	private static String load(String resource) {
		try (InputStream in = PageChecks.class.getClassLoader().getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException(resource + " is missing from the test class path (com.deque.html.axe-core:selenium)");
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException failure) {
			throw new IllegalStateException("Cannot read " + resource, failure);
		}
	}

}
