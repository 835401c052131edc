package vn.ocop.portal.news;

import java.util.List;

/**
 * What the site search found among readable articles.
 *
 * @param found the articles, newest first
 * @param words the folded words they were found with: the query's, or the close matches of its
 *              mistyped words
 */
record ArticleSearch(List<Found> found, List<String> words) {

	/**
	 * An article found, with the text of its body without markup (for the snippet around the words).
	 *
	 * @param bodyText  the body's text, or its beginning only when {@code wholeBody} is false; null
	 *                  when it was not read (a hit counted, not shown)
	 * @param wholeBody whether {@code bodyText} is the whole text
	 */
	record Found(ArticleSummary article, String bodyText, boolean wholeBody) {
	}

}
