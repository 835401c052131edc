package vn.ocop.portal.ocop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.support.TransactionOperations;

import vn.ocop.portal.audit.AuditTrail;
import vn.ocop.portal.registry.OrganisationId;
import vn.ocop.portal.support.Officials;

/** OCOP subjects and products: codes, scope through the pages, validation, photos, story, demo data. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class OcopProductsIntegrationTests {

	private static final Authentication PROVINCE = Officials.provincialOfficer("Cán bộ tỉnh", "06");

	private static final Authentication BA_BE = Officials.localOfficer("Cán bộ Ba Bể", "061");

	private static final Authentication NGAN_SON = Officials.localOfficer("Cán bộ Ngân Sơn", "062");

	private static final Authentication DONG_TAM = Officials.organisationRepresentative("Đại diện Đồng Tâm", "HTX-DEMO-0001");

	private static final Pattern DEMO_CODE = Pattern.compile("06-0(58|60|61|62|63|64|65|66)-\\d{3}-20(19|20|21|22)");

	@Autowired
	MockMvc mvc;

	@Autowired
	OcopProducts products;

	@Autowired
	ProductCodes codes;

	@Autowired
	TransactionOperations transactions;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AuditTrail auditTrail;

	@Test
	void theDemoDataHasProductsOfTheEightDistrictsWithCodesOf2019To2022() {
		List<String> codes = jdbc.sql("SELECT code FROM ocop_product WHERE created_by = 'system' AND code IS NOT NULL ORDER BY id").query(String.class).list();
		assertThat(codes).hasSizeGreaterThanOrEqualTo(150).allMatch(code -> DEMO_CODE.matcher(code).matches());
		assertThat(codes.stream().map(code -> code.substring(3, 6)).distinct()).hasSize(8);
		assertThat(codes.stream().map(code -> code.substring(11)).distinct()).containsExactlyInAnyOrder("2019", "2020", "2021", "2022");
		assertThat(jdbc.sql("SELECT count(DISTINCT kind) FROM ocop_subject WHERE created_by = 'system'").query(Integer.class).single())
			.isEqualTo(4);
		assertThat(jdbc.sql("SELECT count(*) FROM ocop_subject WHERE organisation_id LIKE 'HTX-DEMO-%' AND created_by = 'system'")
			.query(Integer.class).single()).isEqualTo(72);
		SubjectView dongTam = products.subjectOf(new OrganisationId("HTX-DEMO-0001")).orElseThrow();
		assertThat(dongTam.name()).isEqualTo("Hợp tác xã Đồng Tâm");
		assertThat(products.productsOf(new OrganisationId("HTX-DEMO-0001")))
			.anySatisfy(product -> assertThat(product.status()).isEqualTo(ProductStatus.DRAFT))
			.anySatisfy(product -> assertThat(product.code()).startsWith("06-061-"));
		ProductView first = products.productByCode(codes.get(0)).orElseThrow();
		assertThat(first.subject().unitCode()).isNotBlank();
		assertThat(first.instrumentCode()).isEqualTo("148/2023");
	}

	@Test
	void codesFollowTheConfiguredFormatAndStayUniqueUnderConcurrentRegistrations() throws Exception {
		assertThat(codes.format("06", "061", 7, 2022)).isEqualTo("06-061-007-2022");
		UnitPlaces.Place place = new UnitPlaces.Place("01900", "Xã Cao Thượng", "06", "061", List.of("06", "061", "01900"));
		int registrations = 24;
		ExecutorService pool = Executors.newFixedThreadPool(8);
		try {
			List<Callable<String>> tasks = new ArrayList<>();
			for (int i = 0; i < registrations; i++) {
				tasks.add(() -> transactions.execute(status -> codes.next(place, 2091)));
			}
			Set<String> given = new HashSet<>();
			for (Future<String> future : pool.invokeAll(tasks)) {
				given.add(future.get());
			}
			assertThat(given).hasSize(registrations).contains("06-061-001-2091", "06-061-024-2091");
		}
		finally {
			pool.shutdown();
		}
	}

	@Test
	void gtinsAreCheckedByTheirCheckDigit() {
		assertThat(Gtin.isValid("4006381333931")).isTrue();
		assertThat(Gtin.isValid("12345670")).isTrue();
		assertThat(Gtin.isValid("4006381333932")).isFalse();
		assertThat(Gtin.isValid("12345678")).isFalse();
		assertThat(Gtin.isValid("400638133393")).isFalse();
		assertThat(Gtin.isValid("40063813339a1")).isFalse();
	}

	@Test
	void aLocalOfficerWorksOnTheirUnitsProductsAndIsRefusedAnotherUnits() throws Exception {
		long baBe = subject("Công ty TNHH Thử Cao Thượng", "01900");
		long nganSon = subject("Công ty TNHH Thử Thượng Ân", "01939");
		long nganSonProduct = product(nganSon, NGAN_SON, "Miến dong Thượng Ân thử", null);
		long baBeProduct = product(baBe, BA_BE, "Miến dong Cao Thượng thử", null);
		assertThat(products.product(baBeProduct).orElseThrow().code()).matches("06-061-\\d{3}-20\\d\\d");

		mvc.perform(get(OcopProductController.PRODUCTS + "/" + baBeProduct).with(authentication(BA_BE)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Miến dong Cao Thượng thử")));
		mvc.perform(get(OcopProductController.PRODUCTS + "/" + nganSonProduct).with(authentication(BA_BE)))
			.andExpect(status().isForbidden());
		mvc.perform(get(OcopProductController.PRODUCTS + "/" + nganSonProduct + "/edit").with(authentication(BA_BE)))
			.andExpect(status().isForbidden());
		mvc.perform(post(OcopProductController.PRODUCTS + "/" + nganSonProduct + "/edit").with(csrf()).with(authentication(BA_BE))
				.param("name", "Đổi tên").param("productSetCode", "TP-06"))
			.andExpect(status().isForbidden());
		mvc.perform(get(OcopProductController.SUBJECTS + "/" + nganSon).with(authentication(BA_BE)))
			.andExpect(status().isForbidden());
		mvc.perform(get(OcopProductController.PRODUCTS).param("q", "mien dong thuong an thu").with(authentication(BA_BE)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("Miến dong Thượng Ân thử"))));
		mvc.perform(get(OcopProductController.PRODUCTS).param("q", "mien dong cao thuong thu").with(authentication(BA_BE)))
			.andExpect(content().string(containsString("Miến dong Cao Thượng thử")));
		mvc.perform(post(OcopProductController.SUBJECTS + "/new").with(csrf()).with(authentication(BA_BE))
				.param("kind", "ENTERPRISE").param("name", "Công ty ngoài phạm vi").param("unitCode", "01939"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("nằm ngoài phạm vi quản lý của bạn")));
		assertThat(auditTrail.forEntity("OcopProduct", Long.toString(baBeProduct), AuditTrail.firstPage()).getContent())
			.extracting(entry -> entry.action()).containsExactly("CREATED");
	}

	@Test
	void aRepresentativeSeesOnlyTheirOrganisationsProductsAndChangesOnlyTheirDrafts() throws Exception {
		long dongTam = products.subjectOf(new OrganisationId("HTX-DEMO-0001")).orElseThrow().id();
		ProductView registered = products.productsOf(dongTam).stream().filter(p -> !p.draft()).findFirst().orElseThrow();
		long other = subject("Hộ kinh doanh Thử Đại Diện", "01900");
		long otherProduct = product(other, PROVINCE, "Chè thử ngoài tổ chức", null);

		mvc.perform(get(OcopProductController.PRODUCTS).with(authentication(DONG_TAM)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(registered.code())))
			.andExpect(content().string(not(containsString("Chè thử ngoài tổ chức"))));
		mvc.perform(get(OcopProductController.PRODUCTS + "/" + otherProduct).with(authentication(DONG_TAM)))
			.andExpect(status().isForbidden());
		mvc.perform(post(OcopProductController.PRODUCTS + "/" + registered.id() + "/edit").with(csrf()).with(authentication(DONG_TAM))
				.param("name", "Đổi tên").param("productSetCode", "TP-04"))
			.andExpect(status().isForbidden());
		mvc.perform(get(OcopProductController.SUBJECTS + "/new").with(authentication(DONG_TAM))).andExpect(status().isForbidden());

		long draft = product(dongTam, DONG_TAM, "Mật ong thử của đại diện", null);
		assertThat(products.product(draft).orElseThrow()).satisfies(p -> {
			assertThat(p.status()).isEqualTo(ProductStatus.DRAFT);
			assertThat(p.code()).isNull();
		});
		mvc.perform(post(OcopProductController.PRODUCTS + "/" + draft + "/edit").with(csrf()).with(authentication(DONG_TAM))
				.param("name", "Mật ong thử đã sửa").param("productSetCode", "TP-04"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(post(OcopProductController.PRODUCTS + "/" + draft + "/register").with(csrf()).with(authentication(DONG_TAM)))
			.andExpect(status().isForbidden());
		mvc.perform(post(OcopProductController.PRODUCTS + "/" + draft + "/register").with(csrf()).with(authentication(BA_BE)))
			.andExpect(status().is3xxRedirection());
		assertThat(products.product(draft).orElseThrow()).satisfies(p -> {
			assertThat(p.name()).isEqualTo("Mật ong thử đã sửa");
			assertThat(p.status()).isEqualTo(ProductStatus.REGISTERED);
			assertThat(p.code()).startsWith("06-061-");
		});
		mvc.perform(post(OcopProductController.PRODUCTS + "/" + draft + "/edit").with(csrf()).with(authentication(DONG_TAM))
				.param("name", "Sau khi đăng ký").param("productSetCode", "TP-04"))
			.andExpect(status().isForbidden());
	}

	@Test
	void theProductFormExplainsProblemsInVietnameseAndEnglish() throws Exception {
		long subject = subject("Trang trại Thử Biểu Mẫu", "01900");
		String path = OcopProductController.SUBJECTS + "/" + subject + "/products/new";
		mvc.perform(post(path).with(csrf()).with(authentication(PROVINCE))
				.param("name", "").param("productSetCode", "XX-99").param("gtin", "4006381333932"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Chưa lưu được: vui lòng sửa các mục sau.")))
			.andExpect(content().string(containsString("Tên: vui lòng nhập thông tin này.")))
			.andExpect(content().string(containsString("Bộ sản phẩm: không có bộ sản phẩm &quot;XX-99&quot;")))
			.andExpect(content().string(containsString("Mã số mã vạch (GTIN): mã &quot;4006381333932&quot; không phải mã GTIN hợp lệ")));
		mvc.perform(post(path).param("lang", "en").with(csrf()).with(authentication(PROVINCE))
				.param("name", "").param("productSetCode", "TP-06").param("gtin", "12345678"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Not saved yet: please correct the following.")))
			.andExpect(content().string(containsString("Name: please fill this in.")))
			.andExpect(content().string(containsString("Barcode number (GTIN): &quot;12345678&quot; is not a valid GTIN")));
		long valid = product(subject, PROVINCE, "Sản phẩm có GTIN thử", "4006381333931");
		assertThat(products.product(valid).orElseThrow().gtin()).isEqualTo("4006381333931");
	}

	@Test
	void photosAreRecognisedFromTheirBytesAndADisguisedFileIsRefused() throws Exception {
		long subject = subject("Công ty TNHH Thử Ảnh", "01900");
		long product = product(subject, BA_BE, "Sản phẩm có ảnh thử", null);
		String photos = OcopProductController.PRODUCTS + "/" + product + "/photos";
		mvc.perform(multipart(photos).file(new MockMultipartFile("photo", "anh.jpg", "image/jpeg",
				"<html><script>alert(1)</script></html>".getBytes())).with(csrf()).with(authentication(BA_BE)))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("problem", "ocop.photo.notImage"));
		assertThat(products.product(product).orElseThrow().photoIds()).isEmpty();

		byte[] png = new byte[] { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R' };
		mvc.perform(multipart(photos).file(new MockMultipartFile("photo", "anh.jpg", "image/jpeg", png))
				.with(csrf()).with(authentication(BA_BE)))
			.andExpect(flash().attribute("notice", "ocop.photo.added"));
		long photoId = products.product(product).orElseThrow().photoIds().get(0);
		mvc.perform(get(photos + "/" + photoId).with(authentication(BA_BE)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "image/png"))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"));
		mvc.perform(get(photos + "/" + photoId).with(authentication(NGAN_SON))).andExpect(status().isForbidden());
		mvc.perform(multipart(photos).file(new MockMultipartFile("photo", "lon.png", "image/png", new byte[3 * 1024 * 1024]))
				.with(csrf()).with(authentication(BA_BE)))
			.andExpect(flash().attribute("problem", "ocop.photo.tooLarge"));
	}

	@Test
	void scriptInAStoryIsNeutralisedOnTheDetailPage() throws Exception {
		long subject = subject("Công ty TNHH Thử Câu Chuyện", "01900");
		String path = OcopProductController.SUBJECTS + "/" + subject + "/products/new";
		MvcResult created = mvc.perform(post(path).with(csrf()).with(authentication(BA_BE))
				.param("name", "Sản phẩm câu chuyện thử").param("productSetCode", "TP-06")
				.param("story", "<p>Làm từ <b>dong riềng</b></p><script>alert('x')</script>"
						+ "<img src=x onerror=alert(2)><a href=\"javascript:alert(3)\">xem</a>"))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		mvc.perform(get(created.getResponse().getRedirectedUrl()).with(authentication(BA_BE)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<p>Làm từ <b>dong riềng</b></p>")))
			.andExpect(content().string(not(containsString("alert('x')"))))
			.andExpect(content().string(not(containsString("onerror"))))
			.andExpect(content().string(not(containsString("javascript:alert"))));
	}

	/** Records an enterprise-like subject through the form as the provincial officer. */
	private long subject(String name, String unitCode) throws Exception {
		String kind = name.startsWith("Hộ") ? "HOUSEHOLD_BUSINESS" : name.startsWith("Trang") ? "FARM" : "ENTERPRISE";
		MvcResult result = mvc.perform(post(OcopProductController.SUBJECTS + "/new").with(csrf()).with(authentication(PROVINCE))
				.param("kind", kind).param("name", name).param("unitCode", unitCode).param("taxCode", "4700123456")
				.param("representative", "Nguyễn Văn Thử").param("phone", "0209 3812 345"))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		String url = result.getResponse().getRedirectedUrl();
		return Long.parseLong(url.substring(url.lastIndexOf('/') + 1));
	}

	private long product(long subject, Authentication who, String name, String gtin) throws Exception {
		var request = post(OcopProductController.SUBJECTS + "/" + subject + "/products/new").with(csrf()).with(authentication(who))
			.param("name", name).param("productSetCode", "TP-06").param("packaging", "Gói 500 g");
		if (gtin != null) {
			request = request.param("gtin", gtin);
		}
		MvcResult result = mvc.perform(request).andExpect(status().is3xxRedirection()).andReturn();
		String url = result.getResponse().getRedirectedUrl();
		return Long.parseLong(url.substring(url.lastIndexOf('/') + 1));
	}

}
