package vn.ocop.portal.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.Cookie;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.ocop.portal.identity.UnitHierarchy;
import vn.ocop.portal.shared.web.MenuContribution;
import vn.ocop.portal.shared.web.MenuItem;
import vn.ocop.portal.shared.web.SearchHit;
import vn.ocop.portal.shared.web.SearchProvider;
import vn.ocop.portal.shared.web.SearchText;
import vn.ocop.portal.identity.DataScope;
import vn.ocop.portal.identity.Role;
import vn.ocop.portal.support.Officials;

/**
 * The shell's pages through MockMvc on the full application: the dashboard each role lands on, the
 * site search over the modules' providers, and the access-denied page. The dashboard uses the real
 * modules' menus and unit names; the site search is exercised with a test provider below.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PortalControllerTests {

	@Autowired
	MockMvc mvc;

	@Test
	void dashboardGreetsTheLocalOfficerWithRoleUnitNameAndOnlyTheirModules() throws Exception {
		Document page = page(get("/backoffice").with(authentication(Officials.localOfficer("Nguyễn Thị Lan", "061"))));

		assertThat(page.selectFirst("html").attr("lang")).isEqualTo("vi");
		assertThat(page.selectFirst("h1").text()).isEqualTo("Xin chào, Nguyễn Thị Lan");
		assertThat(page.select(".facts dd").eachText())
			.containsExactly("Cán bộ cấp xã, huyện", "Đơn vị hành chính: Huyện Ba Bể (mã 061)");
		assertThat(page.select(".dashboard .tiles a").eachAttr("href"))
			.containsExactly("/backoffice/units", "/backoffice/imports", "/backoffice/registry", "/backoffice/ocop/subjects",
				"/backoffice/ocop/products", "/backoffice/ocop/applications", "/backoffice/certification", "/backoffice/ocop/support",
				"/backoffice/reports/year-end");
		assertThat(page.select("a[href^=/admin]")).isEmpty();
		assertThat(page.selectFirst(".user-box__name").text()).isEqualTo("Nguyễn Thị Lan");
		assertThat(page.select(".backoffice__nav a[aria-current=page]").eachAttr("href")).containsExactly("/backoffice");
	}

	@Test
	void dashboardSpeaksEnglishOnRequest() throws Exception {
		Document page = page(get("/backoffice").param("lang", "en")
			.with(authentication(Officials.localOfficer("Nguyễn Thị Lan", "061"))));

		assertThat(page.selectFirst("h1").text()).isEqualTo("Hello, Nguyễn Thị Lan");
		assertThat(page.select(".facts dd").eachText())
			.containsExactly("Local officer", "Administrative unit: Huyện Ba Bể (code 061)");
	}

	@Test
	void administratorSeesTheAdministrationTileAndTheProvinceByName() throws Exception {
		Document page = page(get("/backoffice").with(authentication(Officials.provincialAdministrator("Trần Văn Minh", "06"))));

		assertThat(page.select(".facts dd").eachText())
			.containsExactly("Quản trị hệ thống cấp tỉnh", "Tỉnh: Tỉnh Bắc Kạn (mã 06)");
		assertThat(page.select(".dashboard .tiles a").eachAttr("href")).contains("/admin/users", "/admin/audit", "/backoffice/units",
				"/backoffice/news/categories");
	}

	@Test
	void theNewsroomSeesItsTilesAndOnlyPublishersManageTheCategories() throws Exception {
		Document editor = page(get("/backoffice").with(authentication(
				Officials.signedIn("Lê Thu Hà", Role.EDITOR, DataScope.province("06")))));
		Document publisher = page(get("/backoffice").with(authentication(
				Officials.signedIn("Hoàng Văn Đức", Role.PUBLISHER, DataScope.province("06")))));

		assertThat(editor.select(".dashboard .tiles a").eachAttr("href")).containsExactly("/backoffice/news", "/backoffice/news/media");
		assertThat(publisher.select(".dashboard .tiles a").eachAttr("href")).containsExactly("/backoffice/news",
				"/backoffice/news/media", "/backoffice/news/categories");
	}

	@Test
	void organisationRepresentativeSeesTheirOrganisationsTile() throws Exception {
		Document page = page(get("/backoffice").with(authentication(Officials.organisationRepresentative("Lý Thị Hoa", "htx-tan-thanh"))));

		assertThat(page.select(".facts dd").eachText())
			.containsExactly("Đại diện tổ chức, chủ thể", "Tổ chức: mã htx-tan-thanh");
		assertThat(page.select(".dashboard .tiles a").eachAttr("href")).containsExactly("/backoffice/registry", "/backoffice/ocop/subjects",
				"/backoffice/ocop/products", "/backoffice/ocop/applications", "/backoffice/certification", "/backoffice/petitions");
	}

	@Test
	void aDepartmentHandlerSeesThePetitionsAssignedToTheDepartment() throws Exception {
		Document page = page(get("/backoffice").with(authentication(
				Officials.signedIn("Đinh Văn Hải", Role.DEPARTMENT_HANDLER, DataScope.department("SO-TC")))));

		assertThat(page.select(".dashboard .tiles a").eachAttr("href")).containsExactly("/backoffice/petitions");
	}

	@Test
	void councilMemberSeesTheScorecardsTile() throws Exception {
		Document page = page(get("/backoffice").with(authentication(
				Officials.signedIn("Hà Thị Lan", Role.COUNCIL_MEMBER, DataScope.council("HD-OCOP-06-2022")))));

		assertThat(page.select(".dashboard .tiles a").eachAttr("href")).containsExactly("/backoffice/ocop/scorecards", "/backoffice/ocop/rounds",
				"/backoffice/ocop/applications");
	}

	@Test
	@WithMockUser(username = "kiemthu")
	void anAccountWhoseRoleHasNoModulesIsToldSo() throws Exception {
		Document page = page(get("/backoffice"));

		assertThat(page.select(".dashboard .tiles")).isEmpty();
		assertThat(page.selectFirst(".dashboard .alert").text()).startsWith("Vai trò của bạn hiện chưa có chức năng nào");
	}

	@Test
	@WithMockUser(username = "kiemthu")
	void accountWithoutRoleOrScopeStillGetsADashboard() throws Exception {
		Document page = page(get("/backoffice"));

		assertThat(page.selectFirst("h1").text()).isEqualTo("Xin chào, kiemthu");
		assertThat(page.select(".facts dd").eachText()).containsExactly("Chưa phân vai trò", "Chưa được giao phạm vi dữ liệu");
	}

	@Test
	@WithMockUser(roles = "EDITOR")
	void securityRefusesAnAdministrationPageAndTheErrorPageSaysSoInVietnamese() throws Exception {
		mvc.perform(get("/admin/anything").accept(MediaType.TEXT_HTML)).andExpect(status().isForbidden());

		Document page = errorPage(403, "/admin/anything", get("/error"));

		assertThat(page.selectFirst("html").attr("lang")).isEqualTo("vi");
		assertThat(page.title()).isEqualTo("Không có quyền truy cập");
		assertThat(page.selectFirst("h1").text()).isEqualTo("Bạn không có quyền xem trang này");
		assertThat(page.selectFirst(".error-page__code").text()).isEqualTo("Mã lỗi 403");
		assertThat(page.select("a[href=/]")).isNotEmpty();
	}

	@Test
	@WithMockUser(roles = "EDITOR")
	void accessDeniedPageFollowsTheChosenLanguage() throws Exception {
		Document byParameter = errorPage(403, "/admin/anything", get("/error").param("lang", "en"));
		Document byCookie = errorPage(403, "/admin/anything", get("/error").cookie(new Cookie("OCOP_LANG", "en")));

		assertThat(byParameter.selectFirst("h1").text()).isEqualTo("You are not allowed to see this page");
		assertThat(byCookie.selectFirst("html").attr("lang")).isEqualTo("en");
		assertThat(byCookie.selectFirst("h1").text()).isEqualTo("You are not allowed to see this page");
	}

	@Test
	void serverErrorAndOtherErrorsHaveFriendlyPagesWithoutDetails() throws Exception {
		Document serverError = errorPage(500, "/tim-kiem", get("/error")
			.requestAttr(RequestDispatcher.ERROR_EXCEPTION, new IllegalStateException("secret detail from the database")));
		Document methodNotAllowed = errorPage(405, "/tim-kiem", get("/error"));

		assertThat(serverError.selectFirst("h1").text()).isEqualTo("Rất tiếc, đã có lỗi trong hệ thống");
		assertThat(serverError.html()).doesNotContain("secret detail", "IllegalStateException");
		assertThat(methodNotAllowed.selectFirst("h1").text()).isEqualTo("Không thể xử lý yêu cầu này");
		assertThat(methodNotAllowed.selectFirst(".error-page__code").text()).isEqualTo("Mã lỗi 405");
	}

	@Test
	void browsersGetTheErrorPageWhileApiClientsGetProblemDetails() throws Exception {
		MvcResult browser = mvc.perform(get("/khong-co-trang-nay").accept(MediaType.TEXT_HTML, MediaType.ALL))
			.andExpect(status().isNotFound())
			.andReturn();
		assertThat(browser.getResponse().getContentAsString()).as("left to the container's error page").isEmpty();

		mvc.perform(get("/api/v1/khong-co").accept(MediaType.APPLICATION_JSON))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(get("/api/v1/khong-co").accept(MediaType.TEXT_HTML))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void searchWithoutKeywordsAsksForThem() throws Exception {
		Document page = page(get("/tim-kiem"));

		assertThat(page.selectFirst("h1").text()).isEqualTo("Tìm kiếm trên cổng thông tin");
		assertThat(page.select(".alert").eachText()).containsExactly("Nhập từ khóa cần tìm rồi bấm Tìm kiếm. Có thể gõ tiếng Việt không dấu.");
		assertThat(page.select(".search-results")).isEmpty();
		assertThat(page.select("label[for=search-q]").text()).isEqualTo("Từ khóa");
	}

	@Test
	void searchGroupsHitsByKindAndMatchesWithoutDiacritics() throws Exception {
		Document page = page(get("/tim-kiem?q={q}", "ba be"));

		assertThat(page.title()).isEqualTo("Kết quả tìm kiếm cho \"ba be\"");
		// the units come first; other modules' hits (the directory's cooperatives, the demo news about Ba Bể) follow in their own groups
		assertThat(page.select(".search h2").eachText()).first().isEqualTo("Đơn vị hành chính (1)");
		assertThat(page.select(".search-results").first().select("a").eachAttr("href")).containsExactly("/don-vi/061");
		assertThat(page.select(".search-results").first().select("a").eachText()).containsExactly("Huyện Ba Bể");
		assertThat(page.select(".alert")).isEmpty();
		assertThat(page.selectFirst("#search-q").attr("value")).isEqualTo("ba be");
		assertThat(page.selectFirst("a[hreflang=en]").attr("href")).isEqualTo("/tim-kiem?q=ba%20be&lang=en");
	}

	@Test
	void searchFindsThePortalsOwnSections() throws Exception {
		Document page = page(get("/tim-kiem").param("q", "dang nhap"));

		assertThat(page.select(".search h2").eachText()).containsExactly("Chuyên mục của cổng thông tin (1)");
		assertThat(page.select(".search-results a").eachAttr("href")).containsExactly("/login");
	}

	@Test
	void everyKindShowsItsFirstHitsAndLinksToAllOfThem() throws Exception {
		Document all = page(get("/tim-kiem").param("q", "xa nhieu ket qua"));

		// the heading and the facets count every hit found; the list shows the first five
		assertThat(all.select(".search h2").eachText()).first().isEqualTo("Đơn vị hành chính (8)");
		Element units = all.select(".search-results").first();
		assertThat(units.select("a").eachText()).containsExactly("Xã Nhiều Kết Quả số 1", "Xã Nhiều Kết Quả số 2",
				"Xã Nhiều Kết Quả số 3", "Xã Nhiều Kết Quả số 4", "Xã Nhiều Kết Quả số 5");
		assertThat(units.select("p").eachText()).hasSize(5);
		Element more = all.selectFirst(".search-all a");
		assertThat(more.text()).isEqualTo("Xem tất cả 8 kết quả thuộc mục Đơn vị hành chính");
		assertThat(more.attr("href")).isEqualTo("/tim-kiem?q=xa%20nhieu%20ket%20qua&loai=identity.scope.UNIT");

		Document kind = page(get(java.net.URI.create(more.attr("href"))));
		assertThat(kind.select(".search h2").eachText()).containsExactly("Đơn vị hành chính (8)");
		assertThat(kind.select(".search-results a")).hasSize(8);
		assertThat(kind.select(".search-results p").eachText()).contains("Xã thứ 8");
		assertThat(kind.select(".search-all")).isEmpty();
	}

	@Test
	void thePublicMenuOffersTheLogInToVisitorsAndTheBackOfficeToOfficials() throws Exception {
		Document visitor = page(get("/tim-kiem"));
		assertThat(visitor.select(".site-nav a").eachAttr("href")).contains("/login").doesNotContain("/backoffice");

		Document official = page(get("/tim-kiem").with(authentication(Officials.localOfficer("Nguyễn Thị Lan", "061"))));
		assertThat(official.select(".site-nav a").eachAttr("href")).contains("/backoffice").doesNotContain("/login");
	}

	@Test
	void searchWithoutHitsSaysSo() throws Exception {
		Document page = page(get("/tim-kiem").param("q", "xyz không có"));

		assertThat(page.selectFirst("p[role=status]").text()).isEqualTo("Không tìm thấy kết quả nào cho \"xyz không có\".");
		assertThat(page.select(".search-results")).isEmpty();
	}

	@Test
	void overlongQueryIsCutTo200CharactersAndTheUserIsTold() throws Exception {
		Document page = page(get("/tim-kiem").param("q", "Chợ Đồn ".repeat(40)));

		assertThat(page.select(".alert").eachText())
			.containsExactly("Từ khóa dài quá 200 ký tự nên chỉ 200 ký tự đầu được dùng để tìm.");
		assertThat(page.selectFirst("#search-q").attr("value")).hasSize(200 - 1);
		assertThat(page.selectFirst("#search-q").attr("maxlength")).isEqualTo("200");
	}

	@Test
	void aFailingProviderDoesNotTakeTheSearchDown() throws Exception {
		// "hỏngxq" breaks the stand-in provider and matches nothing real ("hong" alone is in "không" of
		// the demo answers, "huyện hỏng" in a demo product)
		Document page = page(get("/tim-kiem").param("q", "xyzw hỏngxq"));

		assertThat(page.selectFirst("p[role=status]").text()).isEqualTo("Không tìm thấy kết quả nào cho \"xyzw hỏngxq\".");
	}

	@Test
	void searchTextIsEscaped() throws Exception {
		String html = mvc.perform(get("/tim-kiem").param("q", "<script>alert(1)</script>"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);

		assertThat(html).doesNotContain("<script>alert(1)</script>").contains("&lt;script&gt;alert(1)&lt;/script&gt;");
	}

	private Document page(MockHttpServletRequestBuilder request) throws Exception {
		MvcResult result = mvc.perform(request.accept(MediaType.TEXT_HTML)).andExpect(status().isOk()).andReturn();
		return Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

	/** What Tomcat does after {@code sendError}: dispatches to {@code /error} with the error attributes. */
	private Document errorPage(int status, String failedPath, MockHttpServletRequestBuilder error) throws Exception {
		MvcResult result = mvc.perform(error.accept(MediaType.TEXT_HTML)
			.requestAttr(RequestDispatcher.ERROR_STATUS_CODE, status)
			.requestAttr(RequestDispatcher.ERROR_REQUEST_URI, failedPath))
			.andExpect(status().is(status))
			.andReturn();
		return Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

	@TestConfiguration
	static class StandInModules {

		/** A search provider for the tests of the site search: it answers with two units and breaks on the word "hỏng". */
		@Bean
		@Order(0)
		SearchProvider standInUnitSearch() {
			return (query, locale, limit) -> {
				if (SearchText.fold(query).contains("hong")) {
					throw new IllegalStateException("the provider is broken");
				}
				if (SearchText.fold(query).equals("xa nhieu ket qua")) {
					// more hits of one kind than the page shows when every kind is shown
					return java.util.stream.IntStream.rangeClosed(1, 8)
						.mapToObj(n -> new SearchHit("identity.scope.UNIT", "Xã Nhiều Kết Quả số " + n, "/don-vi/9" + n, "Xã thứ " + n))
						.limit(limit)
						.toList();
				}
				return List.of(new SearchHit("identity.scope.UNIT", "Huyện Ba Bể", "/don-vi/061", ""),
						new SearchHit("identity.scope.UNIT", "Huyện Chợ Đồn", "/don-vi/064", ""))
					.stream()
					.filter(hit -> SearchText.matches(query, hit.title()))
					.limit(limit)
					.toList();
			};
		}

	}

}
