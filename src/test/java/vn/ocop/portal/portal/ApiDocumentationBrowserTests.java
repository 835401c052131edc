package vn.ocop.portal.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.ocop.portal.support.Browser;

/**
 * Swagger UI in a real browser under the portal's strict Content-Security-Policy: it loads the
 * OpenAPI document and shows the operations, without signing in.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class ApiDocumentationBrowserTests {

	@RegisterExtension
	static final Browser browser = new Browser();

	@LocalServerPort
	int port;

	@Test
	void swaggerUiShowsTheRegistryOperationsUnderTheContentSecurityPolicy() {
		browser.open(port, "/swagger-ui.html");
		browser.waitUntil(driver -> !driver.findElements(By.cssSelector(".opblock-summary-path")).isEmpty());
		List<String> paths = browser.driver().findElements(By.cssSelector(".opblock-summary-path")).stream()
			.map(WebElement::getText)
			.toList();
		assertThat(paths).contains("/api/v1/organisations", "/api/v1/organisations/{id}/annual-updates/{year}",
				"/api/v1/imports", "/api/v1/units");
		assertThat(browser.find(By.cssSelector(".info .title")).getText()).contains("OCOP Portal API");
	}

}
