package vn.ocop.portal.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.ocop.portal.support.Browser;

/**
 * The public statistics page in a real browser: a citizen opens "Thống kê" from the portal's menu,
 * chooses 2022, reads the headline figures in Vietnamese format, sees both charts with their text
 * alternatives, and downloads the open data as CSV and JSON, which parse and hold the same figures.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class StatisticsBrowserTests {

	@RegisterExtension
	static final Browser browser = new Browser();

	@LocalServerPort
	int port;

	@Test
	void aCitizenReadsThe2022FiguresSeesTheChartsAndDownloadsTheOpenData() throws Exception {
		browser.open(port, "/");
		browser.find(By.cssSelector("nav a[href='/thong-ke']")).click();
		browser.waitUntil(driver -> driver.getCurrentUrl().endsWith("/thong-ke"));
		new Select(browser.find(By.id("statistics-year"))).selectByValue("2022");
		browser.find(By.cssSelector(".reporting-statistics form button[type=submit]")).click();
		browser.waitUntil(driver -> driver.getCurrentUrl().contains("year=2022")
				&& "complete".equals(browser.script("return document.readyState")));

		assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Thống kê kinh tế tập thể và sản phẩm OCOP");
		assertThat(browser.find(By.cssSelector(".reporting-statistics")).getText()).contains("Tỉnh Bắc Kạn").contains("31/12/2022");
		List<String> values = texts(".stat-card__value");
		List<String> labels = texts(".stat-card__label");
		assertThat(labels).startsWith("Tổ hợp tác đang hoạt động", "Thành viên tổ hợp tác", "Hợp tác xã đang hoạt động",
				"Thành viên hợp tác xã", "Hợp tác xã thành lập mới");
		assertThat(values).startsWith("656", "7.210", "353", "3.600", "55");

		List<WebElement> charts = browser.driver().findElements(By.cssSelector("figure.report-chart"));
		assertThat(charts).hasSize(5);
		for (WebElement chart : charts) {
			WebElement image = chart.findElement(By.tagName("img"));
			String alternative = image.getDomAttribute("alt");
			assertThat(alternative).isNotBlank().isEqualTo(chart.findElement(By.tagName("figcaption")).getText());
			assertThat(((Number) browser.script("return arguments[0].complete ? arguments[0].naturalWidth : 0", image)).intValue())
				.as("the chart image is drawn").isGreaterThan(0);
		}
		assertThat(charts.get(0).findElement(By.tagName("img")).getDomAttribute("alt"))
			.isEqualTo("Biểu đồ 1. Tổ chức kinh tế tập thể đang hoạt động theo đơn vị hành chính năm 2022 — Tỉnh Bắc Kạn");

		String csvLink = browser.find(By.linkText("Tải CSV")).getDomProperty("href");
		String jsonLink = browser.find(By.linkText("Tải JSON")).getDomProperty("href");
		assertThat(csvLink).endsWith("/thong-ke/du-lieu.csv?year=2022");
		assertThat(jsonLink).endsWith("/thong-ke/du-lieu.json?year=2022");

		HttpResponse<String> csv = download(csvLink);
		assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/csv"));
		List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
			.parse(new StringReader(csv.body().replace("\ufeff", "")))
			.getRecords();
		assertThat(value(rows, "06", "THT_ACTIVE")).isEqualTo("656");
		assertThat(value(rows, "06", "THT_MEMBERS")).isEqualTo("7210");
		assertThat(rows).anySatisfy(row -> assertThat(row.get("unit_name")).isEqualTo("Huyện Ba Bể"));

		JsonNode json = JsonMapper.builder().build().readTree(download(jsonLink).body());
		assertThat(json.get("unit").asString()).isEqualTo("06");
		assertThat(json.get("year").asInt()).isEqualTo(2022);
		JsonNode members = null;
		for (JsonNode row : json.get("rows")) {
			if (row.get("unit_code").asString().equals("06") && row.get("indicator").asString().equals("HTX_MEMBERS")) {
				members = row;
			}
		}
		assertThat(members).isNotNull();
		assertThat(members.get("value").asInt()).isEqualTo(3600);
	}

	private static List<String> texts(String css) {
		return browser.driver().findElements(By.cssSelector(css)).stream().map(WebElement::getText).toList();
	}

	private static String value(List<CSVRecord> rows, String unit, String indicator) {
		return rows.stream()
			.filter(row -> row.get("unit_code").equals(unit) && row.get("indicator").equals(indicator))
			.map(row -> row.get("value"))
			.findFirst()
			.orElseThrow();
	}

	private static HttpResponse<String> download(String link) throws IOException, InterruptedException {
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(link)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		assertThat(response.statusCode()).isEqualTo(200);
		return response;
	}

}
