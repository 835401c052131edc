package vn.ocop.portal.news;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.data.domain.Page;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.view.RedirectView;

import vn.ocop.portal.shared.web.CacheablePage;

/**
 * The public news: all news, a category, a tag (paginated), and an article at
 * {@code /tin-tuc/{slug}}; an old slug answers 301 to the current one. Pages are cacheable
 * ({@link PublicCaching}).
 */
@CacheablePage
@Controller
@RequestMapping(NewsPublicController.PATH)
class NewsPublicController {

	static final String PATH = "/tin-tuc";

	static final int RELATED = 4;

	private final Articles articles;

	private final Photos photos;

	private final PublicCaching caching;

	private final NewsLinks links;

	private final NewsProperties properties;

	private final Attachments attachments;

	NewsPublicController(Articles articles, Photos photos, PublicCaching caching, NewsLinks links, NewsProperties properties,
			Attachments attachments) {
		this.articles = articles;
		this.photos = photos;
		this.caching = caching;
		this.links = links;
		this.properties = properties;
		this.attachments = attachments;
	}

	@GetMapping
	String showNews(@RequestParam(required = false) String page, WebRequest request, HttpServletResponse response,
			Model model) {
		if (caching.notModified(request, response, "all")) {
			return null;
		}
		return listing(articles.published(null, null, NewsForms.pageIndex(page), properties.pageSize()), PATH, null, null,
				model);
	}

	@GetMapping("/chuyen-muc/{slug}")
	String showCategory(@PathVariable String slug, @RequestParam(required = false) String page, WebRequest request,
			HttpServletResponse response, Model model) {
		Category category = articles.category(slug).orElseThrow(() -> new ArticleNotFound("category " + slug));
		if (caching.notModified(request, response, "category")) {
			return null;
		}
		return listing(articles.published(category.id(), null, NewsForms.pageIndex(page), properties.pageSize()),
				PATH + "/chuyen-muc/" + category.slug(), category, null, model);
	}

	@GetMapping("/the/{slug}")
	String showTag(@PathVariable String slug, @RequestParam(required = false) String page, WebRequest request,
			HttpServletResponse response, Model model) {
		Tag tag = (Slugs.valid(slug) ? articles.tag(slug) : java.util.Optional.<Tag>empty())
			.orElseThrow(() -> new ArticleNotFound("tag " + slug));
		if (caching.notModified(request, response, "tag")) {
			return null;
		}
		return listing(articles.published(null, tag.id(), NewsForms.pageIndex(page), properties.pageSize()),
				PATH + "/the/" + tag.slug(), null, tag, model);
	}

	@GetMapping("/{slug}")
	Object showArticle(@PathVariable String slug, WebRequest request, HttpServletResponse response, Model model,
			Locale locale) {
		if (!Slugs.valid(slug)) {
			throw new ArticleNotFound("article " + slug);
		}
		Article article = articles.findBySlug(slug).filter(found -> found.status().readable()).orElse(null);
		if (article == null) {
			String current = articles.currentSlugFor(slug).orElseThrow(() -> new ArticleNotFound("article " + slug));
			RedirectView redirect = new RedirectView(PATH + "/" + current, true);
			redirect.setStatusCode(HttpStatus.MOVED_PERMANENTLY);
			return redirect;
		}
		if (caching.notModified(request, response, "article")) {
			return null;
		}
		Category category = articles.category(article.categoryId()).orElseThrow();
		Photo cover = article.coverPhotoId() == null ? null : photos.find(article.coverPhotoId()).orElse(null);
		String url = links.absolute(PATH + "/" + article.slug());
		model.addAttribute("article", article);
		model.addAttribute("category", category);
		model.addAttribute("tags", articles.tagRecordsOf(article.id()));
		model.addAttribute("cover", cover);
		model.addAttribute("related", articles.related(article, RELATED));
		model.addAttribute("attachments", attachments.of(article.id()));
		model.addAttribute("canonical", url);
		model.addAttribute("share", links.share(url, article.title()));
		java.util.Map<String, String> openGraph = new java.util.LinkedHashMap<>();
		openGraph.put("og:type", "article");
		openGraph.put("og:title", article.title());
		openGraph.put("og:description", article.lead());
		openGraph.put("og:url", url);
		openGraph.put("og:site_name", links.siteName());
		openGraph.put("og:locale", "vi_VN");
		if (cover != null) {
			openGraph.put("og:image", links.absolute(cover.pagePath()));
			openGraph.put("og:image:alt", cover.altText());
		}
		if (article.publishedAt() != null) {
			openGraph.put("article:published_time", article.publishedAt().toString());
		}
		openGraph.put("article:section", category.name(locale));
		model.addAttribute("openGraph", openGraph);
		model.addAttribute("jsonLd", JsonLd.newsArticle(article, category.name(locale), url,
				cover == null ? null : links.absolute(cover.pagePath()), links.absolute("/"), links.siteName()));
		return "news/public/article";
	}

	private String listing(Page<ArticleSummary> page, String path, Category category, Tag tag, Model model) {
		model.addAttribute("articles", page);
		model.addAttribute("pageLink", path);
		model.addAttribute("category", category);
		model.addAttribute("tag", tag);
		model.addAttribute("categories", articles.visibleCategories());
		model.addAttribute("photos", covers(page.getContent()));
		String feed = category == null ? PATH + "/atom.xml" : PATH + "/chuyen-muc/" + category.slug() + "/atom.xml";
		model.addAttribute("feed", feed);
		model.addAttribute("feedLinks", java.util.Map.of("Atom", feed));
		return "news/public/list";
	}

	/** Thumbnails of the listed articles, by photo id. */
	private java.util.Map<Long, Photo> covers(List<ArticleSummary> summaries) {
		return photos.findAll(summaries.stream().map(ArticleSummary::coverPhotoId).toList());
	}

}
