package vn.ocop.portal.news;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ocop.portal.news.Newsdesk.unique;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chromium.HasCdp;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.ocop.portal.support.Browser;

/**
 * The newsroom in a real headless Chromium: the demo editor writes and submits an article, the
 * demo publisher approves it, and readers find it on the home page, in the feed, the sitemap and
 * the search; on the article page the font-size control changes the text and the choice survives
 * navigation; the print view hides the navigation.
 */
@NewsIntegrationTest
class NewsroomBrowserTests {

	@RegisterExtension
	static final Browser browser = new Browser();

	@LocalServerPort
	int port;

	@Test
	void anEditorWritesAPublisherApprovesAndReadersFindTheArticleEverywhere() {
		long n = unique();
		String title = "Hợp tác xã rau sạch Đồng Phúc nhận chứng nhận OCOP " + n;

		signIn("bientap");
		browser.open(port, "/backoffice/news/new");
		browser.find(By.id("title")).sendKeys(title);
		browser.find(By.id("lead")).sendKeys("Rau của hợp tác xã được công nhận sau một năm chuẩn bị hồ sơ.");
		browser.find(By.id("body")).sendKeys("<p>Hợp tác xã có 25 thành viên, trồng rau theo quy trình an toàn.</p>");
		browser.find(By.id("authorLine")).sendKeys("Phóng viên thử nghiệm");
		new Select(browser.find(By.id("categoryId"))).selectByVisibleText("Sản phẩm OCOP");
		browser.find(By.id("tags")).sendKeys("rau sạch, OCOP");
		submit(browser.find(By.cssSelector(".newsroom-form button[type=submit]")));
		assertThat(browser.find(By.cssSelector("[data-article-status]")).getText()).isEqualTo("Bản nháp");
		assertThat(browser.driver().findElements(By.xpath("//button[normalize-space()='Duyệt và đăng ngay']"))).isEmpty();
		submit(button("Gửi duyệt"));
		assertThat(browser.find(By.cssSelector("[data-article-status]")).getText()).isEqualTo("Chờ duyệt");
		String articlePage = browser.driver().getCurrentUrl();

		browser.driver().manage().deleteAllCookies();
		signIn("duyettin");
		browser.driver().get(articlePage);
		submit(button("Duyệt và đăng ngay"));
		assertThat(browser.find(By.cssSelector("[data-article-status]")).getText()).isEqualTo("Đã đăng");
		String slug = Slugs.of(title);

		browser.driver().manage().deleteAllCookies();
		browser.open(port, "/");
		assertThat(browser.find(By.cssSelector(".home-cards")).getText()).contains(title);
		browser.open(port, "/tin-tuc/atom.xml");
		assertThat(browser.driver().getPageSource()).contains(title, "/tin-tuc/" + slug);
		browser.open(port, "/sitemap-tin-tuc-1.xml");
		assertThat(browser.driver().getPageSource()).contains("/tin-tuc/" + slug);
		browser.open(port, "/tim-kiem?q=rau+sach+dong+phuc+" + n);
		WebElement hit = browser.find(By.linkText(title));
		hit.click();
		browser.waitUntil(d -> d.getCurrentUrl().endsWith("/tin-tuc/" + slug));
		assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo(title);
	}

	@Test
	void theFontSizeControlEnlargesTheArticleAndTheChoiceSurvivesNavigation() {
		String path = firstDemoArticle();
		browser.open(port, path);
		browser.script("window.localStorage.clear()");
		browser.open(port, path);
		double before = bodyTextSize();

		browser.activateByKeyboard(browser.find(By.cssSelector("button[data-font-size=increase]")));

		double larger = bodyTextSize();
		assertThat(larger).isGreaterThan(before * 1.05);
		browser.find(By.cssSelector(".breadcrumbs a[href*='/chuyen-muc/']")).click();
		browser.waitUntil(d -> d.getCurrentUrl().contains("/chuyen-muc/"));
		assertThat(browser.rootStyle("font-size")).isEqualTo("17.6px");
		browser.open(port, path);
		assertThat(bodyTextSize()).isEqualTo(larger);
		browser.activateByKeyboard(browser.find(By.cssSelector("button[data-font-size=reset]")));
		assertThat(bodyTextSize()).isEqualTo(before);
	}

	@Test
	void thePrintViewHidesTheNavigationAndKeepsTheArticle() {
		browser.open(port, firstDemoArticle());
		assertThat(browser.find(By.cssSelector(".site-nav")).isDisplayed()).isTrue();
		HasCdp cdp = (HasCdp) browser.driver();
		cdp.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
		try {
			assertThat(browser.find(By.cssSelector(".site-nav")).isDisplayed()).isFalse();
			assertThat(browser.find(By.cssSelector(".site-header")).isDisplayed()).isFalse();
			assertThat(browser.find(By.cssSelector("button[data-news-print]")).isDisplayed()).isFalse();
			assertThat(browser.find(By.cssSelector(".news-share")).isDisplayed()).isFalse();
			assertThat(browser.find(By.cssSelector(".news-article__title")).isDisplayed()).isTrue();
			assertThat(browser.find(By.cssSelector(".news-article__body")).isDisplayed()).isTrue();
		}
		finally {
			cdp.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
		}
	}

	private String firstDemoArticle() {
		browser.open(port, "/tin-tuc");
		return browser.find(By.cssSelector(".news-card__title a")).getAttribute("pathname");
	}

	private double bodyTextSize() {
		String size = (String) browser.script(
				"return getComputedStyle(document.querySelector('.news-article__body')).getPropertyValue('font-size')");
		return Double.parseDouble(size.replace("px", ""));
	}

	private void signIn(String username) {
		browser.open(port, "/login");
		browser.find(By.id("username")).sendKeys(username);
		browser.find(By.id("password")).sendKeys("Demo@2026!");
		submit(browser.find(By.cssSelector("form[action$='/login'] button[type=submit]")));
		browser.waitUntil(d -> d.getCurrentUrl().endsWith("/backoffice"));
	}

	/**
	 * Clicks a submit button and waits for the page it leads to (through the shared helper: Chromium
	 * sometimes reports a replaced node as "not in the document" rather than stale, which
	 * a wait for staleness took for an error).
	 */
	private void submit(WebElement button) {
		browser.clickToNextPage(button);
	}

	private static WebElement button(String text) {
		return browser.find(By.xpath("//button[normalize-space()='" + text + "']"));
	}

}
