package vn.ocop.portal.shared.web;

import java.time.Instant;

/**
 * One page in the sitemap.
 *
 * @param path         the page, a path inside the portal (made absolute by the sitemap)
 * @param lastModified when it last changed; may be null
 */
public record SitemapEntry(String path, Instant lastModified) {

	public SitemapEntry {
		if (path == null || !path.startsWith("/") || path.startsWith("//")) {
			throw new IllegalArgumentException("A sitemap entry is a path inside the portal, got " + path);
		}
	}

}
