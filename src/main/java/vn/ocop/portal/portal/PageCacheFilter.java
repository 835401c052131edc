package vn.ocop.portal.portal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.util.DigestUtils;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.ContentCachingResponseWrapper;

import vn.ocop.portal.portal.PageCache.CachedPage;
import vn.ocop.portal.shared.web.CacheablePage;

/**
 * Serves public pages to anonymous readers from memory ({@link PageCache}), before Spring Session
 * and Spring Security run: a hit creates no session, reads no database and renders nothing.
 * <p>
 * Only GET and HEAD requests without a session cookie, credentials or a language switch
 * ({@code ?lang=}) are looked up, under a key made of scheme, host, path, query and the language
 * (the {@code OCOP_LANG} cookie as the locale resolver reads it; the font size is applied in the
 * browser, so it does not vary the page). A miss renders the page as usual and keeps it when the
 * handler is declared {@link CacheablePage} and the answer is a 200 HTML page that sets no cookie,
 * is not private and holds no CSRF field; it is kept with the headers it was answered with
 * (security headers, Cache-Control, Vary), its ETag (the handler's, else the hash of the body) and
 * Last-Modified, under the page version read before rendering — a page rendered while the version
 * moved is not kept. A hit answers {@code If-None-Match} and {@code If-Modified-Since} with 304; a
 * miss renders the whole page without them (so that it can be kept), then answers them the same way.
 */
class PageCacheFilter extends HttpFilter {

	/** Response header naming the cache's answer: HIT, MISS (rendered and kept) or BYPASS. */
	static final String STATUS_HEADER = "X-Page-Cache";

	private static final Set<String> NOT_KEPT = Set.of("set-cookie", "content-length", "content-type", "content-language",
			"date", "transfer-encoding", "connection", "keep-alive", STATUS_HEADER.toLowerCase(Locale.ROOT));

	private static final byte[] CSRF_FIELD = "_csrf".getBytes(StandardCharsets.US_ASCII);

	private final PageCache cache;

	private final PageVersions versions;

	private final LocaleResolver locales;

	private final PageCacheProperties properties;

	private final String sessionCookie;

	PageCacheFilter(PageCache cache, PageVersions versions, LocaleResolver locales, PageCacheProperties properties,
			String sessionCookie) {
		this.cache = cache;
		this.versions = versions;
		this.locales = locales;
		this.properties = properties;
		this.sessionCookie = sessionCookie;
	}

	@Override
	protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws IOException, ServletException {
		String method = request.getMethod();
		boolean head = "HEAD".equals(method);
		if (!(head || "GET".equals(method)) || request.getDispatcherType() != DispatcherType.REQUEST || !anonymous(request)) {
			chain.doFilter(request, response);
			return;
		}
		String key = key(request);
		long version = versions.current();
		CachedPage page = version < 0 ? null : cache.find(key, version);
		if (page != null) {
			serve(page, request, response, head);
			return;
		}
		if (head || version < 0) {
			chain.doFilter(request, response);
			return;
		}
		ContentCachingResponseWrapper rendering = new ContentCachingResponseWrapper(response);
		try {
			// a revalidation of a cacheable page that misses (it aged out or was never kept here)
			// renders the whole page, as a cache in front of the application would, so that it is
			// kept and the next revalidations are hits; the handler answering 304 itself would keep
			// nothing
			boolean conditional = Unconditional.isConditional(request);
			chain.doFilter(conditional ? new Unconditional(request) : request, rendering);
			// the handler did not see the validators: they are answered here
			boolean validatorsHidden = conditional && cacheable(request);
			CachedPage rendered = keepable(request, rendering, version);
			if (rendered != null && versions.current() == version) {
				cache.put(key, rendered);
				rendering.setHeader(HttpHeaders.ETAG, rendered.etag());
				rendering.setDateHeader(HttpHeaders.LAST_MODIFIED, rendered.lastModified());
				rendering.setHeader(STATUS_HEADER, "MISS");
			}
			if (validatorsHidden && rendering.getStatus() == HttpServletResponse.SC_OK && notModified(rendering.getHeader(HttpHeaders.ETAG),
					validatorDate(rendering.getHeader(HttpHeaders.LAST_MODIFIED)), request)) {
				rendering.resetBuffer();
				rendering.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
			}
		}
		finally {
			rendering.copyBodyToResponse();
		}
	}

	private static boolean cacheable(HttpServletRequest request) {
		return Boolean.TRUE.equals(request.getAttribute(CacheablePage.REQUEST_ATTRIBUTE));
	}

	/**
	 * The request without its validators ({@code If-None-Match}, {@code If-Modified-Since}) for a
	 * handler declared {@link CacheablePage} (marked before it runs): it renders the whole page, and
	 * the filter answers the validators afterwards. Other handlers (static resources, files) see
	 * them and answer them themselves, without reading what they would send.
	 */
	static final class Unconditional extends HttpServletRequestWrapper {

		private static final Set<String> HIDDEN = Set.of("if-none-match", "if-modified-since");

		Unconditional(HttpServletRequest request) {
			super(request);
		}

		static boolean isConditional(HttpServletRequest request) {
			return request.getHeader(HttpHeaders.IF_NONE_MATCH) != null || request.getHeader(HttpHeaders.IF_MODIFIED_SINCE) != null;
		}

		private boolean hidden(String name) {
			return name != null && HIDDEN.contains(name.toLowerCase(Locale.ROOT)) && cacheable(this);
		}

		@Override
		public String getHeader(String name) {
			return hidden(name) ? null : super.getHeader(name);
		}

		@Override
		public Enumeration<String> getHeaders(String name) {
			return hidden(name) ? Collections.emptyEnumeration() : super.getHeaders(name);
		}

		@Override
		public Enumeration<String> getHeaderNames() {
			List<String> names = new ArrayList<>();
			for (Enumeration<String> all = super.getHeaderNames(); all.hasMoreElements();) {
				String name = all.nextElement();
				if (!hidden(name)) {
					names.add(name);
				}
			}
			return Collections.enumeration(names);
		}

		@Override
		public long getDateHeader(String name) {
			return hidden(name) ? -1 : super.getDateHeader(name);
		}

	}

	/** No session cookie, no credentials, no language switch. */
	private boolean anonymous(HttpServletRequest request) {
		if (request.getHeader(HttpHeaders.AUTHORIZATION) != null) {
			return false;
		}
		// the language switch sets a cookie; parameters that are not in the query string (a test's
		// mock request) cannot be part of the key
		if (request.getParameter("lang") != null
				|| request.getQueryString() == null && !request.getParameterMap().isEmpty()) {
			return false;
		}
		Cookie[] cookies = request.getCookies();
		if (cookies != null) {
			for (Cookie cookie : cookies) {
				String name = cookie.getName();
				if (name.equals(sessionCookie) || name.equals("JSESSIONID") || name.equals("remember-me")) {
					return false;
				}
			}
		}
		return true;
	}

	private String key(HttpServletRequest request) {
		String query = request.getQueryString();
		Locale locale = locales.resolveLocale(request);
		StringBuilder key = new StringBuilder(96).append(request.getScheme())
			.append("://")
			.append(request.getServerName())
			.append(':')
			.append(request.getServerPort())
			.append(request.getRequestURI());
		if (query != null) {
			key.append('?').append(query);
		}
		return key.append('|').append(locale.toLanguageTag()).toString();
	}

	private CachedPage keepable(HttpServletRequest request, ContentCachingResponseWrapper rendering, long version) {
		if (!cacheable(request) || rendering.getStatus() != 200
				|| rendering.containsHeader(HttpHeaders.SET_COOKIE)) {
			return null;
		}
		String contentType = rendering.getContentType();
		if (contentType == null || !contentType.startsWith("text/html")) {
			return null;
		}
		String cacheControl = rendering.getHeader(HttpHeaders.CACHE_CONTROL);
		if (cacheControl != null && (cacheControl.contains("private") || cacheControl.contains("no-store"))) {
			return null;
		}
		byte[] body = rendering.getContentAsByteArray();
		if (body.length > properties.maxPageSize().toBytes() || contains(body, CSRF_FIELD)) {
			return null;
		}
		String etag = rendering.getHeader(HttpHeaders.ETAG);
		if (etag == null) {
			etag = "\"" + DigestUtils.md5DigestAsHex(body) + "\"";
		}
		long lastModified = lastModified(rendering.getHeader(HttpHeaders.LAST_MODIFIED));
		List<String[]> headers = new ArrayList<>();
		for (String name : rendering.getHeaderNames()) {
			if (!NOT_KEPT.contains(name.toLowerCase(Locale.ROOT)) && !name.equalsIgnoreCase(HttpHeaders.ETAG)
					&& !name.equalsIgnoreCase(HttpHeaders.LAST_MODIFIED)) {
				for (String value : rendering.getHeaders(name)) {
					headers.add(new String[] { name, value });
				}
			}
		}
		Locale language = rendering.getLocale();
		return new CachedPage(body, contentType, language, etag, lastModified, List.copyOf(headers), version);
	}

	/** The page's Last-Modified header in epoch milliseconds, else the time of rendering (whole seconds). */
	private static long lastModified(String header) {
		long date = validatorDate(header);
		return date >= 0 ? date : System.currentTimeMillis() / 1000 * 1000;
	}

	/** A Last-Modified header in epoch milliseconds, or -1 when there is none or it cannot be read. */
	private static long validatorDate(String header) {
		if (header == null) {
			return -1;
		}
		try {
			return java.time.ZonedDateTime.parse(header, java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME).toInstant().toEpochMilli();
		}
		catch (java.time.format.DateTimeParseException unreadable) {
			return -1;
		}
	}

	private static void serve(CachedPage page, HttpServletRequest request, HttpServletResponse response, boolean head)
			throws IOException {
		for (String[] header : page.headers()) {
			response.addHeader(header[0], header[1]);
		}
		response.setHeader(HttpHeaders.ETAG, page.etag());
		response.setDateHeader(HttpHeaders.LAST_MODIFIED, page.lastModified());
		response.setHeader(STATUS_HEADER, "HIT");
		if (notModified(page.etag(), page.lastModified(), request)) {
			response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
			return;
		}
		if (page.language() != null) {
			response.setLocale(page.language());
		}
		response.setContentType(page.contentType());
		response.setContentLength(page.body().length);
		if (!head) {
			response.getOutputStream().write(page.body());
		}
	}

	/**
	 * Whether the request's validators match the page's: its {@code If-None-Match} names the ETag
	 * (weakly compared), or, without one, its {@code If-Modified-Since} is not before the
	 * Last-Modified.
	 *
	 * @param etag         the page's ETag, or null
	 * @param lastModified the page's Last-Modified in epoch milliseconds, or -1
	 */
	private static boolean notModified(String etag, long lastModified, HttpServletRequest request) {
		String ifNoneMatch = request.getHeader(HttpHeaders.IF_NONE_MATCH);
		if (ifNoneMatch != null) {
			if (etag == null) {
				return false;
			}
			for (String candidate : ifNoneMatch.split(",")) {
				String tag = candidate.strip();
				if (tag.startsWith("W/")) {
					tag = tag.substring(2);
				}
				if (tag.equals("*") || tag.equals(etag) || etag.startsWith("W/") && tag.equals(etag.substring(2))) {
					return true;
				}
			}
			return false;
		}
		try {
			long since = request.getDateHeader(HttpHeaders.IF_MODIFIED_SINCE);
			return since >= 0 && lastModified >= 0 && lastModified <= since;
		}
		catch (IllegalArgumentException unreadable) {
			return false;
		}
	}

	private static boolean contains(byte[] body, byte[] part) {
		outer: for (int i = 0, end = body.length - part.length; i <= end; i++) {
			for (int j = 0; j < part.length; j++) {
				if (body[i + j] != part[j]) {
					continue outer;
				}
			}
			return true;
		}
		return false;
	}

}
