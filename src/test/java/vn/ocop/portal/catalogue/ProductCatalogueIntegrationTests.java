package vn.ocop.portal.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.ocop.portal.certification.Certificate;
import vn.ocop.portal.certification.CertificationManagement;
import vn.ocop.portal.certification.RecognitionKind;
import vn.ocop.portal.certification.RevocationOrder;
import vn.ocop.portal.certification.IssuerLevel;
import vn.ocop.portal.support.MovableClock;
import vn.ocop.portal.support.OcopCertificateFixtures;

/**
 * The public OCOP catalogue over MockMvc on a real database: filters and search without
 * diacritics, the product page with JSON-LD, the QR targets, the verification page as time passes.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@Import(MovableClock.Configuration.class)
class ProductCatalogueIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	CertificationManagement management;

	@Autowired
	MovableClock clock;

	OcopCertificateFixtures fixtures;

	@BeforeEach
	void fixtures() {
		fixtures = new OcopCertificateFixtures(jdbc, management);
	}

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void theCatalogueListsValidCertificatesFilteredByStarGroupSetUnitAndWordsWithoutDiacritics() throws Exception {
		LocalDate recent = clock.today().minusMonths(2);
		long honey = fixtures.registerProduct("Mật ong hoa rừng Đồng Văn", "061", null, "TP-04");
		fixtures.recognise(honey, 4, RecognitionKind.FIRST_TIME, recent);
		long tea = fixtures.registerProduct("Chè Shan tuyết Khau Ca", "062", null, "TP-11");
		fixtures.recognise(tea, 3, RecognitionKind.FIRST_TIME, recent);
		long scarf = fixtures.registerProduct("Khăn thổ cẩm Đồng Văn", "061", null, "TC-02");
		fixtures.recognise(scarf, 3, RecognitionKind.FIRST_TIME, recent);
		long expired = fixtures.registerProduct("Mật ong bạc hà Đồng Văn", "061", null, "TP-04");
		fixtures.recognise(expired, 3, RecognitionKind.FIRST_TIME, LocalDate.of(2019, 1, 10));
		long revoked = fixtures.registerProduct("Mật ong cỏ Đồng Văn", "061", null, "TP-04");
		Certificate gone = fixtures.recognise(revoked, 3, RecognitionKind.FIRST_TIME, recent);
		management.revoke(gone.number(), new RevocationOrder("26-2026-8-1-b", recent, IssuerLevel.PROVINCE, "9/" + fixtures.token,
				recent.plusDays(3), "Không còn đáp ứng tiêu chí"));
		String token = fixtures.token.toLowerCase();

		assertThat(names(get("/san-pham-ocop").param("q", "dong van " + token))).containsExactly(
				"Khăn thổ cẩm Đồng Văn " + fixtures.token, "Mật ong hoa rừng Đồng Văn " + fixtures.token);
		assertThat(names(get("/san-pham-ocop").param("q", token))).containsExactly("Chè Shan tuyết Khau Ca " + fixtures.token,
				"Khăn thổ cẩm Đồng Văn " + fixtures.token, "Mật ong hoa rừng Đồng Văn " + fixtures.token);
		assertThat(names(get("/san-pham-ocop").param("q", token).param("sao", "4")))
			.containsExactly("Mật ong hoa rừng Đồng Văn " + fixtures.token);
		assertThat(names(get("/san-pham-ocop").param("q", token).param("nhom", "TC")))
			.containsExactly("Khăn thổ cẩm Đồng Văn " + fixtures.token);
		assertThat(names(get("/san-pham-ocop").param("q", token).param("bo", "TP-11")))
			.containsExactly("Chè Shan tuyết Khau Ca " + fixtures.token);
		assertThat(names(get("/san-pham-ocop").param("q", token).param("don-vi", "062")))
			.containsExactly("Chè Shan tuyết Khau Ca " + fixtures.token);
		assertThat(names(get("/san-pham-ocop"))).isNotEmpty().hasSizeLessThanOrEqualTo(20);
	}

	@Test
	void theProductPageShowsHolderStarValidityAndSchemaOrgMetadataAndTheQrTargetsRedirectToIt() throws Exception {
		String gtin = OcopCertificateFixtures.gtin13("893" + String.format("%09d", System.nanoTime() % 1_000_000_000L));
		long product = fixtures.registerProduct("Miến dong Na Rì", "061", gtin, "TP-06");
		Certificate certificate = fixtures.recognise(product, 4, RecognitionKind.FIRST_TIME, clock.today().minusDays(10));
		String path = "/san-pham-ocop/" + certificate.productCode();

		Document page = Jsoup.parse(mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
		assertThat(page.selectFirst("h1").text()).isEqualTo("Miến dong Na Rì " + fixtures.token);
		assertThat(page.selectFirst(".stars").text()).isEqualTo("Sản phẩm OCOP 4 sao");
		assertThat(page.selectFirst(".certificate-status").text()).isEqualTo("Còn hiệu lực");
		assertThat(page.selectFirst(".qr-path").text()).isEqualTo("/01/" + gtin);
		String jsonLd = page.selectFirst("script[type=application/ld+json]").data();
		assertThat(jsonLd).contains("\"@type\":\"Product\"", "\"gtin\":\"" + gtin + "\"", "Sản phẩm OCOP 4 sao");

		mvc.perform(get("/01/" + gtin)).andExpect(status().isFound()).andExpect(header().string("Location", path));
		mvc.perform(get("/ocop/" + certificate.productCode())).andExpect(status().isFound())
			.andExpect(header().string("Location", path));
		mvc.perform(get("/01/00000000")).andExpect(status().isNotFound());
	}

	@Test
	void theVerificationPageShowsACertificateValidAndThirtySixMonthsLaterExpired() throws Exception {
		LocalDate issued = clock.today().minusDays(5);
		long product = fixtures.registerProduct("Cao giảo cổ lam", "061", null, "DL-01");
		Certificate certificate = fixtures.recognise(product, 3, RecognitionKind.FIRST_TIME, issued);
		String path = "/xac-minh-chung-nhan/" + certificate.number();

		Document valid = page(get(path));
		assertThat(valid.selectFirst(".verify-result").text()).isEqualTo("Giấy chứng nhận còn hiệu lực");
		assertThat(valid.selectFirst(".holder").text()).isNotBlank();
		assertThat(valid.select(".product-link")).isNotEmpty();

		clock.set(issued.plusMonths(36));
		Document expired = page(get(path));
		assertThat(expired.selectFirst(".verify-result").text()).isEqualTo("Giấy chứng nhận không còn hiệu lực");
		assertThat(expired.selectFirst(".certificate-status").text()).startsWith("Hết hiệu lực");
		assertThat(expired.select(".product-link")).isEmpty();
		mvc.perform(get("/san-pham-ocop/" + certificate.productCode())).andExpect(status().isNotFound());

		assertThat(page(get("/xac-minh-chung-nhan/CN-KHONG-CO")).selectFirst(".verify-not-found").text())
			.isEqualTo("Không có giấy chứng nhận số CN-KHONG-CO.");
	}

	@Test
	void theSitemapAndTheSiteSearchIncludeCertifiedProducts() throws Exception {
		long product = fixtures.registerProduct("Tinh dầu quế", "061", null, "DL-03");
		Certificate certificate = fixtures.recognise(product, 3, RecognitionKind.FIRST_TIME, clock.today().minusDays(1));
		String search = mvc.perform(get("/tim-kiem").param("q", "tinh dau que " + fixtures.token.toLowerCase()))
			.andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(search).contains("/san-pham-ocop/" + certificate.productCode());
	}

	private Document page(MockHttpServletRequestBuilder request) throws Exception {
		return Jsoup.parse(mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
	}

	private java.util.List<String> names(MockHttpServletRequestBuilder request) throws Exception {
		return page(request).select("table.data-table tbody tr td:first-child a").eachText();
	}

}
