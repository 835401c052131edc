package vn.ocop.portal.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.ocop.portal.certification.Certificate;
import vn.ocop.portal.certification.CertificationManagement;
import vn.ocop.portal.certification.RecognitionKind;
import vn.ocop.portal.support.Browser;
import vn.ocop.portal.support.MovableClock;
import vn.ocop.portal.support.OcopCertificateFixtures;

/**
 * The OCOP catalogue in a real browser: a consumer scans a pack's QR code (the provincial path),
 * lands on the product page, follows the certificate to its verification page and sees it valid;
 * another searches the catalogue without diacritics and filters by stars; 36 months later the
 * verification page says expired.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@Import(MovableClock.Configuration.class)
class ProductCatalogueBrowserTests {

	@RegisterExtension
	static final Browser browser = new Browser();

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	CertificationManagement management;

	@Autowired
	MovableClock clock;

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void aConsumerScansTheQrCodeSeesTheProductAndVerifiesItsCertificate() {
		OcopCertificateFixtures fixtures = new OcopCertificateFixtures(jdbc, management);
		LocalDate issued = clock.today().minusDays(3);
		long product = fixtures.registerProduct("Rượu men lá Bằng Phúc", "061", null, "DU-01");
		Certificate certificate = fixtures.recognise(product, 4, RecognitionKind.FIRST_TIME, issued);
		long other = fixtures.registerProduct("Rượu ngô Bằng Phúc", "061", null, "DU-01");
		fixtures.recognise(other, 3, RecognitionKind.FIRST_TIME, issued);

		browser.open(port, "/ocop/" + certificate.productCode());
		browser.waitUntil(driver -> driver.getCurrentUrl().endsWith("/san-pham-ocop/" + certificate.productCode()));
		assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Rượu men lá Bằng Phúc " + fixtures.token);
		assertThat(browser.find(By.cssSelector(".certificate-status")).getText()).isEqualTo("Còn hiệu lực");

		browser.find(By.cssSelector("a.certificate-number")).click();
		browser.waitUntil(driver -> driver.getCurrentUrl().endsWith("/xac-minh-chung-nhan/" + certificate.number()));
		assertThat(browser.find(By.cssSelector(".verify-result")).getText()).isEqualTo("Giấy chứng nhận còn hiệu lực");

		browser.open(port, "/san-pham-ocop");
		browser.find(By.id("products-q")).sendKeys("ruou bang phuc " + fixtures.token.toLowerCase());
		new Select(browser.find(By.id("products-star"))).selectByValue("4");
		browser.find(By.cssSelector(".directory__filter button[type=submit]")).click();
		browser.waitUntil(driver -> driver.getCurrentUrl().contains("sao=4"));
		assertThat(browser.driver().findElements(By.cssSelector("table.data-table tbody tr td:first-child a")).stream()
			.map(element -> element.getText())
			.toList()).containsExactly("Rượu men lá Bằng Phúc " + fixtures.token);

		clock.set(issued.plusMonths(36));
		browser.open(port, "/xac-minh-chung-nhan/" + certificate.number());
		assertThat(browser.find(By.cssSelector(".verify-result")).getText()).isEqualTo("Giấy chứng nhận không còn hiệu lực");
		assertThat(browser.find(By.cssSelector(".certificate-status")).getText()).startsWith("Hết hiệu lực");
	}

}
