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
import vn.ocop.portal.shared.web.SearchText;
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
		List<ArticleSummary> latest = articles.latest(HOME_ITEMS);
		java.util.Map<Long, Photo> covers = photos.findAll(latest.stream().map(ArticleSummary::coverPhotoId).toList());
		List<vn.ocop.portal.shared.web.HomeSectionItem> items = latest.stream()
			.map(article -> {
				Photo cover = article.coverPhotoId() == null ? null : covers.get(article.coverPhotoId());
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

	/**
	 * Articles with every word of the query, or with the close matches of its mistyped words; the
	 * snippet is the part of the lead and body around the first of the words missing from the title
	 * (the title is shown anyway), or around the first word when the title has them all.
	 */
	@Override
	public List<SearchHit> search(String query, Locale locale, int limit) {
		return search(query, locale, limit, limit);
	}

	/** As {@link #search(String, Locale, int)}; the hits after the first {@code described} have no snippet (their bodies are not read). */
	@Override
	public List<SearchHit> search(String query, Locale locale, int limit, int described) {
		ArticleSearch result = articles.search(query, limit, described);
		List<String> matched = result.words().equals(SearchText.words(query)) ? List.of() : result.words();
		return result.found()
			.stream()
			.map(found -> new SearchHit("news.search.kind", found.article().title(), found.article().path(),
					found.bodyText() == null ? "" : snippet(found, notIn(found.article().title(), result.words())), matched))
			.toList();
	}

	/** The snippet from the beginning of the body that was read, or from the whole body when the beginning cannot tell. */
	private String snippet(ArticleSearch.Found found, List<String> words) {
		String lead = found.article().lead() + " ";
		if (!found.wholeBody()) {
			String fromBeginning = SearchText.excerptOfBeginning(lead + found.bodyText(), words, SNIPPET);
			if (fromBeginning != null) {
				return fromBeginning;
			}
			return SearchText.excerpt(lead + articles.wholeBodyText(found.article().id()), words, SNIPPET);
		}
		return SearchText.excerpt(lead + found.bodyText(), words, SNIPPET);
	}

	private static List<String> notIn(String title, List<String> words) {
		// the title folded once (SearchText.matches would fold it again for every word)
		String folded = SearchText.fold(title);
		List<String> missing = words.stream().filter(word -> !folded.contains(word)).toList();
		return missing.isEmpty() ? words : missing;
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

}
