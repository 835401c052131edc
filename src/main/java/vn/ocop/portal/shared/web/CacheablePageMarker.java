package vn.ocop.portal.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Marks the request of a handler declared {@link CacheablePage} for the page cache's filter, and
 * gives the page {@code Cache-Control: public, no-cache} (private for people signed in) and
 * {@code Vary: Cookie} unless the handler sets its own.
 */
class CacheablePageMarker implements HandlerInterceptor {

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		if (handler instanceof HandlerMethod method && (method.hasMethodAnnotation(CacheablePage.class)
				|| AnnotatedElementUtils.hasAnnotation(method.getBeanType(), CacheablePage.class))) {
			request.setAttribute(CacheablePage.REQUEST_ATTRIBUTE, Boolean.TRUE);
			if (!response.containsHeader(HttpHeaders.CACHE_CONTROL)) {
				// revalidated by browsers and proxies (the page cache answers 304); private for people signed in
				response.setHeader(HttpHeaders.CACHE_CONTROL, request.getUserPrincipal() == null ? "public, no-cache" : "private, no-cache");
				response.setHeader(HttpHeaders.VARY, "Cookie");
			}
		}
		return true;
	}

}
