package vn.ocop.portal.shared.web;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * What a request gets when Spring MVC itself rejects it (unknown path, wrong method, unreadable
 * parameter, {@code ResponseStatusException}, ...):
 * <ul>
 * <li>a person's browser asking for a page gets the friendly error page ({@code templates/error/*},
 * rendered by Spring Boot's error controller in the user's language, without technical details);</li>
 * <li>API clients ({@code /api/...}, or anything that does not ask for HTML) get RFC 9457 problem
 * details ({@code application/problem+json}).</li>
 * </ul>
 * Spring Boot's own problem-details handler answers JSON even to browsers (which accept
 * {@code *}{@code /*}), so this one replaces it (Boot backs off when a
 * {@link ResponseEntityExceptionHandler} bean exists).
 */
@ControllerAdvice
class ErrorResponses extends ResponseEntityExceptionHandler {

	@Override
	protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
			HttpStatusCode statusCode, WebRequest request) {
		if (request instanceof ServletWebRequest servlet && servlet.getResponse() != null
				&& wantsPage(servlet.getRequest()) && !servlet.getResponse().isCommitted()) {
			HttpServletResponse response = servlet.getResponse();
			headers.forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
			try {
				response.sendError(statusCode.value());
				return null;
			}
			catch (IOException | IllegalStateException notPossible) {
				// fall back to problem details
			}
		}
		return super.handleExceptionInternal(ex, body, headers, statusCode, request);
	}

	/** A page request: not the API, and the client names HTML among what it accepts (browsers do). */
	static boolean wantsPage(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (path.startsWith("/api/")) {
			return false;
		}
		String accept = request.getHeader(HttpHeaders.ACCEPT);
		if (accept == null || accept.isBlank()) {
			return false;
		}
		try {
			List<MediaType> accepted = MediaType.parseMediaTypes(accept);
			return accepted.stream().anyMatch(type -> !type.isWildcardType() && type.isCompatibleWith(MediaType.TEXT_HTML));
		}
		catch (InvalidMediaTypeException malformed) {
			return false;
		}
	}

}
