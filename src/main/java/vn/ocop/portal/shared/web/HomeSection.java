package vn.ocop.portal.shared.web;

import java.util.List;

/**
 * A block of the home page.
 *
 * @param titleKey   key of the heading in the message bundles
 * @param moreKey    key of the link to everything ("All news")
 * @param morePath   that link, a path inside the portal
 * @param items      the cards, at most a handful
 * @param order      position, smaller first
 */
public record HomeSection(String titleKey, String moreKey, String morePath, List<HomeSectionItem> items, int order) {

	public HomeSection {
		if (titleKey == null || titleKey.isBlank() || moreKey == null || moreKey.isBlank()) {
			throw new IllegalArgumentException("A home section needs a title key and a link key");
		}
		if (morePath == null || !morePath.startsWith("/") || morePath.startsWith("//")) {
			throw new IllegalArgumentException("A home section links inside the portal, got " + morePath);
		}
		items = List.copyOf(items);
	}

}
