package vn.ocop.portal.news;

import java.time.Instant;

/** An article in a list: what a listing, a feed or the back office's table shows. */
record ArticleSummary(long id, String slug, String title, String lead, long categoryId, ArticleStatus status,
		Instant publishedAt, Instant publishAt, Instant updatedAt, String updatedBy, Long coverPhotoId) {

	/** The article's public address. */
	public String path() {
		return "/tin-tuc/" + slug;
	}

}
