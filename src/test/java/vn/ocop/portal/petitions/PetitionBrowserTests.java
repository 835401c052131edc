package vn.ocop.portal.petitions;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.ocop.portal.support.Browser;

/**
 * A citizen sends a petition online in a real Chromium and gets a tracking code; the provincial
 * office (canbo.tinh) accepts it and assigns it to the Department of Agriculture, whose handler
 * (so.nnptnt) answers; the office approves and publishes; the public answer page shows it and the
 * public dashboard counts it, received and answered, for the department.
 */
@PetitionsIntegrationTest
class PetitionBrowserTests {

	@RegisterExtension
	static final Browser browser = new Browser();

	static final String PASSWORD = "Demo@2026!";

	@LocalServerPort
	int port;

	@Test
	void aPetitionSentOnlineIsAnsweredAndPublished() {
		int year = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).getYear();
		int[] before = figures(year);

		browser.open(port, "/kien-nghi/gui");
		assertThat(browser.find(By.id("privacy-notice")).getText()).contains("13/2023/NĐ-CP");
		browser.find(By.id("petitionerName")).sendKeys("Hoàng Văn Trình Duyệt");
		browser.find(By.id("phone")).sendKeys("0987 000 999");
		new Select(browser.find(By.id("topic"))).selectByValue("OCOP");
		browser.find(By.id("title")).sendKeys("Hướng dẫn hồ sơ OCOP cho mật ong bạc hà trìnhduyệt");
		browser.find(By.id("content")).sendKeys("Đề nghị hướng dẫn chuẩn bị hồ sơ đánh giá sản phẩm OCOP.");
		browser.find(By.id("consent1")).click();
		submit("form[action$='/kien-nghi/gui'] button[type=submit]");
		String code = browser.waitUntil(d -> d.findElement(By.id("tracking-code"))).getText();
		assertThat(code).matches("KN\\.\\d{8}\\.\\d{4,}");
		assertThat(browser.find(By.id("tracking-status")).getText()).isEqualTo("Đã tiếp nhận");

		signIn("canbo.tinh");
		browser.open(port, "/backoffice/petitions/" + code);
		browser.find(By.cssSelector("input[name=decision][value=WITHIN_COMPETENCE]")).click();
		submit("form[action$='/classify'] button[type=submit]");
		new Select(browser.find(By.id("lead"))).selectByValue("SO-NNPTNT");
		submit("form[action$='/assign'] button[type=submit]");
		assertThat(browser.find(By.id("petition-lead")).getText()).isEqualTo("Sở Nông nghiệp và Phát triển nông thôn");

		signIn("so.nnptnt");
		browser.open(port, "/backoffice/petitions/" + code);
		browser.find(By.id("answer-text")).sendKeys("Sở hướng dẫn: hồ sơ gồm phiếu đăng ký, phương án sản xuất và kết quả kiểm nghiệm.");
		submit("form[action$='/answer'] button[type=submit]");
		assertThat(browser.find(By.id("petition-status")).getText()).isEqualTo("Đã có dự thảo trả lời");

		signIn("canbo.tinh");
		browser.open(port, "/backoffice/petitions/" + code);
		submit("form[action$='/approve'] button[type=submit]");
		submit("form[action$='/publish'] button[type=submit]");
		assertThat(browser.find(By.id("petition-status")).getText()).isEqualTo("Đã công bố trả lời");

		browser.driver().manage().deleteAllCookies();
		browser.open(port, "/kien-nghi?q=trinhduyet");
		WebElement link = browser.find(By.linkText("Hướng dẫn hồ sơ OCOP cho mật ong bạc hà trìnhduyệt"));
		link.click();
		browser.waitUntil(d -> d.getCurrentUrl().endsWith("/kien-nghi/" + code));
		assertThat(browser.find(By.id("public-answer")).getText()).contains("phương án sản xuất");
		assertThat(browser.find(By.tagName("main")).getText()).doesNotContain("Hoàng Văn Trình Duyệt", "0987 000 999");

		int[] after = figures(year);
		assertThat(after[0]).isEqualTo(before[0] + 1);
		assertThat(after[1]).isEqualTo(before[1] + 1);
	}

	/** Received and answered for the Department of Agriculture on the public dashboard. */
	private int[] figures(int year) {
		browser.open(port, "/kien-nghi/thong-ke?nam=" + year);
		var rows = browser.driver().findElements(By.cssSelector("#petition-dashboard tr[data-department='SO-NNPTNT']"));
		if (rows.isEmpty()) {
			return new int[] { 0, 0 };
		}
		return new int[] { number(rows.get(0).findElement(By.cssSelector("td.received")).getText()),
				number(rows.get(0).findElement(By.cssSelector("td.answered")).getText()) };
	}

	private static int number(String text) {
		return Integer.parseInt(text.replace(".", "").strip());
	}

	private void signIn(String username) {
		browser.driver().manage().deleteAllCookies();
		browser.open(port, "/login");
		browser.find(By.id("username")).sendKeys(username);
		browser.find(By.id("password")).sendKeys(PASSWORD);
		submit("form[action$='/login'] button[type=submit]");
		browser.waitUntil(d -> d.getCurrentUrl().endsWith("/backoffice"));
	}

	private void submit(String button) {
		browser.clickToNextPage(browser.find(By.cssSelector(button)));
	}

}
