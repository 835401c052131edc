package vn.ocop.portal.shared.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The page being rendered, for the layouts: which navigation entry is current and the same page in
 * another language. On an error page it is the path that failed, not {@code /error}. Paths are
 * relative to the context path, as in {@code @{...}}.
 *
 * <p>Thymeleaf 3.1 forbids bean references in attributes it evaluates in restricted mode (such as
 * {@code th:aria-current}), so compute the value with {@code th:with} first:
 * {@code <li th:each="item : ${items}" th:with="current=${@currentPage.is(item.path())}">} then
 * {@code th:aria-current="${current} ? 'page'"}.
 */
@Component("currentPage")
public class CurrentPage {

	/** The current path without the context path, e.g. {@code /tim-kiem}; {@code /} outside a request. */
	public String path() {
		HttpServletRequest request = request();
		if (request == null) {
			return "/";
		}
		Object failed = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		String uri = failed instanceof String failedUri ? failedUri : request.getRequestURI();
		String contextPath = request.getContextPath();
		if (!contextPath.isEmpty() && uri.startsWith(contextPath)) {
			uri = uri.substring(contextPath.length());
		}
		return uri.isEmpty() ? "/" : uri;
	}

	/**
	 * Whether a navigation entry points at the current page: the same path, or (except for the
	 * home page) a page below it.
	 */
	public boolean is(String navigationPath) {
		String current = path();
		if (navigationPath == null || navigationPath.isEmpty()) {
			return false;
		}
		if (current.equals(navigationPath) || "/".equals(navigationPath)) {
			return current.equals(navigationPath);
		}
		String section = navigationPath.endsWith("/") ? navigationPath : navigationPath + "/";
		return current.startsWith(section);
	}

	/** The current path and query with {@code lang} set to the given language tag. */
	public String inLanguage(String languageTag) {
		HttpServletRequest request = request();
		String path = path();
		boolean errorPage = request != null && request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) != null;
		String query = request == null || errorPage ? null : request.getQueryString();
		String withQuery = withLanguage(path, query, languageTag);
		if (withQuery != null) {
			return withQuery;
		}
		String pathOnly = withLanguage(path, null, languageTag);
		return pathOnly != null ? pathOnly : "/?lang=" + languageTag;
	}

	private static String withLanguage(String path, String query, String languageTag) {
		try {
			return UriComponentsBuilder.fromPath(path)
				.query(query)
				.replaceQueryParam("lang", languageTag)
				.build(true)
				.toUriString();
		}
		catch (IllegalArgumentException malformed) {
			// A hand-made URL with characters that should have been encoded.
			return null;
		}
	}

	private static HttpServletRequest request() {
		RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
		return attributes instanceof ServletRequestAttributes servlet ? servlet.getRequest() : null;
	}

}
