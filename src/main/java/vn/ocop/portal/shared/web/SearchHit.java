package vn.ocop.portal.shared.web;

import java.util.List;

/**
 * One result of the site search.
 *
 * @param kindKey message key naming the kind of thing found (results are grouped by it), e.g.
 *                {@code units.search.kind}
 * @param title   what was found, as plain text (escaped when shown)
 * @param url     its public page, a path inside the portal
 * @param snippet a short plain-text excerpt; may be empty
 * @param matched folded words the provider matched besides the query's own (e.g. the word it
 *                found for a mistyped one: {@code ocop} for {@code ocpo}); the page highlights
 *                them too and says the results are close matches. Empty for exact matches.
 */
public record SearchHit(String kindKey, String title, String url, String snippet, List<String> matched) {

	public SearchHit {
		if (kindKey == null || kindKey.isBlank() || title == null || title.isBlank()) {
			throw new IllegalArgumentException("A search hit needs a kind key and a title");
		}
		if (url == null || !url.startsWith("/") || url.startsWith("//")) {
			throw new IllegalArgumentException("A search hit links to a path inside the portal, got " + url);
		}
		snippet = snippet == null ? "" : snippet;
		matched = matched == null ? List.of() : List.copyOf(matched);
	}

	/** An exact match of the query's words. */
	public SearchHit(String kindKey, String title, String url, String snippet) {
		this(kindKey, title, url, snippet, List.of());
	}

}
