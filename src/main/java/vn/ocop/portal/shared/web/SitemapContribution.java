package vn.ocop.portal.shared.web;

import java.util.List;

/**
 * Implemented (as a bean) by modules whose public pages belong in {@code /sitemap.xml}: articles,
 * later OCOP products and organisations. The portal serves a sitemap index with one file per
 * contribution and page of entries, so a module with hundreds of thousands of pages is read a
 * page at a time ({@link #entries(int, int)} with an offset), never all at once.
 */
public interface SitemapContribution {

	/** A short name for the contribution's files, {@code [a-z0-9-]+}, e.g. {@code tin-tuc}. */
	String name();

	/** How many entries there are now. */
	long count();

	/** Entries in a stable order, {@code limit} of them from {@code offset}. */
	List<SitemapEntry> entries(int offset, int limit);

}
