package vn.ocop.portal.news;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ocop.portal.news.Newsdesk.EDITOR;
import static vn.ocop.portal.news.Newsdesk.PUBLISHER;
import static vn.ocop.portal.news.Newsdesk.as;
import static vn.ocop.portal.news.Newsdesk.story;
import static vn.ocop.portal.news.Newsdesk.unique;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Locale;
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
 * PDF attachments over real HTTP (the application on its port, demo accounts signed in through the
 * login form, CSRF tokens from the pages): strict uploads with clear messages in both languages,
 * the download's headers, drafts' files kept from the public, roles, the audit trail.
 */
@NewsIntegrationTest
class NewsAttachmentsIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	Newsroom newsroom;

	@Autowired
	Articles articles;

	@Autowired
	Attachments attachments;

	@Autowired
	AuditTrail auditTrail;

	@Test
	void aDraftsPdfIsTheNewsroomsUntilTheArticleIsPublishedThenEveryoneDownloadsIt() throws Exception {
		long n = unique();
		long id = as(EDITOR, () -> newsroom.write(story(articles, "Kế hoạch OCOP có tài liệu " + n, "<p>Xem tệp kèm theo.</p>")));
		byte[] pdf = Pdfs.document("Ke hoach OCOP " + n, 1_250_000);
		NewsroomHttp editor = NewsroomHttp.signedIn(port, "bientap");

		NewsroomHttp.Answer sent = upload(editor, id, "Kế hoạch thực hiện OCOP năm 2023 " + n, "../../Kế hoạch <OCOP>\u0007 2023.pdf",
				"application/octet-stream", pdf);
		assertThat(sent.status()).isEqualTo(302);
		Document page = editor.follow(sent).html();
		assertThat(page.select(".alert--success").text()).isEqualTo("Đã đính kèm tệp PDF.");
		Element listed = page.selectFirst(".newsroom-attachments li");
		String expectedSize = Attachment.sizeLabel(pdf.length, Locale.forLanguageTag("vi-VN"));
		assertThat(expectedSize).isEqualTo("1,2 MB");
		assertThat(listed.text()).contains("Kế hoạch thực hiện OCOP năm 2023 " + n, "Kế hoạch _OCOP_ 2023.pdf", "1,2 MB");
		Attachment stored = attachments.of(id).get(0);
		assertThat(stored.fileName()).isEqualTo("Kế hoạch _OCOP_ 2023.pdf");
		assertThat(stored.mediaType()).isEqualTo("application/pdf");
		assertThat(stored.sizeBytes()).isEqualTo(pdf.length);
		String download = stored.path();

		// a draft's file: the newsroom only; readers, other roles and the public article page see nothing
		NewsroomHttp.Answer asEditor = editor.get(download);
		assertThat(asEditor.status()).isEqualTo(200);
		assertThat(asEditor.bytes()).isEqualTo(pdf);
		assertThat(asEditor.header("Cache-Control")).isEqualTo("private, no-cache");
		assertThat(new NewsroomHttp(port).get(download).status()).isEqualTo(404);
		assertThat(NewsroomHttp.signedIn(port, "canbo.tinh").get(download).status()).isEqualTo(404);
		assertThat(NewsroomHttp.signedIn(port, "htx.dongtam").get(download).status()).isEqualTo(404);
		String slug = articles.find(id).orElseThrow().slug();
		assertThat(new NewsroomHttp(port).get("/tin-tuc/" + slug).status()).isEqualTo(404);

		as(EDITOR, () -> newsroom.submit(id, newsroom.load(id).version()));
		as(PUBLISHER, () -> newsroom.publish(id, newsroom.load(id).version(), null));

		NewsroomHttp reader = new NewsroomHttp(port);
		NewsroomHttp.Answer file = reader.get(download);
		assertThat(file.status()).isEqualTo(200);
		assertThat(file.bytes()).isEqualTo(pdf);
		assertThat(file.header("Content-Type")).isEqualTo("application/pdf");
		assertThat(file.header("Content-Length")).isEqualTo(String.valueOf(pdf.length));
		assertThat(file.header("Content-Disposition")).isEqualTo(
				"attachment; filename=\"ke-hoach-ocop-2023.pdf\"; filename*=UTF-8''K%E1%BA%BF%20ho%E1%BA%A1ch%20_OCOP_%202023.pdf");
		assertThat(file.header("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(file.headers().allValues("Cache-Control")).containsExactly("public, no-cache");
		String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf));
		assertThat(file.headers().allValues("ETag")).containsExactly("\"" + sha + "\"");
		NewsroomHttp.Answer again = reader.get(download, "If-None-Match", "\"" + sha + "\"");
		assertThat(again.status()).isEqualTo(304);
		assertThat(again.bytes()).isEmpty();

		// the article page lists it: title, size in vi-VN (en-GB in English), a download link
		Document article = reader.get("/tin-tuc/" + slug).html();
		Element link = article.selectFirst(".news-attachments a[href=" + download + "]");
		assertThat(link.text()).isEqualTo("Kế hoạch thực hiện OCOP năm 2023 " + n);
		assertThat(link.hasAttr("download")).isTrue();
		assertThat(article.selectFirst(".news-attachments h2").text()).isEqualTo("Tài liệu đính kèm");
		assertThat(article.selectFirst(".news-attachment__meta").text()).isEqualTo("(PDF, 1,2 MB)");
		Document english = reader.get("/tin-tuc/" + slug + "?lang=en").html();
		assertThat(english.selectFirst(".news-attachment__meta").text()).isEqualTo("(PDF, 1.2 MB)");

		// unpublished again: the file is the newsroom's again
		as(PUBLISHER, () -> newsroom.unpublish(id, newsroom.load(id).version()));
		assertThat(new NewsroomHttp(port).get(download).status()).isEqualTo(404);

		assertThat(auditTrail.forEntity(Newsroom.ENTITY, String.valueOf(id), PageRequest.of(0, 20)).getContent())
			.filteredOn(entry -> entry.action().equals("ATTACHMENT_ADDED"))
			.singleElement()
			.satisfies(entry -> {
				assertThat(entry.actor()).isEqualTo("bientap");
				assertThat(entry.after()).contains(sha, "Kế hoạch thực hiện OCOP năm 2023 " + n);
			});
	}

	@Test
	void filesThatAreNotPdfAreRefusedWithAClearMessageInVietnameseAndEnglish() {
		long id = as(EDITOR, () -> newsroom.write(story(articles, "Bài thử tệp sai " + unique(), "<p>Thân bài.</p>")));
		NewsroomHttp editor = NewsroomHttp.signedIn(port, "bientap");
		byte[] html = "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8);

		// HTML claiming to be a PDF, by name and by type
		assertThat(problem(editor, upload(editor, id, "Tài liệu giả", "gia.pdf", "application/pdf", html), "vi"))
			.isEqualTo("Tệp không phải PDF hợp lệ (hệ thống kiểm tra nội dung tệp, không dựa vào tên hay loại tệp trình duyệt báo).");
		assertThat(problem(editor, upload(editor, id, "Tài liệu giả", "gia.pdf", "application/pdf", html), "en"))
			.isEqualTo("The file is not a valid PDF (its content is checked, not its name or the type the browser reports).");
		// a PDF cut short (no end-of-file marker), and one with a page appended after it
		byte[] real = Pdfs.small("Tai lieu that");
		byte[] truncated = java.util.Arrays.copyOf(real, real.length / 2);
		assertThat(problem(editor, upload(editor, id, "Tệp cụt", "cut.pdf", "application/pdf", truncated), "vi"))
			.startsWith("Tệp không phải PDF hợp lệ");
		byte[] appended = new byte[real.length + 2000];
		System.arraycopy(real, 0, appended, 0, real.length);
		java.util.Arrays.fill(appended, real.length, appended.length, (byte) '<');
		assertThat(problem(editor, upload(editor, id, "Tệp có đuôi lạ", "duoi.pdf", "application/pdf", appended), "vi"))
			.startsWith("Tệp không phải PDF hợp lệ");
		// too large (the limit, 20 MB by default, is named), and no title
		byte[] large = java.util.Arrays.copyOf(real, 20 * 1024 * 1024 + 1);
		assertThat(problem(editor, upload(editor, id, "Tệp lớn", "lon.pdf", "application/pdf", large), "vi"))
			.isEqualTo("Tệp quá lớn: tối đa 20 MB.");
		assertThat(problem(editor, upload(editor, id, "Tệp lớn", "lon.pdf", "application/pdf", large), "en"))
			.isEqualTo("The file is too large: at most 20 MB.");
		assertThat(problem(editor, upload(editor, id, "  ", "that.pdf", "application/pdf", real), "vi"))
			.isEqualTo("Vui lòng nhập tên tài liệu.");
		assertThat(problem(editor, upload(editor, id, "Không có tệp", "", "application/octet-stream", new byte[0]), "en"))
			.isEqualTo("No file was chosen, or the file is empty.");

		assertThat(attachments.of(id)).isEmpty();
		// the real one is taken, named whatever the browser said
		assertThat(upload(editor, id, "Tài liệu thật", "that.PDF", "text/plain", real).status()).isEqualTo(302);
		assertThat(attachments.of(id)).extracting(Attachment::title).containsExactly("Tài liệu thật");
	}

	@Test
	void onlyTheNewsroomAttachesAndOnlyWhileTheArticleMayBeEdited() {
		long id = as(EDITOR, () -> newsroom.write(story(articles, "Bài thử quyền đính kèm " + unique(), "<p>Thân bài.</p>")));
		byte[] pdf = Pdfs.small("Quyen");
		String action = "/backoffice/news/" + id + "/attachments";

		// a provincial officer and an organisation's representative, signed in with a valid CSRF token
		for (String username : new String[] { "canbo.tinh", "htx.dongtam" }) {
			NewsroomHttp other = NewsroomHttp.signedIn(port, username);
			String token = other.get("/backoffice").csrfToken("/logout");
			assertThat(other.get("/backoffice/news/" + id).status()).as(username).isEqualTo(403);
			assertThat(other.upload(action, Map.of("_csrf", token, "title", "Không được"), "file", "x.pdf", "application/pdf", pdf)
				.status()).as(username).isEqualTo(403);
		}
		// a citizen (not signed in), and the editor without the CSRF token
		assertThat(new NewsroomHttp(port).upload(action, Map.of("title", "Không được"), "file", "x.pdf", "application/pdf", pdf)
			.status()).isEqualTo(403);
		NewsroomHttp editor = NewsroomHttp.signedIn(port, "bientap");
		assertThat(editor.upload(action, Map.of("title", "Không có mã CSRF"), "file", "x.pdf", "application/pdf", pdf).status())
			.isEqualTo(403);
		assertThat(attachments.of(id)).isEmpty();

		// in review the editor may no longer change the files; the publisher may
		as(EDITOR, () -> newsroom.submit(id, newsroom.load(id).version()));
		assertThat(problem(editor, upload(editor, id, "Sau khi gửi duyệt", "a.pdf", "application/pdf", pdf), "vi"))
			.isEqualTo("Bài viết ở trạng thái này không thay đổi tệp đính kèm được với vai trò của bạn.");
		assertThat(editor.get("/backoffice/news/" + id).html().select("form[action$=/attachments]")).isEmpty();
		NewsroomHttp publisher = NewsroomHttp.signedIn(port, "duyettin");
		assertThat(upload(publisher, id, "Người duyệt bổ sung", "b.pdf", "application/pdf", pdf).status()).isEqualTo(302);
		Attachment added = attachments.of(id).get(0);

		// and removes it again, audited
		Document page = publisher.get("/backoffice/news/" + id).html();
		String remove = "/backoffice/news/" + id + "/attachments/" + added.id() + "/delete";
		assertThat(page.select("form[action=" + remove + "] button").text()).isEqualTo("Gỡ tệp: Người duyệt bổ sung");
		NewsroomHttp.Answer removed = publisher.submit("/backoffice/news/" + id, remove, Map.of());
		assertThat(publisher.follow(removed).html().select(".alert--success").text()).isEqualTo("Đã gỡ tệp đính kèm.");
		assertThat(attachments.of(id)).isEmpty();
		assertThat(auditTrail.forEntity(Newsroom.ENTITY, String.valueOf(id), PageRequest.of(0, 20)).getContent())
			.extracting(AuditEntryView::action)
			.contains("ATTACHMENT_ADDED", "ATTACHMENT_REMOVED");
	}

	private NewsroomHttp.Answer upload(NewsroomHttp http, long articleId, String title, String fileName, String type,
			byte[] content) {
		String page = "/backoffice/news/" + articleId;
		String action = page + "/attachments";
		String token = http.get(page).csrfToken("/logout");
		return http.upload(action, Map.of("_csrf", token, "title", title), "file", fileName, type, content);
	}

	/** The error shown after the redirect, in the language asked for ({@code vi} or {@code en}). */
	private static String problem(NewsroomHttp http, NewsroomHttp.Answer answer, String language) {
		assertThat(answer.status()).isEqualTo(302);
		Document page = http.get(answer.location() + "?lang=" + language).html();
		return page.select(".alert--error").text();
	}

}
