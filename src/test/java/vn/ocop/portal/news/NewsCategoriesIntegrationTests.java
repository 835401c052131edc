package vn.ocop.portal.news;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.ocop.portal.news.Newsdesk.EDITOR;
import static vn.ocop.portal.news.Newsdesk.as;
import static vn.ocop.portal.news.Newsdesk.unique;

import java.util.List;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.domain.PageRequest;

import vn.ocop.portal.audit.AuditEntryView;
import vn.ocop.portal.audit.AuditTrail;

/**
 * The categories' administration over real HTTP: publishers and administrators add, rename (the
 * slug stays), reorder, hide and delete unused categories, with messages in both languages and an
 * audit trail; nobody else may. Only categories made here are changed (the database is shared).
 */
@NewsIntegrationTest
class NewsCategoriesIntegrationTests {

	static final String PAGE = "/backoffice/news/categories";

	@LocalServerPort
	int port;

	@Autowired
	Articles articles;

	@Autowired
	Newsroom newsroom;

	@Autowired
	AuditTrail auditTrail;

	@Test
	void aPublisherAddsACategoryAndRenamesItWhileItsAddressStays() {
		long n = unique();
		NewsroomHttp publisher = NewsroomHttp.signedIn(port, "duyettin");
		NewsroomHttp.Answer created = publisher.submit(PAGE, PAGE, Map.of("nameVi", "Khuyến nông " + n, "nameEn",
				"Agricultural extension " + n, "version", "0"));
		assertThat(created.status()).isEqualTo(302);
		assertThat(publisher.follow(created).html().select(".alert--success").text()).isEqualTo("Đã thêm chuyên mục.");
		Category category = articles.category("khuyen-nong-" + n).orElseThrow();
		assertThat(category.nameEn()).isEqualTo("Agricultural extension " + n);
		assertThat(articles.categories()).last().isEqualTo(category);

		Document publicList = new NewsroomHttp(port).get("/tin-tuc").html();
		assertThat(publicList.select(".news-categories a[href=/tin-tuc/chuyen-muc/khuyen-nong-" + n + "]").text())
			.isEqualTo("Khuyến nông " + n);

		String edit = PAGE + "/" + category.id() + "/edit";
		NewsroomHttp.Answer renamed = publisher.submit(edit, PAGE + "/" + category.id(), Map.of("nameVi",
				"Khuyến nông và chuyển giao kỹ thuật " + n, "nameEn", "Extension and technology transfer " + n, "version",
				String.valueOf(category.version())));
		assertThat(publisher.follow(renamed).html().select(".alert--success").text())
			.isEqualTo("Đã đổi tên chuyên mục; địa chỉ được giữ nguyên.");
		Category after = articles.category(category.id()).orElseThrow();
		assertThat(after.slug()).isEqualTo("khuyen-nong-" + n);
		assertThat(after.nameVi()).isEqualTo("Khuyến nông và chuyển giao kỹ thuật " + n);
		NewsroomHttp reader = new NewsroomHttp(port);
		assertThat(reader.get("/tin-tuc/chuyen-muc/khuyen-nong-" + n).html().selectFirst("h1").text())
			.isEqualTo("Khuyến nông và chuyển giao kỹ thuật " + n);
		assertThat(reader.get("/tin-tuc/chuyen-muc/khuyen-nong-" + n + "?lang=en").html().selectFirst("h1").text())
			.isEqualTo("Extension and technology transfer " + n);

		assertThat(auditTrail.forEntity(CategoryAdministration.ENTITY, String.valueOf(category.id()), PageRequest.of(0, 10))
			.getContent()).extracting(AuditEntryView::action, AuditEntryView::actor)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("UPDATED", "duyettin"),
					org.assertj.core.groups.Tuple.tuple("CREATED", "duyettin"));
	}

	@Test
	void namesAreRequiredAndUniqueWithMessagesInVietnameseAndEnglish() {
		long n = unique();
		NewsroomHttp publisher = NewsroomHttp.signedIn(port, "duyettin");
		NewsroomHttp.Answer blank = publisher.submit(PAGE, PAGE, Map.of("nameVi", " ", "nameEn", "", "version", "0"));
		assertThat(blank.status()).isEqualTo(200);
		assertThat(blank.html().select(".alert--error li").eachText()).containsExactlyInAnyOrder(
				"Tên tiếng Việt: vui lòng nhập thông tin này.", "Tên tiếng Anh: vui lòng nhập thông tin này.");
		String token = publisher.get(PAGE + "?lang=en").csrfToken(PAGE);
		NewsroomHttp.Answer english = publisher.post(PAGE + "?lang=en", Map.of("_csrf", token, "nameVi", "x".repeat(121),
				"nameEn", "", "version", "0"));
		assertThat(english.html().select(".alert--error li").eachText()).containsExactlyInAnyOrder(
				"Vietnamese name: at most 120 characters.", "English name: please fill this in.");
		publisher.get(PAGE + "?lang=vi");

		publisher.submit(PAGE, PAGE, Map.of("nameVi", "Chuyên đề " + n, "nameEn", "Topics " + n, "version", "0"));
		NewsroomHttp.Answer twice = publisher.submit(PAGE, PAGE, Map.of("nameVi", "chuyên  đề " + n, "nameEn", "Other " + n,
				"version", "0"));
		assertThat(twice.html().select(".alert--error li").eachText())
			.containsExactly("Đã có chuyên mục mang tên tiếng Việt hoặc tiếng Anh này.");
		assertThat(articles.categories()).filteredOn(c -> c.slug().startsWith("chuyen-de-" + n)).hasSize(1);
	}

	@Test
	void categoriesAreReorderedHiddenAndOnlyUnusedOnesDeleted() {
		long n = unique();
		NewsroomHttp admin = NewsroomHttp.signedIn(port, "admin");
		admin.submit(PAGE, PAGE, Map.of("nameVi", "Mục A " + n, "nameEn", "Section A " + n, "version", "0"));
		admin.submit(PAGE, PAGE, Map.of("nameVi", "Mục B " + n, "nameEn", "Section B " + n, "version", "0"));
		Category first = articles.category("muc-a-" + n).orElseThrow();
		Category second = articles.category("muc-b-" + n).orElseThrow();

		admin.submit(PAGE, PAGE + "/" + second.id() + "/up", Map.of());
		List<Long> order = articles.categories().stream().map(Category::id).toList();
		assertThat(order.indexOf(second.id())).isEqualTo(order.indexOf(first.id()) - 1);
		assertThat(articles.categories().stream().map(Category::slug)
			.filter(List.of("kinh-te-tap-the", "san-pham-ocop", "chinh-sach", "hoat-dong", "thong-bao")::contains))
			.as("the standing categories keep their order")
			.containsExactly("kinh-te-tap-the", "san-pham-ocop", "chinh-sach", "hoat-dong", "thong-bao");

		// in use: an article is filed under B; it cannot be deleted, only hidden
		long article = as(EDITOR, () -> newsroom.write(new ArticleContent("Bài trong mục B " + n, "Sapo", "<p>Thân bài</p>",
				"Phóng viên", second.id(), null, List.of(), "")));
		Document list = admin.get(PAGE).html();
		Element row = list.selectFirst("tr[data-category-slug=muc-b-" + n + "]");
		assertThat(row.select("form[action$=/delete]")).isEmpty();
		NewsroomHttp.Answer refused = admin.post(PAGE + "/" + second.id() + "/delete",
				Map.of("_csrf", list.selectFirst("form[action$=/logout] input[name=_csrf]").val(), "version", "0"));
		assertThat(admin.follow(refused).html().select(".alert--error").text()).isEqualTo(
				"Chuyên mục đã có bài viết (hoặc phiên bản bài viết) nên không xóa được; hãy ẩn chuyên mục thay vì xóa.");
		assertThat(articles.category(second.id())).isPresent();

		admin.submit(PAGE, PAGE + "/" + second.id() + "/hide", Map.of("version", String.valueOf(second.version())));
		assertThat(articles.category(second.id()).orElseThrow().hidden()).isTrue();
		assertThat(new NewsroomHttp(port).get("/tin-tuc").html().select("a[href=/tin-tuc/chuyen-muc/muc-b-" + n + "]")).isEmpty();
		NewsroomHttp editor = NewsroomHttp.signedIn(port, "bientap");
		assertThat(editor.get("/backoffice/news/new").html().select("#categoryId option").eachText()).doesNotContain("Mục B " + n)
			.contains("Mục A " + n);
		assertThat(editor.get("/backoffice/news/" + article + "/edit").html().select("#categoryId option[selected]").text())
			.as("the article already filed under it keeps it").isEqualTo("Mục B " + n);
		assertThatThrownBy(() -> as(EDITOR, () -> newsroom.write(new ArticleContent("Bài mới mục ẩn " + n, "Sapo",
				"<p>Thân</p>", "Phóng viên", second.id(), null, List.of(), ""))))
			.isInstanceOf(NewsRuleViolation.class).hasMessage("news.rule.hiddenCategory");
		as(EDITOR, () -> newsroom.edit(article, newsroom.load(article).version(), new ArticleContent("Bài trong mục B " + n,
				"Sapo sửa", "<p>Thân bài</p>", "Phóng viên", second.id(), null, List.of(), "")));

		// unused: deleted, audited
		admin.submit(PAGE, PAGE + "/" + first.id() + "/delete", Map.of("version", String.valueOf(first.version())));
		assertThat(articles.category(first.id())).isEmpty();
		assertThat(auditTrail.forEntity(CategoryAdministration.ENTITY, String.valueOf(first.id()), PageRequest.of(0, 10))
			.getContent()).extracting(AuditEntryView::action).containsExactly("REMOVED", "CREATED");
		assertThat(auditTrail.forEntity(CategoryAdministration.ENTITY, String.valueOf(second.id()), PageRequest.of(0, 10))
			.getContent()).extracting(AuditEntryView::action).containsExactly("HIDDEN", "MOVED", "CREATED");
	}

	@Test
	void onlyPublishersAndAdministratorsManageCategories() {
		assertThat(new NewsroomHttp(port).get(PAGE).status()).isEqualTo(302);
		for (String username : new String[] { "bientap", "canbo.tinh", "htx.dongtam", "so.nnptnt" }) {
			NewsroomHttp other = NewsroomHttp.signedIn(port, username);
			assertThat(other.get(PAGE).status()).as(username).isEqualTo(403);
			String token = other.get("/backoffice").csrfToken("/logout");
			assertThat(other.post(PAGE, Map.of("_csrf", token, "nameVi", "Không được " + username, "nameEn", "No", "version", "0"))
				.status()).as(username).isEqualTo(403);
		}
		assertThat(articles.categories()).noneMatch(c -> c.nameVi().startsWith("Không được"));
		for (String username : new String[] { "duyettin", "admin" }) {
			Document page = NewsroomHttp.signedIn(port, username).get(PAGE).html();
			assertThat(page.selectFirst("h1").text()).as(username).isEqualTo("Chuyên mục tin");
			assertThat(page.select("tr[data-category-slug=san-pham-ocop] th").text()).isEqualTo("Sản phẩm OCOP");
		}
	}

}
