package vn.ocop.portal.news;

import java.time.Instant;
import java.util.List;

/** One saved version of an article's text, numbered from 1. */
record Revision(long articleId, int number, String title, String lead, String bodyHtml, String authorLine, long categoryId,
		List<String> tags, String savedBy, Instant savedAt) {

	ArticleContent content(Long coverPhotoId, String slug) {
		return new ArticleContent(title, lead, bodyHtml, authorLine, categoryId, coverPhotoId, tags, slug);
	}

}
