package vn.ocop.portal.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The demo accounts on the demo registry, signed in through the real login page over real HTTP:
 * the Ba Bể officer sees Ba Bể's organisations and is refused Ngân Sơn's, page and API alike; the
 * Đồng Tâm representative sees only Đồng Tâm; the editor sees nothing.
 */
@RegistryIntegrationTest
class RegistryDemoAccountsIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void canboBabeSeesBaBesOrganisationsAndIsRefusedNganSonsOnPagesAndApi() {
		DemoAccountSession babe = DemoAccountSession.signIn(port, "canbo.babe");
		String nganSon = demoOrganisationIn("062");

		assertThat(babe.page("/backoffice/registry/HTX-DEMO-0001").statusCode()).isEqualTo(200);
		assertThat(babe.json("/api/v1/organisations/HTX-DEMO-0001").statusCode()).isEqualTo(200);
		assertThat(babe.page("/backoffice/registry/" + nganSon).statusCode()).isEqualTo(403);
		assertThat(babe.json("/api/v1/organisations/" + nganSon).statusCode()).isEqualTo(403);
		assertThat(babe.json("/api/v1/organisations/" + nganSon + "/annual-updates/2022").statusCode()).isEqualTo(403);

		HttpResponse<String> list = babe.json("/api/v1/organisations?q=demo&size=1");
		assertThat(list.statusCode()).isEqualTo(200);
		assertThat(list.body()).contains("\"totalElements\":" + demoOrganisationsLyingIn("061"));
		HttpResponse<String> page = babe.page("/backoffice/registry?q=" + nganSon);
		assertThat(Jsoup.parse(page.body()).select("tr[data-organisation]").eachAttr("data-organisation"))
			.doesNotContain(nganSon)
			.allSatisfy(code -> assertThat(babe.page("/backoffice/registry/" + code).statusCode()).isEqualTo(200));
	}

	@Test
	void htxDongtamSeesOnlyItsOwnCooperative() {
		DemoAccountSession dongTam = DemoAccountSession.signIn(port, "htx.dongtam");

		HttpResponse<String> list = dongTam.page("/backoffice/registry");
		assertThat(Jsoup.parse(list.body()).select("tr[data-organisation]").eachAttr("data-organisation"))
			.containsExactly("HTX-DEMO-0001");
		assertThat(dongTam.page("/backoffice/registry/HTX-DEMO-0001").body()).contains("Hợp tác xã Đồng Tâm");
		assertThat(dongTam.page("/backoffice/registry/" + demoOrganisationIn("061")).statusCode()).isEqualTo(403);
		assertThat(dongTam.json("/api/v1/organisations").body()).contains("\"totalElements\":1");
		assertThat(dongTam.json("/api/v1/organisations/HTX-DEMO-0001/annual-updates/2022").statusCode()).isEqualTo(200);
		assertThat(dongTam.page("/backoffice/registry/HTX-DEMO-0001/edit").statusCode()).isEqualTo(403);
	}

	@Test
	void canboTinhsListCountsTwentyPagesAheadAndTheLastPageExactly() {
		DemoAccountSession tinh = DemoAccountSession.signIn(port, "canbo.tinh");
		String api = tinh.json("/api/v1/organisations?size=1").body();
		long total = Long.parseLong(api.replaceAll("(?s).*\"totalElements\":(\\d+).*", "$1"));
		assertThat(total).as("the demo province 06 holds more than 21 pages").isGreaterThan(525);

		Document first = Jsoup.parse(tinh.page("/backoffice/registry").body());
		assertThat(first.selectFirst("p.result-count").text()).startsWith("Hơn 525 tổ chức (ngày ");
		assertThat(first.selectFirst("nav.pagination span").text()).isEqualTo("Trang 1 / hơn 21");
		assertThat(first.select("nav.pagination a[rel=next]")).hasSize(1);
		// the units of the page named in one go: every row shows a unit name, none a bare code
		assertThat(first.select("tr[data-organisation]")).hasSize(25)
			.allSatisfy(row -> assertThat(row.select("td").get(3).text()).doesNotMatch("\\d{2,5}"));

		long lastPage = (total + 24) / 25;
		Document last = Jsoup.parse(tinh.page("/backoffice/registry?page=" + lastPage).body());
		assertThat(last.selectFirst("p.result-count").text()).startsWith(String.format(java.util.Locale.ROOT, "%,d", total).replace(',', '.') + " tổ chức (ngày ");
		assertThat(last.selectFirst("nav.pagination span").text()).isEqualTo("Trang " + lastPage + " / " + lastPage);
		assertThat(last.select("tr[data-organisation]")).hasSize((int) (total - (lastPage - 1) * 25));
	}

	@Test
	void canboTinhFollowsNextAndPreviousLinksOfAWordSearchWhichShowTheSamePagesAsPageNumbers() {
		DemoAccountSession tinh = DemoAccountSession.signIn(port, "canbo.tinh");
		Document first = Jsoup.parse(tinh.page("/backoffice/registry?q=hop+tac").body());
		assertThat(first.selectFirst("p.result-count").text()).startsWith("Hơn 525 tổ chức (ngày ");
		String lastOfFirst = first.select("tr[data-organisation]").last().attr("data-organisation");
		String next = first.selectFirst("nav.pagination a[rel=next]").attr("href");
		assertThat(next).contains("q=hop").contains("page=2").contains("after=" + lastOfFirst);

		Document second = Jsoup.parse(tinh.page(next).body());
		Document secondByNumber = Jsoup.parse(tinh.page("/backoffice/registry?q=hop+tac&sort=NAME&page=2").body());
		assertThat(rowCodes(second)).hasSize(25).isEqualTo(rowCodes(secondByNumber)).doesNotContain(lastOfFirst);
		assertThat(second.selectFirst("p.result-count").text()).isEqualTo(secondByNumber.selectFirst("p.result-count").text())
			.startsWith("Hơn 550 tổ chức (ngày ");
		assertThat(second.selectFirst("nav.pagination span").text()).isEqualTo("Trang 2 / hơn 22");

		Document third = Jsoup.parse(tinh.page(second.selectFirst("nav.pagination a[rel=next]").attr("href")).body());
		assertThat(rowCodes(third)).isEqualTo(rowCodes(Jsoup.parse(tinh.page("/backoffice/registry?q=hop+tac&sort=NAME&page=3").body())));
		String previous = third.selectFirst("nav.pagination a[rel=prev]").attr("href");
		assertThat(previous).contains("page=2").contains("before=" + rowCodes(third).get(0));
		assertThat(rowCodes(Jsoup.parse(tinh.page(previous).body()))).isEqualTo(rowCodes(second));
		// back to the first page: a bare page number
		assertThat(second.selectFirst("nav.pagination a[rel=prev]").attr("href")).contains("page=1").doesNotContain("before=");
	}

	private static java.util.List<String> rowCodes(Document page) {
		return page.select("tr[data-organisation]").eachAttr("data-organisation");
	}

	@Test
	void theEditorIsRefused() {
		DemoAccountSession editor = DemoAccountSession.signIn(port, "bientap");

		assertThat(editor.page("/backoffice/registry").statusCode()).isEqualTo(403);
		assertThat(editor.page("/backoffice/registry/HTX-DEMO-0001").statusCode()).isEqualTo(403);
		assertThat(editor.json("/api/v1/organisations").statusCode()).isEqualTo(403);
		assertThat(editor.json("/api/v1/organisations/HTX-DEMO-0001").statusCode()).isEqualTo(403);
	}

	/** A demo organisation (not Đồng Tâm) whose unit lay in the district in 2022. */
	private String demoOrganisationIn(String district) {
		return jdbc.sql("""
				SELECT o.id FROM registry_organisation o JOIN registry_unit_area a ON a.unit_code = o.unit_code
				WHERE o.id LIKE 'HTX-DEMO-%' AND o.id <> 'HTX-DEMO-0001' AND a.container_code = :district AND NOT a.lineage
				  AND NOT EXISTS (SELECT 1 FROM registry_unit_area b WHERE b.unit_code = o.unit_code AND b.container_code IN ('061', '062')
				                  AND b.container_code <> :district)
				ORDER BY o.id LIMIT 1""")
			.param("district", district)
			.query(String.class)
			.single();
	}

	private long demoOrganisationsLyingIn(String unit) {
		return jdbc.sql("""
				SELECT count(DISTINCT o.id) FROM registry_organisation o JOIN registry_unit_area a ON a.unit_code = o.unit_code
				WHERE o.id LIKE '%-DEMO-%' AND a.container_code = :unit""")
			.param("unit", unit)
			.query(Long.class)
			.single();
	}

}
