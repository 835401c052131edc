package vn.ocop.portal.identity;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.web.session.InvalidSessionStrategy;

/**
 * What happens when a request carries a session that has expired or was ended. In the back
 * office, the account pages, administration, and for every form submission: to the login page
 * with the "session expired" message. A citizen reading a public page with a stale cookie simply
 * gets the page (the stale session is replaced). A state-changing request without a CSRF token
 * whose session is not stale (none at all, or a live one) is refused with 403.
 */
final class ExpiredSessionRedirect implements InvalidSessionStrategy {

	private static final Logger log = LoggerFactory.getLogger(ExpiredSessionRedirect.class);

	private static final String[] SIGNED_IN_AREAS = { "/backoffice", "/account", "/admin" };

	private final String expiredUrl;

	ExpiredSessionRedirect(String expiredUrl) {
		this.expiredUrl = expiredUrl;
	}

	@Override
	public void onInvalidSessionDetected(HttpServletRequest request, HttpServletResponse response) throws IOException {
		if (request.getRequestedSessionId() == null || request.isRequestedSessionIdValid()) {
			// reached through the CSRF check, the session is not stale: a state-changing request
			// without a token (a forged form) is refused
			log.warn("Access denied (missing or invalid CSRF token) on {} {}", request.getMethod(),
					LoggingAccessDeniedHandler.printablePath(request));
			response.sendError(HttpServletResponse.SC_FORBIDDEN);
			return;
		}
		request.getSession(true);
		String path = request.getRequestURI().substring(request.getContextPath().length());
		boolean read = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
		if (!read || inSignedInArea(path)) {
			response.sendRedirect(request.getContextPath() + expiredUrl);
			return;
		}
		// the same page again, never to another host ("//host" would be protocol-relative)
		String samePage = request.getContextPath() + "/" + path.replaceFirst("^/+", "");
		String query = request.getQueryString();
		response.sendRedirect(samePage + (query == null ? "" : "?" + query));
	}

	private static boolean inSignedInArea(String path) {
		for (String area : SIGNED_IN_AREAS) {
			if (path.equals(area) || path.startsWith(area + "/")) {
				return true;
			}
		}
		return false;
	}

}
