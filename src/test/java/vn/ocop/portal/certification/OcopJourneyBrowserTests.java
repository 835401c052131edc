package vn.ocop.portal.certification;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.stream.Collectors;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;

import vn.ocop.portal.ocop.EvaluationWalk;
import vn.ocop.portal.support.Browser;
import vn.ocop.portal.support.MovableClock;
import vn.ocop.portal.support.OcopCertificateFixtures;

/**
 * Issue 4's journey in a real browser, end to end: a product of Hợp tác xã Đồng Tâm is filed by its
 * representative, checked by the commune, sent to the council by the province and scored
 * ({@link EvaluationWalk}); the province's officer opens the round's results, records the
 * recognition decision, and the certificate is issued: its PDF (downloaded and read) is in
 * Vietnamese with a QR code of the verification page, which says valid and leads to the public
 * product page (also reached by the pack's QR targets); 36 months later it says expired.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Import(MovableClock.Configuration.class)
class OcopJourneyBrowserTests {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	@RegisterExtension
	static final Browser browser = new Browser();

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

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
	void aProductGoesFromTheSubjectsFilingToAVerifiedCertificateThatExpiresAfter36Months() throws Exception {
		OcopCertificateFixtures fixtures = new OcopCertificateFixtures(jdbc, management);
		String gtin = OcopCertificateFixtures.gtin13("893" + "%09d".formatted(System.nanoTime() % 1_000_000_000L));
		String name = "Gạo Bao Thai Đồng Tâm";
		long product = fixtures.registerProductOf("HTX-DEMO-0001", name, gtin, "TP-01");
		EvaluationWalk walk = new EvaluationWalk(browser, port, context);
		long application = walk.fromFilingToCouncilResult(product);
		assertThat(browser.find(By.cssSelector(".ocop-application-state")).getText()).isEqualTo("Chờ quyết định công nhận");
		int star = walk.starOf(application);

		// the province's officer decides on the round's results
		browser.driver().manage().deleteAllCookies();
		walk.signIn("canbo.tinh");
		browser.find(By.linkText("Quyết định và giấy chứng nhận OCOP")).click();
		walk.submit(browser.find(By.id("decide-rounds")));
		assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Đợt đánh giá chờ quyết định công nhận");
		browser.open(port, "/backoffice/certification/rounds/" + walk.roundOf(application));
		assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Quyết định công nhận đợt 2/2026");
		browser.script("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();",
				browser.find(By.id("recognise-" + application)));
		LocalDate issued = clock.today();
		String number = "15" + fixtures.token + "/QĐ-UBND";
		walk.fill("round-decision-number", number);
		walk.fill("round-decision-signedOn", DATE.format(issued));
		walk.fill("round-decision-issuer", "Chủ tịch UBND tỉnh Bắc Kạn");
		walk.submit(browser.find(By.id("record-round-decision")));
		assertThat(browser.find(By.cssSelector(".alert--success")).getText())
			.isEqualTo("Đã ghi quyết định và kết thúc các hồ sơ của đợt.");
		Certificate certificate = management.currentCertificateOf(product).orElseThrow();
		walk.submit(browser.find(By.linkText(certificate.number())));
		assertThat(certificate.star()).isEqualTo(star);

		// the printed certificate, downloaded with the officer's session
		String pdfPath = browser.find(By.cssSelector("a[href$='/certificate.pdf']")).getDomAttribute("href");
		String cookies = browser.driver().manage().getCookies().stream()
			.map(cookie -> cookie.getName() + "=" + cookie.getValue())
			.collect(Collectors.joining("; "));
		HttpResponse<byte[]> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + pdfPath)).header("Cookie", cookies).build(),
					HttpResponse.BodyHandlers.ofByteArray());
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/pdf");
		String verification;
		try (PDDocument document = Loader.loadPDF(response.body())) {
			String text = new PDFTextStripper().getText(document);
			assertThat(text).contains("GIẤY CHỨNG NHẬN", "SẢN PHẨM OCOP ĐẠT " + star + " SAO", name + " " + fixtures.token,
					"Ngày cấp: " + DATE.format(issued), "Có giá trị đến hết ngày: " + DATE.format(issued.plusMonths(36).minusDays(1)),
					"Chủ tịch UBND tỉnh Bắc Kạn", number);
			verification = qrCode(document);
		}
		assertThat(verification).endsWith("/xac-minh-chung-nhan/" + certificate.number());

		// a consumer follows the QR code: valid, and on to the product's public page
		browser.driver().manage().deleteAllCookies();
		browser.open(port, URI.create(verification).getPath());
		assertThat(browser.find(By.cssSelector(".verify-result")).getText()).isEqualTo("Giấy chứng nhận còn hiệu lực");
		browser.find(By.cssSelector("a.product-link")).click();
		browser.waitUntil(driver -> driver.getCurrentUrl().endsWith("/san-pham-ocop/" + certificate.productCode()));
		assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo(name + " " + fixtures.token);
		assertThat(browser.find(By.cssSelector(".certificate-status")).getText()).isEqualTo("Còn hiệu lực");
		// the pack's QR targets lead to the same page
		browser.open(port, "/01/" + gtin);
		browser.waitUntil(driver -> driver.getCurrentUrl().endsWith("/san-pham-ocop/" + certificate.productCode()));
		browser.open(port, "/ocop/" + certificate.productCode());
		browser.waitUntil(driver -> driver.getCurrentUrl().endsWith("/san-pham-ocop/" + certificate.productCode()));

		// 36 months after the issue, without a re-rating, the verification page says expired
		clock.set(issued.plusMonths(36));
		browser.open(port, URI.create(verification).getPath());
		assertThat(browser.find(By.cssSelector(".verify-result")).getText()).isEqualTo("Giấy chứng nhận không còn hiệu lực");
		assertThat(browser.find(By.cssSelector(".certificate-status")).getText()).startsWith("Hết hiệu lực");
	}

	private static String qrCode(PDDocument document) throws Exception {
		PDResources resources = document.getPage(0).getResources();
		BufferedImage qr = null;
		for (COSName name : resources.getXObjectNames()) {
			if (resources.getXObject(name) instanceof PDImageXObject image) {
				qr = image.getImage();
			}
		}
		assertThat(qr).isNotNull();
		int[] pixels = qr.getRGB(0, 0, qr.getWidth(), qr.getHeight(), null, 0, qr.getWidth());
		return new QRCodeReader()
			.decode(new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(qr.getWidth(), qr.getHeight(), pixels))))
			.getText();
	}

}
