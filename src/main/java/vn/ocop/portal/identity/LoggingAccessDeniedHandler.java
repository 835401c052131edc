package vn.ocop.portal.identity;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.csrf.CsrfException;

/**
 * Refusals leave one log line (who, what, why: a missing or forged CSRF token, or a role or data
 * scope that does not allow the page), then the person gets the friendly 403 page.
 */
final class LoggingAccessDeniedHandler implements AccessDeniedHandler {

	private static final Logger log = LoggerFactory.getLogger(LoggingAccessDeniedHandler.class);

	private final AccessDeniedHandler delegate = new AccessDeniedHandlerImpl();

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
			throws IOException, ServletException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		String user = authentication == null ? "anonymous" : LoginAttempts.printable(authentication.getName());
		String reason = denied instanceof CsrfException ? "missing or invalid CSRF token" : "role or data scope";
		log.warn("Access denied ({}) for user '{}' on {} {}", reason, user, request.getMethod(), printablePath(request));
		delegate.handle(request, response, denied);
	}

	/** The requested path, made safe for a log line. */
	static String printablePath(HttpServletRequest request) {
		String path = request.getRequestURI();
		String shortened = path.length() > 200 ? path.substring(0, 200) + "..." : path;
		return shortened.replaceAll("[^\\p{Alnum}/._~%-]", "?");
	}

}
