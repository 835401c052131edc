package vn.ocop.portal.shared.web;

import java.util.List;
import java.util.Locale;

/**
 * Implemented (as a bean) by modules whose public data can be found through the site search
 * ({@code /tim-kiem}). Each provider returns only what anonymous citizens may see. Use
 * {@link SearchText#fold(String)} to match with or without Vietnamese diacritics.
 */
public interface SearchProvider {

	/**
	 * @param query  the keywords, stripped, never blank, at most 200 characters
	 * @param locale the language of the page that shows the hits
	 * @param limit  the most hits to return
	 */
	List<SearchHit> search(String query, Locale locale, int limit);

	/**
	 * As {@link #search(String, Locale, int)}, when the page shows only the first {@code described}
	 * hits (the others are counted): a provider whose snippets are costly may leave the others'
	 * snippets empty. By default every hit has its snippet.
	 *
	 * @param described how many of the first hits are shown, at most {@code limit}
	 */
	default List<SearchHit> search(String query, Locale locale, int limit, int described) {
		return search(query, locale, limit);
	}

}
