package vn.ocop.portal.portal;

import java.util.List;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.stereotype.Component;

/**
 * The rendered public pages of this node, bounded by memory (Caffeine's size-bounded eviction,
 * least recently and least frequently used first) and by age.
 */
@Component
class PageCache {

	private final Cache<String, CachedPage> pages;

	PageCache(PageCacheProperties properties) {
		this.pages = Caffeine.newBuilder()
			.maximumWeight(properties.maxSize().toBytes())
			.weigher((String key, CachedPage page) -> key.length() * 2 + page.weight())
			.expireAfterWrite(properties.maxAge())
			.build();
	}

	/** The page kept under the key for the version, or null. */
	CachedPage find(String key, long version) {
		CachedPage page = pages.getIfPresent(key);
		return page == null || page.version() != version ? null : page;
	}

	void put(String key, CachedPage page) {
		pages.put(key, page);
	}

	void clear() {
		pages.invalidateAll();
	}

	long size() {
		return pages.estimatedSize();
	}

	/**
	 * A rendered page as it was answered.
	 *
	 * @param body         the bytes of the body
	 * @param contentType  the Content-Type with its charset
	 * @param language     the Content-Language, or null
	 * @param etag         the strong validator (quoted)
	 * @param lastModified the Last-Modified, epoch milliseconds (whole seconds)
	 * @param headers      the other headers as name/value pairs (security headers, Cache-Control,
	 *                     Vary, ETag, Last-Modified; never Set-Cookie)
	 * @param version      the page version it was rendered under
	 */
	record CachedPage(byte[] body, String contentType, java.util.Locale language, String etag, long lastModified,
			List<String[]> headers, long version) {

		int weight() {
			int weight = body.length + 256;
			for (String[] header : headers) {
				weight += (header[0].length() + header[1].length()) * 2 + 32;
			}
			return weight;
		}

	}

}
