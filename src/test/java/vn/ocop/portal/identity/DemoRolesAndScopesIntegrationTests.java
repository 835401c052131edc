package vn.ocop.portal.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every demo account signs in through the real login page, lands on its dashboard, sees its own
 * role and scope and only the modules of its role, and is refused (403) on pages of other scopes
 * and of other roles. Real HTTP, real database, the real units of province 06.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class DemoRolesAndScopesIntegrationTests {

	private static final String PASSWORD = "Demo@2026!";

	@LocalServerPort
	int port;

	@ParameterizedTest(name = "{0} lands on the dashboard as {1}")
	@CsvSource(delimiter = '|', textBlock = """
			admin         | Quản trị hệ thống cấp tỉnh   | Tỉnh: Tỉnh Bắc Kạn
			canbo.tinh    | Cán bộ cấp tỉnh              | Tỉnh: Tỉnh Bắc Kạn
			canbo.babe    | Cán bộ cấp xã, huyện         | Đơn vị hành chính: Huyện Ba Bể
			canbo.nganson | Cán bộ cấp xã, huyện         | Đơn vị hành chính: Huyện Ngân Sơn
			hoidong       | Thành viên hội đồng đánh giá | Hội đồng
			htx.dongtam   | Đại diện tổ chức, chủ thể    | Tổ chức
			so.nnptnt     | Cán bộ sở, ban, ngành        | Sở, ban, ngành
			bientap       | Biên tập viên                | Tỉnh: Tỉnh Bắc Kạn
			duyettin      | Người duyệt đăng tin         | Tỉnh: Tỉnh Bắc Kạn
			""")
	void everyRoleLandsOnItsOwnDashboard(String username, String roleName, String scopeStart) {
		Browser browser = signedIn(username);

		Browser.Page dashboard = browser.get("/backoffice");

		assertThat(dashboard.status()).isEqualTo(200);
		assertThat(dashboard.html().select(".facts dd").eachText()).hasSize(2)
			.first().isEqualTo(roleName);
		assertThat(dashboard.html().select(".facts dd").eachText().get(1)).startsWith(scopeStart);
		boolean administrator = username.equals("admin");
		boolean territorialOfficer = administrator || username.startsWith("canbo.");
		assertThat(dashboard.html().select(".dashboard a[href=/admin/users]")).hasSize(administrator ? 1 : 0);
		assertThat(dashboard.html().select(".dashboard a[href=/admin/audit]")).hasSize(administrator ? 1 : 0);
		assertThat(dashboard.html().select(".dashboard a[href=/backoffice/units]")).hasSize(territorialOfficer ? 1 : 0);
	}

	@ParameterizedTest(name = "{0}: unit 061 -> {1}, unit 062 -> {2}, Hà Nội -> {3}, users -> {4}, audit -> {5}")
	@CsvSource(delimiter = '|', textBlock = """
			admin         | 200 | 200 | 403 | 200 | 200
			canbo.tinh    | 200 | 200 | 403 | 403 | 403
			canbo.babe    | 200 | 403 | 403 | 403 | 403
			canbo.nganson | 403 | 200 | 403 | 403 | 403
			hoidong       | 403 | 403 | 403 | 403 | 403
			htx.dongtam   | 403 | 403 | 403 | 403 | 403
			so.nnptnt     | 403 | 403 | 403 | 403 | 403
			bientap       | 403 | 403 | 403 | 403 | 403
			duyettin      | 403 | 403 | 403 | 403 | 403
			""")
	void pagesOfOtherScopesAndRolesAreRefused(String username, int baBe, int nganSon, int haNoi, int users, int audit) {
		Browser browser = signedIn(username);

		assertThat(browser.get("/backoffice/units/061").status()).as("Huyện Ba Bể").isEqualTo(baBe);
		assertThat(browser.get("/backoffice/units/062").status()).as("Huyện Ngân Sơn").isEqualTo(nganSon);
		assertThat(browser.get("/backoffice/units/01").status()).as("Thành phố Hà Nội").isEqualTo(haNoi);
		assertThat(browser.get("/admin/users").status()).as("user administration").isEqualTo(users);
		assertThat(browser.get("/admin/audit").status()).as("audit log").isEqualTo(audit);
	}

	@ParameterizedTest
	@CsvSource({ "/backoffice/units/061", "/admin/users", "/admin/audit", "/backoffice" })
	void citizensAreSentToTheLoginPage(String path) {
		Browser.Page answer = new Browser(port).get(path);

		assertThat(answer.status()).isEqualTo(302);
		assertThat(answer.location()).isEqualTo("/login");
	}

	@ParameterizedTest
	@CsvSource({ "canbo.babe", "hoidong" })
	void theRefusalIsTheFriendlyAccessDeniedPage(String username) {
		Browser.Page refused = signedIn(username).get("/backoffice/units/062");

		assertThat(refused.status()).isEqualTo(403);
		assertThat(refused.text("h1")).isEqualTo("Bạn không có quyền xem trang này");
		assertThat(refused.body()).doesNotContain("Exception", "at vn.ocop");
	}

	private Browser signedIn(String username) {
		Browser browser = new Browser(port);
		Browser.Page answer = browser.logIn(username, PASSWORD);
		assertThat(answer.location()).as("login of " + username).isEqualTo("/backoffice");
		return browser;
	}

}
