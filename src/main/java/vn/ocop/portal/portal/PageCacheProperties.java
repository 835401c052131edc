package vn.ocop.portal.portal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The page cache for anonymous readers ({@link PageCacheFilter}).
 *
 * @param enabled         whether pages declared cacheable are kept in memory
 * @param maxSize         the memory the cached pages may take on one node (bodies and headers; the
 *                        least recently used pages go first)
 * @param maxPageSize     a page larger than this is never kept
 * @param refreshInterval how often each node reads the page version from the database (in the
 *                        background: a published change reaches every node within this time);
 *                        zero reads it on every cacheable request instead (tests)
 * @param maxAge          how long a page is kept at most, for content whose changes do not move
 *                        the version (catalogue, directory, statistics)
 */
@ConfigurationProperties("ocop.page-cache")
record PageCacheProperties(@DefaultValue("true") boolean enabled, @DefaultValue("64MB") DataSize maxSize,
		@DefaultValue("1MB") DataSize maxPageSize, @DefaultValue("500ms") Duration refreshInterval,
		@DefaultValue("2m") Duration maxAge) {
}
