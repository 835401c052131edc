package vn.ocop.portal.news;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.ocop.portal.news.Newsdesk.EDITOR;
import static vn.ocop.portal.news.Newsdesk.OFFICER;
import static vn.ocop.portal.news.Newsdesk.OTHER_PROVINCE_EDITOR;
import static vn.ocop.portal.news.Newsdesk.PUBLISHER;
import static vn.ocop.portal.news.Newsdesk.as;
import static vn.ocop.portal.news.Newsdesk.story;
import static vn.ocop.portal.news.Newsdesk.unique;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import vn.ocop.portal.audit.AuditEntryView;
import vn.ocop.portal.audit.AuditTrail;

/** The newsroom's workflow, permissions, revisions, slugs, scheduled publishing and audit, on the real database. */
@NewsIntegrationTest
class NewsroomIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Newsroom newsroom;

	@Autowired
	Articles articles;

	@Autowired
	NewsPublicationJob job;

	@Autowired
	AuditTrail auditTrail;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void anEditorWritesAndSubmitsButCannotPublishThePublisherCan() throws Exception {
		String title = "Hợp tác xã thử nghiệm số " + unique();
		long category = articles.category("kinh-te-tap-the").orElseThrow().id();

		String location = mvc.perform(post("/backoffice/news").with(csrf()).with(authentication(EDITOR))
				.param("title", title).param("lead", "Đoạn mở đầu").param("body", "<p>Nội dung bài</p>")
				.param("authorLine", "Phóng viên").param("categoryId", String.valueOf(category)).param("tags", "OCOP, thử nghiệm")
				.param("version", "0"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/backoffice/news/*"))
			.andReturn().getResponse().getRedirectedUrl();
		long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
		Article draft = articles.find(id).orElseThrow();
		assertThat(draft.status()).isEqualTo(ArticleStatus.DRAFT);
		assertThat(draft.tags()).containsExactlyInAnyOrder("OCOP", "thử nghiệm");

		mvc.perform(post("/backoffice/news/" + id + "/submit").with(csrf()).with(authentication(EDITOR)).param("version", "0"))
			.andExpect(status().is3xxRedirection());
		assertThat(articles.find(id).orElseThrow().status()).isEqualTo(ArticleStatus.IN_REVIEW);

		mvc.perform(post("/backoffice/news/" + id + "/publish").with(csrf()).with(authentication(EDITOR)).param("version", "1"))
			.andExpect(status().isForbidden());
		assertThatThrownBy(() -> as(EDITOR, () -> newsroom.publish(id, 1, null))).isInstanceOf(NewsRuleViolation.class);
		mvc.perform(get("/tin-tuc/" + draft.slug())).andExpect(status().isNotFound());

		mvc.perform(post("/backoffice/news/" + id + "/publish").with(csrf()).with(authentication(PUBLISHER)).param("version", "1"))
			.andExpect(status().is3xxRedirection());
		Article published = articles.find(id).orElseThrow();
		assertThat(published.status()).isEqualTo(ArticleStatus.PUBLISHED);
		assertThat(published.publishedAt()).isNotNull();
		mvc.perform(get("/tin-tuc/" + draft.slug())).andExpect(status().isOk()).andExpect(content().string(containsString(title)));

		// once it is out, the editor may no longer change it
		mvc.perform(get("/backoffice/news/" + id + "/edit").with(authentication(EDITOR))).andExpect(status().is3xxRedirection());
		assertThatThrownBy(() -> as(EDITOR, () -> newsroom.edit(id, published.version(), story(articles, "Sửa", "<p>x</p>"))))
			.isInstanceOf(NewsRuleViolation.class)
			.hasMessage("news.rule.notAllowed.EDIT");

		List<String> actions = auditTrail.forEntity(Newsroom.ENTITY, String.valueOf(id), PageRequest.of(0, 20))
			.map(AuditEntryView::action)
			.getContent();
		assertThat(actions).containsExactly("PUBLISHED", "SUBMITTED", "CREATED");
	}

	@Test
	void otherRolesAndOtherProvincesCannotOpenOrChangeTheNewsroom() throws Exception {
		long id = as(EDITOR, () -> newsroom.write(story(articles, "Bài chỉ biên tập viên sửa " + unique(), "<p>Thân bài</p>")));

		mvc.perform(get("/backoffice/news").with(authentication(OFFICER))).andExpect(status().isForbidden());
		mvc.perform(get("/backoffice/news/" + id).with(authentication(OFFICER))).andExpect(status().isForbidden());
		mvc.perform(post("/backoffice/news/" + id).with(csrf()).with(authentication(OFFICER)).param("title", "Chiếm quyền")
				.param("lead", "x").param("body", "<p>x</p>").param("authorLine", "x").param("categoryId", "1").param("version", "0"))
			.andExpect(status().isForbidden());
		mvc.perform(get("/backoffice/news/" + id).with(authentication(OTHER_PROVINCE_EDITOR))).andExpect(status().isForbidden());
		mvc.perform(get("/backoffice/news/media").with(authentication(OFFICER))).andExpect(status().isForbidden());
		mvc.perform(get("/backoffice/news")).andExpect(status().is3xxRedirection());
		mvc.perform(post("/backoffice/news/" + id + "/submit").with(authentication(EDITOR)).param("version", "0"))
			.andExpect(status().isForbidden());
		assertThat(articles.find(id).orElseThrow().title()).startsWith("Bài chỉ biên tập viên sửa");
		assertThat(articles.find(id).orElseThrow().status()).isEqualTo(ArticleStatus.DRAFT);
	}

	@Test
	void formErrorsAreNamedByFieldInBothLanguages() throws Exception {
		mvc.perform(post("/backoffice/news").with(csrf()).with(authentication(EDITOR)).param("title", "").param("lead", "x")
				.param("body", "<p>x</p>").param("authorLine", "x").param("version", "0"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Tiêu đề: vui lòng nhập thông tin này.")))
			.andExpect(content().string(containsString("Chuyên mục: vui lòng chọn một giá trị.")));
		mvc.perform(post("/backoffice/news").with(csrf()).with(authentication(EDITOR)).param("lang", "en").param("title", "")
				.param("lead", "x").param("body", "<p>x</p>").param("authorLine", "x").param("version", "0"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Title: please fill this in.")));
		mvc.perform(post("/backoffice/news").with(csrf()).with(authentication(EDITOR)).param("title", "Chỉ có mã độc")
				.param("lead", "x").param("body", "<script>alert(1)</script>").param("authorLine", "x")
				.param("categoryId", String.valueOf(articles.category("chinh-sach").orElseThrow().id())).param("version", "0"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Nội dung bài viết còn trống sau khi loại bỏ các mã không được phép.")));
	}

	@Test
	void theSlugStaysWhenAPublishedTitleChangesAndAnOldSlugRedirects() throws Exception {
		long n = unique();
		long id = as(EDITOR, () -> newsroom.write(story(articles, "Miến dong Bắc Kạn vụ " + n, "<p>Vụ mới</p>")));
		Article draft = articles.find(id).orElseThrow();
		assertThat(draft.slug()).isEqualTo("mien-dong-bac-kan-vu-" + n);

		as(EDITOR, () -> newsroom.edit(id, draft.version(), story(articles, "Miến dong Na Rì vụ " + n, "<p>Vụ mới</p>")));
		assertThat(articles.find(id).orElseThrow().slug()).as("a draft follows its title").isEqualTo("mien-dong-na-ri-vu-" + n);

		as(EDITOR, () -> newsroom.submit(id, articles.find(id).orElseThrow().version()));
		as(PUBLISHER, () -> newsroom.publish(id, articles.find(id).orElseThrow().version(), null));
		as(PUBLISHER, () -> newsroom.edit(id, articles.find(id).orElseThrow().version(),
				story(articles, "Miến dong Na Rì được mùa " + n, "<p>Vụ mới</p>")));
		assertThat(articles.find(id).orElseThrow().slug()).as("published: the address stays").isEqualTo("mien-dong-na-ri-vu-" + n);

		ArticleContent renamed = new ArticleContent("Miến dong Na Rì được mùa " + n, "Tóm tắt", "<p>Vụ mới</p>", "Phóng viên",
				articles.category("kinh-te-tap-the").orElseThrow().id(), null, List.of(), "mien-dong-duoc-mua-" + n);
		as(PUBLISHER, () -> newsroom.edit(id, articles.find(id).orElseThrow().version(), renamed));
		mvc.perform(get("/tin-tuc/mien-dong-na-ri-vu-" + n))
			.andExpect(status().isMovedPermanently())
			.andExpect(header().string("Location", containsString("/tin-tuc/mien-dong-duoc-mua-" + n)));
		mvc.perform(get("/tin-tuc/mien-dong-duoc-mua-" + n)).andExpect(status().isOk());
	}

	@Test
	void revisionsShowADiffAndAnOlderOneCanBeRestored() throws Exception {
		long n = unique();
		long id = as(EDITOR, () -> newsroom.write(story(articles, "Bản đầu " + n, "<p>Câu thứ nhất.</p><p>Câu giữ nguyên.</p>")));
		as(EDITOR, () -> newsroom.edit(id, 0, story(articles, "Bản sau " + n, "<p>Câu đã sửa.</p><p>Câu giữ nguyên.</p>")));

		mvc.perform(get("/backoffice/news/" + id + "/revisions/1").with(authentication(EDITOR)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<li class=\"diff__removed\">")))
			.andExpect(content().string(containsString("&lt;p&gt;Câu thứ nhất.&lt;/p&gt;")))
			.andExpect(content().string(containsString("&lt;p&gt;Câu đã sửa.&lt;/p&gt;")));

		mvc.perform(post("/backoffice/news/" + id + "/revisions/1/restore").with(csrf()).with(authentication(EDITOR))
				.param("version", "1"))
			.andExpect(status().is3xxRedirection());
		Article restored = articles.find(id).orElseThrow();
		assertThat(restored.title()).isEqualTo("Bản đầu " + n);
		assertThat(restored.bodyHtml()).contains("Câu thứ nhất.");
		assertThat(articles.revisions(id)).extracting(Revision::number).containsExactly(3, 2, 1);
	}

	@Test
	void aSavedConcurrentlyArticleIsNotOverwritten() {
		long id = as(EDITOR, () -> newsroom.write(story(articles, "Hai người cùng sửa " + unique(), "<p>Gốc</p>")));
		as(EDITOR, () -> newsroom.edit(id, 0, story(articles, "Người thứ nhất " + unique(), "<p>Một</p>")));

		assertThatThrownBy(() -> as(EDITOR, () -> newsroom.edit(id, 0, story(articles, "Người thứ hai", "<p>Hai</p>"))))
			.isInstanceOf(NewsRuleViolation.class)
			.hasMessage("news.rule.changedMeanwhile");
	}

	@Test
	void theJobPublishesScheduledArticlesWhenDueAndTakesThemDownAtTheirEnd() {
		long id = as(EDITOR, () -> newsroom.write(story(articles, "Bài hẹn giờ " + unique(), "<p>Sẽ đăng sau</p>")));
		as(EDITOR, () -> newsroom.submit(id, 0));
		Instant publishAt = Instant.now().plus(Duration.ofDays(400)).truncatedTo(java.time.temporal.ChronoUnit.MINUTES);
		Instant unpublishAt = publishAt.plus(Duration.ofDays(2));
		as(PUBLISHER, () -> newsroom.schedule(id, 1, publishAt, unpublishAt));
		assertThat(articles.find(id).orElseThrow().status()).isEqualTo(ArticleStatus.SCHEDULED);

		job.runAt(publishAt.minusSeconds(60));
		assertThat(articles.find(id).orElseThrow().status()).isEqualTo(ArticleStatus.SCHEDULED);

		assertThat(job.runAt(publishAt.plusSeconds(1))).isGreaterThanOrEqualTo(1);
		Article out = articles.find(id).orElseThrow();
		assertThat(out.status()).isEqualTo(ArticleStatus.PUBLISHED);
		assertThat(out.publishedAt()).isEqualTo(publishAt);

		job.runAt(unpublishAt.plusSeconds(1));
		assertThat(articles.find(id).orElseThrow().status()).isEqualTo(ArticleStatus.DRAFT);
		assertThat(auditTrail.forEntity(Newsroom.ENTITY, String.valueOf(id), PageRequest.of(0, 1)).getContent().get(0).actor())
			.isEqualTo("system");
	}

	@Test
	void whileAnotherNodeHoldsTheLockTheJobSkipsItsRound() throws Exception {
		long id = as(EDITOR, () -> newsroom.write(story(articles, "Bài chờ khóa " + unique(), "<p>Khóa</p>")));
		as(EDITOR, () -> newsroom.submit(id, 0));
		Instant publishAt = Instant.now().plus(Duration.ofDays(800));
		as(PUBLISHER, () -> newsroom.schedule(id, 1, publishAt, null));

		CountDownLatch locked = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		ExecutorService otherNode = Executors.newSingleThreadExecutor();
		try {
			Future<?> holder = otherNode.submit(() -> transactions.executeWithoutResult(status -> {
				jdbc.sql("SELECT pg_advisory_xact_lock(hashtext(:lock))").param("lock", NewsPublicationJob.LOCK).query(Object.class).single();
				locked.countDown();
				try {
					release.await(30, TimeUnit.SECONDS);
				}
				catch (InterruptedException interrupted) {
					Thread.currentThread().interrupt();
				}
			}));
			assertThat(locked.await(30, TimeUnit.SECONDS)).isTrue();

			assertThat(job.runAt(publishAt.plusSeconds(1))).isEqualTo(-1);
			assertThat(articles.find(id).orElseThrow().status()).isEqualTo(ArticleStatus.SCHEDULED);

			release.countDown();
			holder.get(30, TimeUnit.SECONDS);
		}
		finally {
			release.countDown();
			otherNode.shutdownNow();
		}
		assertThat(job.runAt(publishAt.plusSeconds(1))).isGreaterThanOrEqualTo(1);
		assertThat(articles.find(id).orElseThrow().status()).isEqualTo(ArticleStatus.PUBLISHED);
	}

	@Test
	void aScheduleInThePastOrWithAnEndBeforeItsStartIsRefused() {
		long id = as(EDITOR, () -> newsroom.write(story(articles, "Hẹn giờ sai " + unique(), "<p>x</p>")));
		as(EDITOR, () -> newsroom.submit(id, 0));
		assertThatThrownBy(() -> as(PUBLISHER, () -> newsroom.schedule(id, 1, Instant.now().minusSeconds(60), null)))
			.hasMessage("news.rule.scheduleInFuture");
		Instant later = Instant.now().plus(Duration.ofDays(3));
		assertThatThrownBy(() -> as(PUBLISHER, () -> newsroom.schedule(id, 1, later, later.minusSeconds(1))))
			.hasMessage("news.rule.unpublishAfterPublish");
	}

}
