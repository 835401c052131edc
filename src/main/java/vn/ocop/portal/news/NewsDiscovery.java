package vn.ocop.portal.news;

import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;

import vn.ocop.portal.shared.web.HomeSection;
import vn.ocop.portal.shared.web.HomeSectionContribution;
import vn.ocop.portal.shared.web.HomeTile;
import vn.ocop.portal.shared.web.HomeTileContribution;
import vn.ocop.portal.shared.web.SearchHit;
import vn.ocop.portal.shared.web.SearchProvider;
import vn.ocop.portal.shared.web.SitemapContribution;
import vn.ocop.portal.shared.web.SitemapEntry;

/**
 * How readers find the news outside its own pages: the latest articles on the home page, a home
 * tile, the site search (with or without diacritics: {@code cong nhan ocop} finds
 * {@code công nhận OCOP}) and the sitemap.
 */
@Component
class NewsDiscovery implements HomeSectionContribution, HomeTileContribution, SearchProvider, SitemapContribution {

	static final int HOME_ITEMS = 6;

	static final int SNIPPET = 200;

	private final Articles articles;

	private final Photos photos;

	NewsDiscovery(Articles articles, Photos photos) {
		this.articles = articles;
		this.photos = photos;
	}

	@Override
	public List<HomeSection> homeSections(Locale locale) {
		List<vn.ocop.portal.shared.web.HomeSectionItem> items = articles.published(null, null, 0, HOME_ITEMS)
			.getContent()
			.stream()
			.map(article -> {
				Photo cover = article.coverPhotoId() == null ? null : photos.find(article.coverPhotoId()).orElse(null);
				return new vn.ocop.portal.shared.web.HomeSectionItem(article.title(), article.path(), article.lead(),
						article.publishedAt(), cover == null ? null : cover.thumbnailPath(), cover == null ? "" : cover.altText());
			})
			.toList();
		return List.of(new HomeSection("news.home.latest", "news.home.all", NewsPublicController.PATH, items, 10));
	}

	@Override
	public List<HomeTile> homeTiles() {
		return List.of(new HomeTile("news.tile.title", "news.tile.text", NewsPublicController.PATH, 10),
				new HomeTile("news.about.tile.title", "news.about.tile.text", AboutController.PATH, 90));
	}

	@Override
	public List<SearchHit> search(String query, Locale locale, int limit) {
		return articles.search(query, limit)
			.stream()
			.map(article -> new SearchHit("news.search.kind", article.title(), article.path(), snippet(article.lead())))
			.toList();
	}

	@Override
	public String name() {
		return "tin-tuc";
	}

	@Override
	public long count() {
		return articles.countReadable();
	}

	@Override
	public List<SitemapEntry> entries(int offset, int limit) {
		return articles.readable(offset, limit).stream().map(article -> new SitemapEntry(article.path(), article.updatedAt())).toList();
	}

	private static String snippet(String text) {
		return text.length() <= SNIPPET ? text : text.substring(0, text.lastIndexOf(' ', SNIPPET) > 0 ? text.lastIndexOf(' ', SNIPPET) : SNIPPET) + "…";
	}

}
