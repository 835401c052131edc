package vn.ocop.portal.news;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.util.DigestUtils;
import org.springframework.web.context.request.WebRequest;

/**
 * Conditional requests for the public news pages, feeds and sitemap. The validators come from one
 * database row ({@code news_public_state}) that every change readers can see moves forward — in
 * the same transaction, so every node agrees at once and nothing is cached in memory. The ETag
 * also names the language and whether someone is signed in (the header differs); responses say
 * {@code no-cache}, so browsers and proxies revalidate each time and a published change shows at
 * once, at the cost of a 304 round trip.
 */
@Component
class PublicCaching {

	private final Articles articles;

	PublicCaching(Articles articles) {
		this.articles = articles;
	}

	/** True when the client's copy is current (the 304 is set up): render nothing. */
	boolean notModified(WebRequest request, HttpServletResponse response, String variant) {
		Instant changed = articles.publicPagesChangedAt();
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		boolean signedIn = authentication != null && authentication.isAuthenticated()
				&& !(authentication instanceof AnonymousAuthenticationToken);
		String tag = changed.toEpochMilli() + "|" + LocaleContextHolder.getLocale().getLanguage() + "|" + signedIn + "|" + variant;
		String etag = "\"" + DigestUtils.md5DigestAsHex(tag.getBytes(StandardCharsets.UTF_8)) + "\"";
		response.setHeader(HttpHeaders.CACHE_CONTROL, signedIn ? "private, no-cache" : "public, no-cache");
		response.setHeader(HttpHeaders.VARY, "Cookie");
		return request.checkNotModified(etag, changed.toEpochMilli());
	}

}
