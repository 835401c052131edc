package vn.ocop.portal.news;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Absolute addresses for feeds, sitemaps, Open Graph and share links: from
 * {@code ocop.news.site-url} when set, else from the request (behind a proxy, its forwarded
 * headers are honoured).
 */
@Component
class NewsLinks {

	private final NewsProperties properties;

	private final String siteName;

	NewsLinks(NewsProperties properties, @Value("${ocop.portal.display-name:}") String siteName) {
		this.properties = properties;
		this.siteName = siteName;
	}

	String absolute(String path) {
		String base = properties.siteUrl().isBlank() ? ServletUriComponentsBuilder.fromCurrentContextPath().toUriString()
				: properties.siteUrl();
		return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + path;
	}

	String siteName() {
		return siteName;
	}

	/** Share links: Facebook, X and e-mail (plain links, no third-party script). */
	List<ShareLink> share(String url, String title) {
		String u = encode(url);
		String t = encode(title);
		return List.of(new ShareLink("news.share.facebook", "https://www.facebook.com/sharer/sharer.php?u=" + u),
				new ShareLink("news.share.x", "https://x.com/intent/post?url=" + u + "&text=" + t),
				new ShareLink("news.share.email", "mailto:?subject=" + t + "&body=" + u));
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
	}

	/** One share link; the label is a message key. */
	record ShareLink(String labelKey, String href) {
	}

}
