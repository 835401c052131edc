package vn.ocop.portal.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.ocop.portal.certification.Certificate;
import vn.ocop.portal.certification.CertificationManagement;
import vn.ocop.portal.certification.IssuerLevel;
import vn.ocop.portal.certification.RecognitionKind;
import vn.ocop.portal.certification.RevocationOrder;
import vn.ocop.portal.identity.ScopedUser;
import vn.ocop.portal.importing.ImportJobView;
import vn.ocop.portal.importing.ImportStatus;
import vn.ocop.portal.importing.Imports;
import vn.ocop.portal.registry.DissolutionKind;
import vn.ocop.portal.registry.OrganisationCorrected;
import vn.ocop.portal.registry.OrganisationDetails;
import vn.ocop.portal.registry.OrganisationId;
import vn.ocop.portal.registry.OrganisationKind;
import vn.ocop.portal.registry.RegistrationNumber;
import vn.ocop.portal.registry.RegistryManagement;
import vn.ocop.portal.registry.Sector;
import vn.ocop.portal.registry.TaxCode;
import vn.ocop.portal.support.OcopCertificateFixtures;
import vn.ocop.portal.support.Officials;
import vn.ocop.portal.support.TestNumbers;

/**
 * The page cache and what the registry, the certification and the importer publish (over real
 * HTTP, as an anonymous reader, with the version read on every request as the test configuration
 * sets it): a change made through a module's public face moves the page version in its
 * transaction, so the directory, catalogue and product pages kept in memory are rendered again
 * and show it at once; an import moves it once, whatever its number of rows; a rolled-back change
 * moves nothing.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class PublishedChangesPageCacheIntegrationTests {

	private static final ScopedUser PROVINCE = (ScopedUser) Officials.provincialOfficer("Cán bộ nhập liệu tỉnh", "06").getPrincipal();

	@LocalServerPort
	int port;

	@Autowired
	RegistryManagement registry;

	@Autowired
	CertificationManagement certification;

	@Autowired
	Imports imports;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	PlatformTransactionManager transactions;

	@TempDir
	Path folder;

	/** In every name of the test, ASCII so that a reader's search finds exactly this test's records. */
	private final String token = "zq" + Long.toString(System.nanoTime() % 1_000_000_000_000L, 36);

	private final long numbers = TestNumbers.block();

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void aCooperativeDissolvedByAnOfficerLeavesTheCachedDirectoryAtOnce() throws Exception {
		OrganisationId id = asOfficer(() -> registry.register(OrganisationKind.HTX, details("Hợp tác xã Sao Mai", 1)));
		String list = "/hop-tac-xa?q=" + token;
		assertThat(cached(list).body()).contains("Hợp tác xã Sao Mai " + token);

		asOfficer(() -> {
			registry.dissolve(id, LocalDate.of(2025, 2, 1), "15/QĐ-UBND", LocalDate.of(2025, 1, 20), DissolutionKind.VOLUNTARY);
			return null;
		});

		HttpResponse<String> after = get(list);
		assertThat(after.headers().firstValue(PageCacheFilter.STATUS_HEADER)).isNotEqualTo(Optional.of("HIT"));
		assertThat(after.body()).doesNotContain("Hợp tác xã Sao Mai " + token);
	}

	@Test
	void aCorrectedNameShowsOnTheCachedProfileAndASuspensionTakesItDown() throws Exception {
		OrganisationId id = asOfficer(() -> registry.register(OrganisationKind.HTX, details("Hợp tác xã Bản Cám", 2)));
		String profile = "/hop-tac-xa/" + id.value().toLowerCase(java.util.Locale.ROOT);
		assertThat(Jsoup.parse(cached(profile).body()).selectFirst("h1").text()).isEqualTo("Hợp tác xã Bản Cám " + token);

		asOfficer(() -> registry.correct(id, details("Hợp tác xã Nông sản Bản Cám", 2)));

		assertThat(Jsoup.parse(get(profile).body()).selectFirst("h1").text()).isEqualTo("Hợp tác xã Nông sản Bản Cám " + token);
		cached(profile);

		asOfficer(() -> {
			registry.suspend(id, LocalDate.of(2025, 3, 1), "Thiếu vốn lưu động");
			return null;
		});

		// the directory shows operating organisations only: the kept profile is not served any more
		assertThat(get(profile).statusCode()).isEqualTo(404);
	}

	@Test
	void aRevokedCertificatesProductLeavesTheCachedCatalogueAtOnce() throws Exception {
		OcopCertificateFixtures fixtures = new OcopCertificateFixtures(jdbc, certification);
		long product = fixtures.registerProduct("Mật ong bạc hà", "061", null, "TP-04");
		Certificate certificate = fixtures.recognise(product, 3, RecognitionKind.FIRST_TIME, certification.today().minusMonths(2));
		String catalogue = "/san-pham-ocop?q=" + fixtures.token.toLowerCase(java.util.Locale.ROOT);
		assertThat(cached(catalogue).body()).contains("Mật ong bạc hà " + fixtures.token);

		certification.revoke(certificate.number(), new RevocationOrder("26-2026-8-1-b", certification.today().minusDays(3),
				IssuerLevel.PROVINCE, "21/" + fixtures.token, certification.today(), "Không còn đáp ứng tiêu chí"));

		HttpResponse<String> after = get(catalogue);
		assertThat(after.headers().firstValue(PageCacheFilter.STATUS_HEADER)).isNotEqualTo(Optional.of("HIT"));
		assertThat(after.body()).doesNotContain("Mật ong bạc hà " + fixtures.token);
	}

	@Test
	void anUpgradeShowsTheNewStarOnTheCachedProductPageAtOnce() throws Exception {
		OcopCertificateFixtures fixtures = new OcopCertificateFixtures(jdbc, certification);
		long product = fixtures.registerProduct("Miến dong Na Rì", "061", null, "TP-06");
		Certificate first = fixtures.recognise(product, 3, RecognitionKind.FIRST_TIME, certification.today().minusMonths(14));
		String page = "/san-pham-ocop/" + first.productCode();
		assertThat(Jsoup.parse(cached(page).body()).selectFirst(".stars").text()).isEqualTo("Sản phẩm OCOP 3 sao");

		fixtures.recognise(product, 4, RecognitionKind.UPGRADE, certification.today().minusDays(1));

		assertThat(Jsoup.parse(get(page).body()).selectFirst(".stars").text()).isEqualTo("Sản phẩm OCOP 4 sao");
	}

	@Test
	void anImportOfManyOrganisationsMovesTheVersionOnceAndShowsThemOnTheCachedDirectory() throws Exception {
		String list = "/hop-tac-xa?q=" + token;
		assertThat(cached(list).body()).doesNotContain("Hợp tác xã nhập " + token);
		Path csv = folder.resolve("to-chuc.csv");
		List<String> lines = new ArrayList<>(List.of("Mã,Loại,Tên,Số đăng ký,Mã số thuế,Ngày đăng ký,Cơ quan đăng ký,Mã đơn vị,"
				+ "Địa chỉ,Ngành,Người đại diện,Điện thoại,Email,Trạng thái,Lý do tạm ngừng"));
		for (int i = 1; i <= 40; i++) {
			lines.add(String.join(",", "%s-%02d".formatted(token.toUpperCase(java.util.Locale.ROOT), i), "HTX",
					"Hợp tác xã nhập " + token + " số " + i, Long.toString(numbers + i), Long.toString(numbers + i), "02/01/2023",
					"UBND huyện", "061", "Thôn " + i, "AGRICULTURE", "Người đại diện " + i, "0209 387 6" + "%03d".formatted(i), "",
					"OPERATING", ""));
		}
		Files.write(csv, lines, StandardCharsets.UTF_8);
		long before = version();

		ImportJobView job = imports.importNow(csv, "to-chuc", PROVINCE);

		assertThat(job.status()).isEqualTo(ImportStatus.SUCCEEDED);
		assertThat(version()).isEqualTo(before + 1);
		HttpResponse<String> after = get(list);
		assertThat(after.headers().firstValue(PageCacheFilter.STATUS_HEADER)).isNotEqualTo(Optional.of("HIT"));
		assertThat(after.body()).contains("Hợp tác xã nhập " + token + " số 1");
	}

	@Test
	void eventsOfOneTransactionMoveTheVersionOnceAtItsCommitAndNothingWhenItRollsBack() {
		TransactionTemplate transaction = new TransactionTemplate(transactions);
		long before = version();

		transaction.executeWithoutResult(status -> {
			events.publishEvent(new OrganisationCorrected(new OrganisationId("HTX-DEMO-0001")));
			events.publishEvent(new OrganisationCorrected(new OrganisationId("HTX-DEMO-0002")));
			assertThat(version()).as("not before the commit").isEqualTo(before);
		});
		assertThat(version()).isEqualTo(before + 1);

		transaction.executeWithoutResult(status -> {
			events.publishEvent(new OrganisationCorrected(new OrganisationId("HTX-DEMO-0001")));
			status.setRollbackOnly();
		});
		assertThat(version()).isEqualTo(before + 1);
	}

	private long version() {
		return jdbc.sql("SELECT version FROM portal_page_version WHERE id = 1").query(Long.class).single();
	}

	private OrganisationDetails details(String name, long n) {
		long number = numbers + 100 + n;
		return new OrganisationDetails(name + " " + token, new RegistrationNumber("DB" + number),
				new TaxCode(Long.toString(number)), LocalDate.of(2024, 3, 1), "Phòng Tài chính - Kế hoạch", "01888",
				"Thôn Bản Cám", Sector.AGRICULTURE, "Nguyễn Văn Riêng", "Giám đốc", "0912 000 111", "rieng@example.vn");
	}

	/** The page as an anonymous reader gets it the second time: from the node's memory. */
	private HttpResponse<String> cached(String path) throws IOException, InterruptedException {
		get(path);
		HttpResponse<String> again = get(path);
		assertThat(again.statusCode()).isEqualTo(200);
		assertThat(again.headers().firstValue(PageCacheFilter.STATUS_HEADER)).contains("HIT");
		return again;
	}

	private HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private static <T> T asOfficer(Supplier<T> call) {
		return Officials.as(Officials.provincialOfficer("Cán bộ tỉnh", "06"), call);
	}

}
