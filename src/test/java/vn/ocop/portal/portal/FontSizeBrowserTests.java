package vn.ocop.portal.portal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.ocop.portal.support.Browser;

/**
 * The font-size toolbar in a real browser, used by keyboard as Circular 26/2020 expects: the size
 * grows by 10% steps, is announced, is remembered from page to page and can be reset; the skip
 * link is the first thing the Tab key reaches.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class FontSizeBrowserTests {

	@RegisterExtension
	static final Browser browser = new Browser();

	@LocalServerPort
	int port;

	@BeforeEach
	void startAtTheDefaultSize() {
		browser.open(port, "/");
		browser.script("window.localStorage.clear()");
		browser.open(port, "/");
		assertThat(browser.rootStyle("font-size")).isEqualTo("16px");
	}

	@Test
	void pressingLargerTextTwiceByKeyboardGrowsTheTextAndEveryPageRemembersIt() {
		WebElement larger = button("Tăng cỡ chữ");

		browser.activateByKeyboard(larger);
		browser.press(Keys.ENTER);

		assertThat(browser.rootStyle("font-size")).isEqualTo("19.2px");
		assertThat(browser.focused().getAttribute("data-font-size")).isEqualTo("increase");
		assertThat(browser.find(By.cssSelector("[data-font-size-status]")).getAttribute("textContent"))
			.isEqualTo("Cỡ chữ hiện tại: 120%");
		assertThat(button("Cỡ chữ mặc định").getAttribute("aria-pressed")).isEqualTo("false");

		browser.open(port, "/tim-kiem");

		assertThat(browser.rootStyle("font-size")).isEqualTo("19.2px");
		assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Tìm kiếm trên cổng thông tin");
	}

	@Test
	void resetRestoresTheDefaultSizeOnThisAndLaterPages() {
		browser.activateByKeyboard(button("Tăng cỡ chữ"));
		assertThat(browser.rootStyle("font-size")).isEqualTo("17.6px");

		browser.activateByKeyboard(button("Cỡ chữ mặc định"));

		assertThat(browser.rootStyle("font-size")).isEqualTo("16px");
		assertThat(button("Cỡ chữ mặc định").getAttribute("aria-pressed")).isEqualTo("true");
		browser.open(port, "/tim-kiem");
		assertThat(browser.rootStyle("font-size")).isEqualTo("16px");
	}

	@Test
	void theSizeStopsAtTheLimitsAndTheButtonSaysSo() {
		WebElement smaller = button("Giảm cỡ chữ");
		browser.activateByKeyboard(smaller);
		browser.press(Keys.ENTER);
		browser.press(Keys.ENTER);

		assertThat(browser.rootStyle("font-size")).isEqualTo("12.8px");
		assertThat(smaller.getAttribute("aria-disabled")).isEqualTo("true");
		assertThat(browser.focused().getAttribute("data-font-size")).isEqualTo("decrease");

		WebElement larger = button("Tăng cỡ chữ");
		browser.activateByKeyboard(larger);
		for (int press = 0; press < 10; press++) {
			browser.press(Keys.ENTER);
		}

		assertThat(browser.rootStyle("font-size")).isEqualTo("25.6px");
		assertThat(larger.getAttribute("aria-disabled")).isEqualTo("true");
		assertThat(smaller.getAttribute("aria-disabled")).isEqualTo("false");
	}

	@Test
	void theSkipLinkIsTheFirstFocusableElementAndLeadsToTheContent() {
		browser.press(Keys.TAB);

		WebElement skip = browser.focused();
		assertThat(skip.getAttribute("class")).contains("skip-link");
		assertThat(skip.getText()).isEqualTo("Chuyển đến nội dung chính");
		assertThat(skip.getRect().getY()).as("visible at the top of the page when focused").isGreaterThanOrEqualTo(0);
		assertThat(skip.isDisplayed()).isTrue();

		browser.press(Keys.ENTER);

		assertThat(browser.focused().getAttribute("id")).isEqualTo("main");
	}

	private static WebElement button(String label) {
		return browser.find(By.cssSelector("button[aria-label='" + label + "']"));
	}

}
