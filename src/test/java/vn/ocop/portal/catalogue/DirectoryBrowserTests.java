package vn.ocop.portal.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.ocop.portal.registry.OrganisationId;
import vn.ocop.portal.registry.OrganisationKind;
import vn.ocop.portal.registry.RegistryManagement;
import vn.ocop.portal.registry.Sector;
import vn.ocop.portal.support.Browser;

/**
 * The public directory in a real browser: a citizen types a name without diacritics, chooses the
 * province, then one of its communes, and opens a cooperative's profile.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class DirectoryBrowserTests {

	@RegisterExtension
	static final Browser browser = new Browser();

	@LocalServerPort
	int port;

	@Autowired
	RegistryManagement management;

	@Test
	void aCitizenFiltersByProvinceAndCommuneThenOpensAProfile() {
		DirectoryFixtures fixtures = new DirectoryFixtures(management);
		OrganisationId here = fixtures.register(OrganisationKind.HTX, "Hợp tác xã Đồng Phúc", "01888", Sector.AGRICULTURE,
				DirectoryFixtures.unique());
		fixtures.register(OrganisationKind.HTX, "Hợp tác xã Cốc Đán", "01939", Sector.AGRICULTURE, DirectoryFixtures.unique());

		browser.open(port, "/");
		browser.find(By.cssSelector("nav a[href='/hop-tac-xa']")).click();
		browser.waitUntil(driver -> driver.getCurrentUrl().endsWith("/hop-tac-xa"));
		browser.find(By.id("directory-q")).sendKeys(fixtures.typedToken());
		new Select(browser.find(By.id("directory-province"))).selectByValue("19");
		submit();
		assertThat(names()).containsExactly("Hợp tác xã Cốc Đán " + fixtures.token, "Hợp tác xã Đồng Phúc " + fixtures.token);

		new Select(browser.find(By.id("directory-unit"))).selectByValue("01912");
		submit();
		assertThat(names()).containsExactly("Hợp tác xã Đồng Phúc " + fixtures.token);
		assertThat(browser.find(By.cssSelector("p.result-count")).getText()).contains("Thái Nguyên");

		browser.find(By.linkText("Hợp tác xã Đồng Phúc " + fixtures.token)).click();
		browser.waitUntil(driver -> driver.getCurrentUrl().endsWith("/hop-tac-xa/" + here.value().toLowerCase(Locale.ROOT)));
		assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Hợp tác xã Đồng Phúc " + fixtures.token);
		assertThat(browser.find(By.tagName("main")).getText()).contains("Thái Nguyên")
			.doesNotContain("Nguyễn Văn Riêng");
	}

	private void submit() {
		WebElement button = browser.find(By.cssSelector(".directory__filter button[type=submit]"));
		button.click();
		browser.waitUntil(driver -> "complete".equals(browser.script("return document.readyState"))
				&& !driver.findElements(By.cssSelector("p.result-count")).isEmpty());
	}

	private static List<String> names() {
		return browser.driver().findElements(By.cssSelector("table.data-table tbody tr td:first-child a")).stream()
			.map(WebElement::getText)
			.toList();
	}

}
