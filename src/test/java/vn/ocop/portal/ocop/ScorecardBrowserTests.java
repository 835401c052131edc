package vn.ocop.portal.ocop;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.ocop.portal.support.Browser;

/**
 * A council member (demo account {@code hoidong}) finds the scorecards in the back office menu in a
 * real browser, filters the 148 ones and sees that the tea scorecard is an unverified transcription
 * whose part C adds up to 32 instead of 35.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class ScorecardBrowserTests {

	@RegisterExtension
	static final Browser browser = new Browser();

	@LocalServerPort
	int port;

	@Test
	void aCouncilMemberOpensTheTeaScorecardOf148AndSeesItsFlags() {
		browser.open(port, "/login");
		browser.find(By.id("username")).sendKeys("hoidong");
		browser.find(By.id("password")).sendKeys("Demo@2026!");
		browser.find(By.id("password")).submit();
		browser.waitUntil(driver -> driver.getCurrentUrl().contains("/backoffice"));

		browser.find(By.linkText("Bộ tiêu chí OCOP")).click();
		browser.waitUntil(driver -> driver.findElement(By.tagName("h1")).getText().contains("Bộ tiêu chí"));
		new Select(browser.find(By.id("filter-instrument"))).selectByVisibleText("148/QĐ-TTg");
		browser.find(By.cssSelector("form.form--filter button[type=submit]")).click();
		browser.waitUntil(driver -> driver.getCurrentUrl().contains("instrument=148"));
		assertThat(browser.find(By.cssSelector(".result-count")).getText()).isEqualTo("26 phiếu đánh giá (phiên bản hiện hành)");

		browser.find(By.partialLinkText("TP-11")).click();
		browser.waitUntil(driver -> driver.findElement(By.tagName("h1")).getText().startsWith("11."));
		assertThat(browser.find(By.cssSelector(".alert--error")).getText()).contains("Phần C: 32 điểm thay vì 35");
		assertThat(browser.find(By.cssSelector(".alert--warning")).getText()).contains("bản chép không chính thức");
		assertThat(browser.find(By.cssSelector(".ocop-provenance")).getText()).contains("augustine-tran/ocop");
	}

}
