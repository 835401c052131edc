package vn.ocop.portal.ocop;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.ocop.portal.support.Browser;

/**
 * The Ba Bể officer (demo account {@code canbo.babe}) finds "Hỗ trợ OCOP" in the menu in a real
 * browser, records that one of their unit's products is made in a value chain, is told in
 * Vietnamese that a date outside the year is wrong, corrects it and finds the record in the list
 * filtered by year and kind.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class SupportBrowserTests {

	@RegisterExtension
	static final Browser browser = new Browser();

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aLocalOfficerRecordsValueChainSupportForAProductOfTheirUnit() {
		String product = jdbc.sql("SELECT p.code FROM ocop_product p JOIN ocop_subject s ON s.id = p.subject_id"
				+ " WHERE '061' = ANY (s.area_codes) AND p.status = 'REGISTERED'"
				+ " AND NOT EXISTS (SELECT 1 FROM ocop_support_record r WHERE r.product_id = p.id) ORDER BY p.code LIMIT 1")
			.query(String.class).single();
		browser.open(port, "/login");
		browser.find(By.id("username")).sendKeys("canbo.babe");
		browser.find(By.id("password")).sendKeys("Demo@2026!");
		browser.find(By.id("password")).submit();
		browser.waitUntil(driver -> driver.getCurrentUrl().contains("/backoffice"));

		browser.find(By.linkText("Hỗ trợ OCOP")).click();
		browser.waitUntil(driver -> driver.findElement(By.tagName("h1")).getText().contains("Hồ sơ hỗ trợ"));
		browser.find(By.linkText("Ghi nhận hỗ trợ")).click();
		browser.waitUntil(driver -> driver.getCurrentUrl().endsWith("/backoffice/ocop/support/new"));
		new Select(browser.find(By.id("kind"))).selectByVisibleText("Sản phẩm sản xuất theo chuỗi giá trị");
		browser.find(By.id("productCode")).sendKeys(product);
		browser.find(By.id("year")).sendKeys("2025");
		browser.find(By.id("supportedOn")).sendKeys("31/12/2024");
		browser.find(By.id("fundingSource")).sendKeys("Ngân sách huyện");
		browser.find(By.cssSelector(".form-actions button[type=submit]")).click();

		browser.waitUntil(driver -> !driver.findElements(By.id("supportedOn-error")).isEmpty());
		assertThat(browser.find(By.id("supportedOn-error")).getText()).isEqualTo("Ngày hỗ trợ phải thuộc năm 2025.");
		browser.find(By.id("supportedOn")).clear();
		browser.find(By.id("supportedOn")).sendKeys("15/08/2025");
		// the refused form was answered at the list's address already: wait for the next page itself
		browser.clickToNextPage(browser.find(By.cssSelector(".form-actions button[type=submit]")));

		browser.waitUntil(driver -> driver.getCurrentUrl().endsWith("/backoffice/ocop/support"));
		assertThat(browser.find(By.cssSelector(".alert--success")).getText()).isEqualTo("Đã lưu hồ sơ hỗ trợ.");
		browser.find(By.id("filter-year")).sendKeys("2025");
		new Select(browser.find(By.id("filter-kind"))).selectByVisibleText("Sản phẩm sản xuất theo chuỗi giá trị");
		browser.find(By.cssSelector("form.filters button[type=submit]")).click();
		browser.waitUntil(driver -> driver.getCurrentUrl().contains("year=2025"));
		assertThat(browser.find(By.cssSelector("table.data-table tbody")).getText()).contains(product).contains("15/08/2025")
			.contains("Ngân sách huyện");
	}

}
