package vn.ocop.portal.shared.web;

import java.time.Instant;

/**
 * One card of a {@link HomeSection}; texts are plain (escaped when shown).
 *
 * @param title    the item's title
 * @param path     its page, a path inside the portal
 * @param summary  one or two sentences; may be empty
 * @param date     the date shown on the card; may be null
 * @param imagePath a small image inside the portal; may be null
 * @param imageAlt  the image's text alternative (empty for a decorative image)
 */
public record HomeSectionItem(String title, String path, String summary, Instant date, String imagePath, String imageAlt) {

	public HomeSectionItem {
		if (title == null || title.isBlank()) {
			throw new IllegalArgumentException("A home section item needs a title");
		}
		if (path == null || !path.startsWith("/") || path.startsWith("//")) {
			throw new IllegalArgumentException("A home section item links inside the portal, got " + path);
		}
		if (imagePath != null && (!imagePath.startsWith("/") || imagePath.startsWith("//"))) {
			throw new IllegalArgumentException("A home section image lies inside the portal, got " + imagePath);
		}
		summary = summary == null ? "" : summary;
		imageAlt = imageAlt == null ? "" : imageAlt;
	}

}
