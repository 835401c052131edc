package vn.ocop.portal.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.ocop.portal.registry.OrganisationId;
import vn.ocop.portal.registry.OrganisationKind;
import vn.ocop.portal.registry.RegistryManagement;
import vn.ocop.portal.registry.Sector;

/**
 * The public directory over real HTTP, without signing in, as a citizen sees it: operating
 * cooperatives and unions only, filters by unit, sector, kind and words without diacritics, in
 * Vietnamese order; profiles with the registered facts and members but no personal data.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class DirectoryIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	RegistryManagement management;

	final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	DirectoryFixtures fixtures;

	long bn;

	long an;

	OrganisationId anhSao;

	OrganisationId binhMinh;

	OrganisationId union;

	OrganisationId group;

	OrganisationId dissolved;

	@BeforeEach
	void registerOrganisations() {
		fixtures = new DirectoryFixtures(management);
		bn = DirectoryFixtures.unique();
		an = DirectoryFixtures.unique();
		// Ba Bể's commune 01888 lies in Thái Nguyên's commune 01912 since 1/7/2025; 01939 was Ngân Sơn's
		binhMinh = fixtures.register(OrganisationKind.HTX, "Hợp tác xã Bình Minh", "01939", Sector.TRADE_SERVICES_OTHER, bn);
		anhSao = fixtures.register(OrganisationKind.HTX, "Hợp tác xã Ánh Sao", "01888", Sector.AGRICULTURE, an);
		union = fixtures.register(OrganisationKind.LHHTX, "Liên hiệp hợp tác xã Chợ Rã", "01888", Sector.AGRICULTURE,
				DirectoryFixtures.unique());
		group = fixtures.register(OrganisationKind.THT, "Tổ hợp tác Ánh Dương", "01888", Sector.AGRICULTURE,
				DirectoryFixtures.unique());
		dissolved = fixtures.register(OrganisationKind.HTX, "Hợp tác xã Ánh Trăng", "01888", Sector.AGRICULTURE,
				DirectoryFixtures.unique());
		fixtures.dissolve(dissolved);
		fixtures.join(union, anhSao);
		fixtures.report(anhSao, 2024, 7, 0);
	}

	@Test
	void aCitizenFindsTheOperatingCooperativesAndUnionsInVietnameseOrderWithoutDiacritics() {
		Document page = page("/hop-tac-xa?q=" + encode("hop tac xa binh minh " + fixtures.typedToken()));
		assertThat(names(page)).containsExactly(name("Hợp tác xã Bình Minh"));

		Document all = page("/hop-tac-xa?q=" + encode(fixtures.typedToken()));
		assertThat(names(all)).as("groups and dissolved organisations are not listed")
			.containsExactly(name("Hợp tác xã Ánh Sao"), name("Hợp tác xã Bình Minh"), name("Liên hiệp hợp tác xã Chợ Rã"));
		assertThat(all.selectFirst("h1").text()).isEqualTo("Hợp tác xã và liên hiệp hợp tác xã đang hoạt động");
		assertThat(all.selectFirst("p.result-count").text()).isEqualTo("Có 3 tổ chức đang hoạt động.");
		assertThat(all.select("label[for=directory-q]").text()).isEqualTo("Tên, số đăng ký hoặc mã số thuế");
		assertThat(all.html()).doesNotContain(DirectoryFixtures.representative(an), DirectoryFixtures.phone(an),
				DirectoryFixtures.email(an), "Ánh Dương", "Ánh Trăng");

		assertThat(names(page("/hop-tac-xa?nganh=TRADE_SERVICES_OTHER&q=" + encode(fixtures.typedToken()))))
			.containsExactly(name("Hợp tác xã Bình Minh"));
		assertThat(names(page("/hop-tac-xa?loai=LHHTX&q=" + encode(fixtures.typedToken()))))
			.containsExactly(name("Liên hiệp hợp tác xã Chợ Rã"));
	}

	@Test
	void theUnitFilterTakesAProvinceThenOneOfItsCurrentCommunes() {
		Document province = page("/hop-tac-xa?tinh=19&q=" + encode(fixtures.typedToken()));
		assertThat(province.select("#directory-unit option[value=01912]").text()).isNotEmpty();
		assertThat(province.select("label[for=directory-unit]").text()).isEqualTo("Xã, phường, đặc khu");

		Document commune = page("/hop-tac-xa?tinh=19&don-vi=01912&q=" + encode(fixtures.typedToken()));
		assertThat(names(commune)).containsExactly(name("Hợp tác xã Ánh Sao"), name("Liên hiệp hợp tác xã Chợ Rã"));
		assertThat(commune.select("#directory-unit option[selected]").val()).isEqualTo("01912");
		assertThat(commune.selectFirst("p.result-count").text()).contains("Thái Nguyên");

		Document elsewhere = page("/hop-tac-xa?tinh=01&q=" + encode(fixtures.typedToken()));
		assertThat(names(elsewhere)).isEmpty();
		Document wrong = page("/hop-tac-xa?tinh=19&don-vi=00004&q=" + encode(fixtures.typedToken()));
		assertThat(wrong.select("[role=alert]").text()).contains("không thuộc tỉnh, thành phố này");
		assertThat(names(wrong)).hasSize(3);
	}

	@Test
	void aProfileShowsTheRegisteredFactsMembersAndUnionButNoPersonalData() throws Exception {
		String slug = anhSao.value().toLowerCase(Locale.ROOT);
		HttpResponse<String> answer = get("/hop-tac-xa/" + slug);
		assertThat(answer.statusCode()).isEqualTo(200);
		Document profile = Jsoup.parse(answer.body());
		assertThat(profile.selectFirst("h1").text()).isEqualTo(name("Hợp tác xã Ánh Sao"));
		String text = profile.text();
		assertThat(text).contains("DB" + an, "Hợp tác xã (HTX)", "01/03/2024", "Thái Nguyên", "Thôn Bản Cám",
				"Nông nghiệp (gồm lâm nghiệp, thủy sản, diêm nghiệp)", "Đang hoạt động", "Theo báo cáo năm 2024",
				"Tổng số thành viên 10", "Thành viên chính thức 7");
		assertThat(profile.select("a[href=/hop-tac-xa/" + union.value().toLowerCase(Locale.ROOT) + "]").text())
			.isEqualTo(name("Liên hiệp hợp tác xã Chợ Rã"));
		assertThat(answer.body()).doesNotContain(DirectoryFixtures.representative(an), DirectoryFixtures.phone(an),
				DirectoryFixtures.email(an), "Giám đốc");

		Document unionPage = page("/hop-tac-xa/" + union.value().toLowerCase(Locale.ROOT));
		assertThat(unionPage.select("a[href=/hop-tac-xa/" + slug + "]").text()).isEqualTo(name("Hợp tác xã Ánh Sao"));

		HttpResponse<String> byNumber = get("/hop-tac-xa/db" + an);
		assertThat(byNumber.statusCode()).isEqualTo(301);
		assertThat(byNumber.headers().firstValue("Location").orElseThrow()).endsWith("/hop-tac-xa/" + slug);
		assertThat(get("/hop-tac-xa/" + dissolved.value().toLowerCase(Locale.ROOT)).statusCode()).isEqualTo(404);
		assertThat(get("/hop-tac-xa/" + group.value().toLowerCase(Locale.ROOT)).statusCode()).isEqualTo(404);
		assertThat(get("/hop-tac-xa/khong-co-to-chuc-nay").statusCode()).isEqualTo(404);
	}

	@Test
	void theSiteSearchAndTheHomePageLeadToTheDirectory() {
		Document results = page("/tim-kiem?q=" + encode("anh sao " + fixtures.typedToken()));
		assertThat(results.select("a[href=/hop-tac-xa/" + anhSao.value().toLowerCase(Locale.ROOT) + "]").text())
			.isEqualTo(name("Hợp tác xã Ánh Sao"));
		assertThat(results.text()).contains("Hợp tác xã và liên hiệp hợp tác xã (1)").doesNotContain("Ánh Trăng");

		Document home = page("/");
		assertThat(home.select("nav a[href=/hop-tac-xa]").text()).isEqualTo("Hợp tác xã");
		assertThat(home.select(".tiles a[href=/hop-tac-xa]").text()).contains("Danh bạ hợp tác xã");
		assertThat(page("/hop-tac-xa?lang=en").selectFirst("h1").text())
			.isEqualTo("Operating cooperatives and unions of cooperatives");
	}

	private String name(String prefix) {
		return prefix + " " + fixtures.token;
	}

	private static List<String> names(Document page) {
		return page.select("table.data-table tbody tr td:first-child a").stream().map(Element::text).toList();
	}

	private Document page(String path) {
		HttpResponse<String> answer = get(path);
		assertThat(answer.statusCode()).as(path).isEqualTo(200);
		return Jsoup.parse(answer.body());
	}

	private HttpResponse<String> get(String path) {
		try {
			return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
				.header("Accept", "text/html").GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
