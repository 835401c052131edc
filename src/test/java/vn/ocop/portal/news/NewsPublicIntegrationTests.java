package vn.ocop.portal.news;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.ocop.portal.news.Newsdesk.EDITOR;
import static vn.ocop.portal.news.Newsdesk.PUBLISHER;
import static vn.ocop.portal.news.Newsdesk.as;
import static vn.ocop.portal.news.Newsdesk.published;
import static vn.ocop.portal.news.Newsdesk.story;
import static vn.ocop.portal.news.Newsdesk.unique;

import java.io.ByteArrayOutputStream;
import java.awt.image.BufferedImage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The public news pages over the real database: stored XSS is neutralised everywhere it shows,
 * article metadata, listings, feeds, sitemap, robots, search, and conditional requests.
 */
@NewsIntegrationTest
class NewsPublicIntegrationTests {

	static final String SCRIPT = "<script>document.title='pwned'</script>";

	static final String BODY_PAYLOADS = "<p>Đoạn an toàn XSSBODY</p>" + SCRIPT
			+ "<p><img src=\"x\" onerror=\"alert('onerror')\"></p>"
			+ "<p><a href=\"javascript:alert('js')\">bấm vào đây</a></p>"
			+ "<iframe src=\"https://evil.example/frame\"></iframe>"
			+ "<figure><img src=\"/media/anh/1/trang.png\" alt=\"Ảnh\" onload=\"alert(2)\"><figcaption>Chú thích <b onclick=\"alert(3)\">đậm</b></figcaption></figure>"
			+ "<svg onload=\"alert(4)\"></svg><p style=\"background:url(javascript:alert(5))\">kiểu</p>";

	@LocalServerPort
	int port;

	@Autowired
	MockMvc mvc;

	@Autowired
	Newsroom newsroom;

	@Autowired
	Articles articles;

	@Autowired
	MediaLibrary media;

	@Autowired
	ArticleAttachments attachments;

	@Autowired
	Attachments attachmentStore;

	@Autowired
	CategoryAdministration categoryAdministration;

	@Test
	void storedScriptsEventHandlersJavascriptUrlsAndForeignFramesAreNeutralisedOnEveryPage() throws Exception {
		long n = unique();
		String marker = "xsstest" + n;
		long photo = as(EDITOR, () -> media.upload("anh.png", png(800, 500), "Chú thích " + marker + " " + SCRIPT
				+ "<img src=x onerror=alert(9)>", "Mô tả " + marker, "Nhóm thử"));
		ArticleContent content = new ArticleContent("Tiêu đề " + marker + " " + SCRIPT, "Sapo " + marker + " <img src=x onerror=alert(8)>",
				BODY_PAYLOADS, "Tác giả <script>alert(7)</script>", articles.category("san-pham-ocop").orElseThrow().id(), photo,
				List.of(marker, "<script>alert(6)</script>"), "");
		long id = as(EDITOR, () -> newsroom.write(content));
		String attachmentTitle = "Tài liệu " + marker + " " + SCRIPT + "<img src=x onerror=alert(10)>";
		as(EDITOR, () -> attachments.attach(id, attachmentTitle, "<script>alert(11)</script>.pdf", Pdfs.small("XSS")));
		as(EDITOR, () -> newsroom.submit(id, newsroom.load(id).version()));
		as(PUBLISHER, () -> newsroom.publish(id, newsroom.load(id).version(), null));
		Article article = articles.find(id).orElseThrow();
		assertThat(article.bodyHtml()).contains("XSSBODY", "<figure>", "<figcaption>")
			.doesNotContain("<script", "onerror", "onload", "onclick", "javascript:", "<iframe", "<svg", "style=");

		String tagSlug = Slugs.of(marker);
		for (String page : List.of("/tin-tuc/" + article.slug(), "/", "/tin-tuc", "/tin-tuc/chuyen-muc/san-pham-ocop",
				"/tin-tuc/the/" + tagSlug, "/tim-kiem?q=" + marker, "/tin-tuc/atom.xml", "/tin-tuc/chuyen-muc/san-pham-ocop/atom.xml")) {
			String html = mvc.perform(get(page)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
			assertThat(html).as(page).contains(marker);
			assertSafe(page, html);
		}
		for (String page : List.of("/backoffice/news/" + id, "/backoffice/news?q=" + marker, "/backoffice/news/media?q=" + marker,
				"/backoffice/news/" + id + "/revisions/1")) {
			String html = mvc.perform(get(page).with(authentication(PUBLISHER))).andExpect(status().isOk()).andReturn().getResponse()
				.getContentAsString();
			assertThat(html).as(page).contains(marker);
			assertSafe(page, html);
		}
		// the attachment's title is shown as text on the article page and the newsroom's, its file name is made safe
		for (var page : List.of(mvc.perform(get("/tin-tuc/" + article.slug())), mvc.perform(get("/backoffice/news/" + id)
				.with(authentication(PUBLISHER))))) {
			Document document = Jsoup.parse(page.andReturn().getResponse().getContentAsString());
			assertThat(document.select("a[href$=.pdf]").eachText()).contains(attachmentTitle);
		}
		assertThat(attachmentStore.of(id)).extracting(Attachment::fileName).containsExactly("script.pdf");
	}

	/** A stored category name with markup is text on the listings, its page, an article's breadcrumbs and the back office. */
	@Test
	void aCategoryNameWithMarkupIsShownAsText() throws Exception {
		long n = unique();
		String name = "Chuyên mục " + n + " " + SCRIPT + "<img src=x onerror=alert(12)>";
		long category = as(PUBLISHER, () -> categoryAdministration.create(new CategoryForm(name, "Section " + n + " " + SCRIPT, 0)));
		try {
			long id = published(newsroom, new ArticleContent("Bài trong chuyên mục lạ " + n, "Sapo", "<p>Thân</p>", "Tác giả",
					category, null, List.of(), ""));
			String slug = articles.category(category).orElseThrow().slug();
			assertThat(slug).startsWith("chuyen-muc-" + n + "-script-").matches("[a-z0-9]+(-[a-z0-9]+)*");
			for (String page : List.of("/tin-tuc", "/tin-tuc/chuyen-muc/" + slug, "/tin-tuc/" + articles.find(id).orElseThrow().slug(),
					"/tin-tuc/chuyen-muc/" + slug + "/atom.xml", "/tin-tuc?lang=en")) {
				String html = mvc.perform(get(page)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
				assertThat(html).as(page).contains(String.valueOf(n));
				assertSafe(page, html);
			}
			for (String page : List.of("/backoffice/news/categories", "/backoffice/news/categories/" + category + "/edit",
					"/backoffice/news/" + id, "/backoffice/news")) {
				String html = mvc.perform(get(page).with(authentication(PUBLISHER))).andExpect(status().isOk()).andReturn()
					.getResponse().getContentAsString();
				assertThat(html).as(page).contains(String.valueOf(n));
				assertSafe(page, html);
			}
			assertThat(Jsoup.parse(mvc.perform(get("/tin-tuc/chuyen-muc/" + slug)).andReturn().getResponse().getContentAsString())
				.selectFirst("h1").text()).isEqualTo(name);
		}
		finally {
			// out of the public navigation again (it has an article, so it stays)
			as(PUBLISHER, () -> categoryAdministration.hide(category, articles.category(category).orElseThrow().version(), true));
		}
	}

	/** No executable markup from the payloads: no script element of ours, no handler, no javascript: link, no frame. */
	private static void assertSafe(String page, String html) {
		boolean xml = page.endsWith(".xml");
		// in a feed, titles and summaries are Atom text constructs (shown as text); only content type="html" is markup
		Document feed = xml ? Jsoup.parse(html, "", org.jsoup.parser.Parser.xmlParser()) : null;
		if (feed != null) {
			assertThat(feed.select("title[type], summary[type]")).as(page + ": text constructs").isEmpty();
		}
		Document document = xml ? Jsoup.parse(String.join("", feed.select("content[type=html]").eachText())) : Jsoup.parse(html);
		assertThat(document.select("script").stream().filter(script -> !script.hasAttr("src")
				&& !"application/ld+json".equals(script.attr("type")))).as(page + ": inline scripts").isEmpty();
		assertThat(document.select("[onerror], [onload], [onclick]")).as(page + ": event handlers").isEmpty();
		assertThat(document.select("a[href^=javascript], [src^=javascript]")).as(page + ": javascript URLs").isEmpty();
		assertThat(document.select("iframe, svg, object, embed")).as(page + ": frames and embeds").isEmpty();
		assertThat(html).as(page).doesNotContain("document.title='pwned'</script>", "alert(7)</script>");
		document.select("script[type=application/ld+json]").forEach(data -> assertThat(data.data()).doesNotContain("<"));
	}

	@Test
	void anArticlePageHasTheDateTitleLeadBodyFiguresAuthorShareLinksAndMetadata() throws Exception {
		long n = unique();
		long photo = as(EDITOR, () -> media.upload("dong.png", png(1600, 900), "Ruộng dong riềng " + n, "Ruộng dong riềng xanh", "Nhóm thử"));
		ArticleContent content = new ArticleContent("Dong riềng được mùa " + n, "Nông dân phấn khởi vì giá tốt.",
				"<p>Thân bài.</p><figure><img src=\"/media/anh/" + photo + "/trang.png\" alt=\"Củ dong\"><figcaption>Củ dong sau thu hoạch</figcaption></figure>",
				"Thu Hà", articles.category("san-pham-ocop").orElseThrow().id(), photo, List.of("dong riềng"), "");
		long id = published(newsroom, content);
		Article article = articles.find(id).orElseThrow();

		MvcResult result = mvc.perform(get("/tin-tuc/" + article.slug())).andExpect(status().isOk()).andReturn();
		Document page = Jsoup.parse(result.getResponse().getContentAsString());
		assertThat(page.selectFirst("h1").text()).isEqualTo("Dong riềng được mùa " + n);
		assertThat(page.selectFirst(".news-article__date").text()).matches("\\d{2}/\\d{2}/\\d{4}");
		assertThat(page.selectFirst(".news-article__lead").text()).isEqualTo("Nông dân phấn khởi vì giá tốt.");
		assertThat(page.select(".news-article__body figure figcaption").text()).isEqualTo("Củ dong sau thu hoạch");
		assertThat(page.selectFirst(".news-article__cover figcaption").text()).contains("Ruộng dong riềng " + n, "Ảnh: Nhóm thử");
		assertThat(page.selectFirst(".news-article__author").text()).isEqualTo("Thu Hà");
		assertThat(page.select("[data-font-size=increase]")).isNotEmpty();
		assertThat(page.select("button[data-news-print]").text()).isEqualTo("In bài viết");
		assertThat(page.select(".news-share a").eachAttr("href")).anyMatch(href -> href.startsWith("https://www.facebook.com/sharer"));
		assertThat(page.select("meta[property=og:title]").attr("content")).isEqualTo("Dong riềng được mùa " + n);
		assertThat(page.select("meta[property=og:image]").attr("content")).endsWith("/media/anh/" + photo + "/trang.jpg");
		assertThat(page.select("link[rel=canonical]").attr("href")).endsWith("/tin-tuc/" + article.slug());
		String jsonLd = page.selectFirst("script[type=application/ld+json]").data();
		assertThat(jsonLd).contains("\"@type\":\"NewsArticle\"", "\"headline\":\"Dong riềng được mùa " + n + "\"");
		assertThat(result.getResponse().getHeader("Cache-Control")).isEqualTo("public, no-cache");

		mvc.perform(get("/media/anh/" + photo + "/nho.jpg")).andExpect(status().isOk());
	}

	@Test
	void pagesAnswerNotModifiedUntilSomethingPublicChanges() throws Exception {
		long id = published(newsroom, story(articles, "Bài kiểm tra bộ nhớ đệm " + unique(), "<p>Lần một</p>"));
		String path = "/tin-tuc/" + articles.find(id).orElseThrow().slug();
		MvcResult first = mvc.perform(get(path)).andExpect(status().isOk()).andReturn();
		String etag = first.getResponse().getHeader("ETag");
		assertThat(etag).isNotBlank();
		assertThat(first.getResponse().getHeader("Last-Modified")).isNotBlank();

		mvc.perform(get(path).header("If-None-Match", etag)).andExpect(status().isNotModified());

		published(newsroom, story(articles, "Bài mới làm đổi trang " + unique(), "<p>Lần hai</p>"));
		MvcResult after = mvc.perform(get(path).header("If-None-Match", etag)).andExpect(status().isOk()).andReturn();
		assertThat(after.getResponse().getHeader("ETag")).isNotEqualTo(etag);

		// a draft does not change what readers see
		String current = after.getResponse().getHeader("ETag");
		as(EDITOR, () -> newsroom.write(story(articles, "Bản nháp không đổi trang " + unique(), "<p>Nháp</p>")));
		mvc.perform(get(path).header("If-None-Match", current)).andExpect(status().isNotModified());
	}

	@Test
	void feedsSitemapRobotsAndSearchListPublishedArticlesOnly() throws Exception {
		long n = unique();
		long out = published(newsroom, story(articles, "Công nhận OCOP cho chè Shan tuyết " + n, "<p>Chè ngon.</p>", "chè"));
		long draft = as(EDITOR, () -> newsroom.write(story(articles, "Bản nháp chưa đăng " + n, "<p>Nháp.</p>")));
		String outSlug = articles.find(out).orElseThrow().slug();
		String draftSlug = articles.find(draft).orElseThrow().slug();

		String feed = mvc.perform(get("/tin-tuc/atom.xml")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(feed).contains("<feed xmlns=\"http://www.w3.org/2005/Atom\"", "/tin-tuc/" + outSlug).doesNotContain(draftSlug);
		String category = mvc.perform(get("/tin-tuc/chuyen-muc/kinh-te-tap-the/atom.xml")).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString();
		assertThat(category).contains("/tin-tuc/" + outSlug);
		mvc.perform(get("/tin-tuc/chuyen-muc/khong-co/atom.xml")).andExpect(status().isNotFound());

		String index = mvc.perform(get("/sitemap.xml")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(index).contains("<sitemapindex", "/sitemap-tin-tuc-1.xml");
		String sitemap = mvc.perform(get("/sitemap-tin-tuc-1.xml")).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
		assertThat(sitemap).contains("<urlset", "/tin-tuc/" + outSlug).doesNotContain(draftSlug);
		mvc.perform(get("/sitemap-khong-co-1.xml")).andExpect(status().isNotFound());
		String robots = mvc.perform(get("/robots.txt")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(robots).contains("Disallow: /backoffice", "Sitemap: http://localhost/sitemap.xml");

		String search = mvc.perform(get("/tim-kiem").param("q", "cong nhan ocop che shan tuyet " + n)).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		// titles are shown with the words found highlighted (<mark>), so compared as text
		assertThat(Jsoup.parse(search).select(".search-results a").eachText()).contains("Công nhận OCOP cho chè Shan tuyết " + n);
		assertThat(search).contains("/tin-tuc/" + outSlug);
		String none = mvc.perform(get("/tim-kiem").param("q", "ban nhap chua dang " + n)).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString();
		assertThat(none).doesNotContain("Bản nháp chưa đăng " + n);
	}

	@Test
	void listingsArePaginatedAndTheAboutPageSpeaksBothLanguages() throws Exception {
		String page = mvc.perform(get("/tin-tuc")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		Document list = Jsoup.parse(page);
		assertThat(list.select(".news-card")).hasSizeLessThanOrEqualTo(10).isNotEmpty();
		assertThat(list.select(".pagination a[rel=next]").attr("href")).isEqualTo("/tin-tuc?page=2");
		mvc.perform(get("/tin-tuc").param("page", "2")).andExpect(status().isOk());
		mvc.perform(get("/tin-tuc/chuyen-muc/khong-co")).andExpect(status().isNotFound());
		mvc.perform(get("/tin-tuc/khong-co-bai-nay")).andExpect(status().isNotFound());

		String vi = mvc.perform(get("/gioi-thieu")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(Jsoup.parse(vi).selectFirst("h1").text()).startsWith("Giới thiệu cổng thông tin");
		String en = mvc.perform(get("/gioi-thieu").param("lang", "en")).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
		assertThat(Jsoup.parse(en).selectFirst("h1").text()).startsWith("About the collective economy and OCOP portal");
	}

	@Test
	void theDemoArticlesArePublishedWithTheirPhotos() throws Exception {
		String home = mvc.perform(get("/")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		Document page = Jsoup.parse(home);
		assertThat(page.select(".home-card")).hasSizeGreaterThanOrEqualTo(6);
		assertThat(NewsDemoData.read()).hasSize(12);
		Article demo = articles.findBySlug(Slugs.of(NewsDemoData.read().get(0).get("title"))).orElseThrow();
		assertThat(demo.status()).isEqualTo(ArticleStatus.PUBLISHED);
		assertThat(demo.coverPhotoId()).isNotNull();
	}

	@Test
	void theDemoNoticeLinksItsScheduleAsARealPdfInVietnamese() throws Exception {
		Map<String, String> notice = NewsDemoData.read().stream().filter(item -> item.containsKey("attachment")).findFirst().orElseThrow();
		String slug = Slugs.of(notice.get("title"));
		HttpClient http = HttpClient.newHttpClient();

		HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/tin-tuc/" + slug)).build(),
				HttpResponse.BodyHandlers.ofString());

		assertThat(page.statusCode()).isEqualTo(200);
		org.jsoup.nodes.Element link = Jsoup.parse(page.body()).selectFirst(".news-attachments a[href$=.pdf]");
		assertThat(link).isNotNull();
		assertThat(link.text()).contains(DemoSchedulePdf.TITLE);
		HttpResponse<byte[]> download = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + link.attr("href")))
			.build(), HttpResponse.BodyHandlers.ofByteArray());
		assertThat(download.statusCode()).isEqualTo(200);
		assertThat(download.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/pdf"));
		try (PDDocument pdf = Loader.loadPDF(download.body())) {
			assertThat(pdf.getNumberOfPages()).isEqualTo(1);
			assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo(DemoSchedulePdf.TITLE);
			String text = new PDFTextStripper().getText(pdf);
			assertThat(text).contains("LỊCH TIẾP NHẬN HỒ SƠ", "Đợt một", "Đợt hai", "02/01 – 30/04/2025", "15 ngày làm việc");
		}
	}

	static byte[] png(int width, int height) {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		java.awt.Graphics2D g = image.createGraphics();
		g.setColor(java.awt.Color.GREEN);
		g.fillRect(0, 0, width, height / 2);
		g.dispose();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, "png", out);
		}
		catch (java.io.IOException failure) {
			throw new java.io.UncheckedIOException(failure);
		}
		return out.toByteArray();
	}

}
