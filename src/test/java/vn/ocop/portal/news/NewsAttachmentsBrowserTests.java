package vn.ocop.portal.news;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ocop.portal.news.Newsdesk.unique;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.ocop.portal.support.Browser;
import vn.ocop.portal.support.PageChecks;

/**
 * PDF attachments in a real headless Chromium: the demo editor writes an article and attaches a PDF
 * through the file field, submits it; the demo publisher publishes it; a reader finds the document
 * on the article page with its title and size, downloads it, and the page with attachments still
 * passes the axe-core (WCAG 2.1 AA) and Nu HTML checks.
 */
@NewsIntegrationTest
class NewsAttachmentsBrowserTests {

	@RegisterExtension
	static final Browser browser = new Browser();

	@LocalServerPort
	int port;

	@Test
	void anEditorAttachesAPdfAndThePublishedArticleOffersItToReaders() throws IOException {
		long n = unique();
		String title = "Hướng dẫn hồ sơ OCOP năm 2023 có tài liệu " + n;
		String document = "Mẫu hồ sơ đăng ký đánh giá sản phẩm OCOP " + n;
		byte[] pdf = Pdfs.document("Mau ho so OCOP " + n, 300_000);
		String size = Attachment.sizeLabel(pdf.length, java.util.Locale.forLanguageTag("vi-VN"));
		assertThat(size).matches("\\d+ KB");
		Path file = Files.createTempFile("mau-ho-so-", ".pdf");
		try {
			Files.write(file, pdf);

			signIn("bientap");
			browser.open(port, "/backoffice/news/new");
			browser.find(By.id("title")).sendKeys(title);
			browser.find(By.id("lead")).sendKeys("Các hợp tác xã tải mẫu hồ sơ kèm theo bài để chuẩn bị đăng ký.");
			browser.find(By.id("body")).sendKeys("<p>Hồ sơ nộp tại ủy ban nhân dân cấp xã trước ngày 30 tháng 6.</p>");
			browser.find(By.id("authorLine")).sendKeys("Phóng viên thử nghiệm");
			new Select(browser.find(By.id("categoryId"))).selectByVisibleText("Thông báo");
			browser.clickToNextPage(browser.find(By.cssSelector(".newsroom-form button[type=submit]")));

			browser.find(By.id("attachment-title")).sendKeys(document);
			browser.find(By.id("attachment-file")).sendKeys(file.toAbsolutePath().toString());
			browser.clickToNextPage(button("Đính kèm"));
			assertThat(browser.find(By.cssSelector(".alert--success")).getText()).isEqualTo("Đã đính kèm tệp PDF.");
			assertThat(browser.find(By.cssSelector(".newsroom-attachments li")).getText()).contains(document, "mau-ho-so-",
					size);
			browser.clickToNextPage(button("Gửi duyệt"));
			String articlePage = browser.currentUrl();

			browser.driver().manage().deleteAllCookies();
			signIn("duyettin");
			browser.driver().get(articlePage);
			browser.clickToNextPage(button("Duyệt và đăng ngay"));
			assertThat(browser.find(By.cssSelector("[data-article-status]")).getText()).isEqualTo("Đã đăng");

			browser.driver().manage().deleteAllCookies();
			String path = "/tin-tuc/" + Slugs.of(title);
			browser.open(port, path);
			WebElement link = browser.find(By.linkText(document));
			assertThat(link.getAttribute("download")).isNotNull();
			assertThat(browser.find(By.cssSelector(".news-attachments")).getText()).contains(document, "(PDF, " + size + ")");
			assertThat(browser.find(By.cssSelector(".news-attachments h2")).getText()).isEqualTo("Tài liệu đính kèm");
			// what the link downloads: the same bytes, as a PDF, for a reader without a session
			java.net.http.HttpResponse<byte[]> download = java.net.http.HttpClient.newHttpClient().send(
					java.net.http.HttpRequest.newBuilder(java.net.URI.create(link.getAttribute("href"))).build(),
					java.net.http.HttpResponse.BodyHandlers.ofByteArray());
			assertThat(download.statusCode()).isEqualTo(200);
			assertThat(download.headers().firstValue("Content-Type")).hasValue("application/pdf");
			assertThat(download.body()).isEqualTo(pdf);

			PageChecks.assertAccessibleAndValid(browser, port, path);
			PageChecks.assertAccessibleAndValid(browser, port, path + "?lang=en");
		}
		catch (InterruptedException interrupted) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(interrupted);
		}
		finally {
			Files.deleteIfExists(file);
		}
	}

	private void signIn(String username) {
		browser.open(port, "/login");
		browser.find(By.id("username")).sendKeys(username);
		browser.find(By.id("password")).sendKeys(NewsroomHttp.DEMO_PASSWORD);
		browser.clickToNextPage(browser.find(By.cssSelector("form[action$='/login'] button[type=submit]")));
		browser.waitUntil(d -> d.getCurrentUrl().endsWith("/backoffice"));
	}

	private static WebElement button(String text) {
		return browser.find(By.xpath("//button[normalize-space()='" + text + "']"));
	}

}
