package vn.ocop.portal.news;

import java.util.List;

/**
 * What an editor writes: the article's text and classification, already checked by the form. The
 * body is sanitised by {@link Newsroom} before it is stored, whatever its source.
 *
 * @param slug the address wanted by the editor; blank: derived from the title
 */
record ArticleContent(String title, String lead, String bodyHtml, String authorLine, long categoryId, Long coverPhotoId,
		List<String> tags, String slug) {
}
