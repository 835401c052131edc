package vn.ocop.portal.portal;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.ocop.portal.support.Browser;
import vn.ocop.portal.support.PageChecks;

/**
 * Issue 6, "accessibility and correctness": the public pages, with the demo content, have no
 * axe-core WCAG 2.1 A/AA violation in a real headless Chromium and no Nu HTML checker error. A new
 * public page is one more path in the list below (or one more test when its address must be found).
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class PublicPagesAccessibilityBrowserTests {

	@RegisterExtension
	static final Browser browser = new Browser();

	@LocalServerPort
	int port;

	@ParameterizedTest
	@ValueSource(strings = { "/", "/tin-tuc", "/tin-tuc/chuyen-muc/san-pham-ocop", "/tim-kiem?q=hop+tac+xa",
			"/tim-kiem?q=cong+nhan+ocop", "/tim-kiem", "/hop-tac-xa", "/san-pham-ocop", "/san-pham-ocop?sao=4", "/gioi-thieu", "/tin-tuc?lang=en", "/tim-kiem?q=ocop&lang=en",
			"/thong-ke", "/thong-ke?year=2022&lang=en" })
	void publicPagesAreAccessibleAndValid(String path) {
		PageChecks.assertAccessibleAndValid(browser, port, path);
	}

	@Test
	void anArticleIsAccessibleAndValid() {
		PageChecks.assertAccessibleAndValid(browser, port, firstLink("/tin-tuc", "main a[href^=/tin-tuc/]:not([href*=chuyen-muc]):not([href*=/the/]):not([href$=.xml])"));
	}

	@Test
	void aCooperativeProfileIsAccessibleAndValid() {
		PageChecks.assertAccessibleAndValid(browser, port, firstLink("/hop-tac-xa", "main table a[href^=/hop-tac-xa/]"));
	}

	@Test
	void anOcopProductPageIsAccessibleAndValid() {
		PageChecks.assertAccessibleAndValid(browser, port, firstLink("/san-pham-ocop", "main table a[href^=/san-pham-ocop/]"));
	}

	@Test
	void aCertificateVerificationPageIsAccessibleAndValid() {
		String product = firstLink("/san-pham-ocop", "main table a[href^=/san-pham-ocop/]");
		PageChecks.assertAccessibleAndValid(browser, port, firstLink(product, "main a[href^=/xac-minh-chung-nhan/]"));
	}

	@Test
	void theCheckFindsWhatItLooksFor() {
		// the helper is not blind: an image without text and an unlabelled field are reported
		browser.open(port, "/gioi-thieu");
		browser.script("""
				const input = document.createElement('input'); input.type = 'text';
				const image = document.createElement('img'); image.src = '/favicon.ico';
				document.querySelector('main').append(input, image);""");
		assertThat(PageChecks.accessibilityViolations(browser)).anyMatch(v -> v.startsWith("axe label "))
			.anyMatch(v -> v.startsWith("axe image-alt "));
		assertThat(PageChecks.htmlErrors("<!DOCTYPE html><html lang=vi><head><title>t</title></head><body><p><div></p></body></html>"))
			.isNotEmpty();
	}

	private String firstLink(String listing, String selector) {
		Element link = Jsoup.parse(PageChecks.source("http://localhost:" + port + listing)).selectFirst(selector);
		assertThat(link).as("a link %s on %s", selector, listing).isNotNull();
		return link.attr("href");
	}

}
