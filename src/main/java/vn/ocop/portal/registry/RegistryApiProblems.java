package vn.ocop.portal.registry;

import java.net.URI;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import vn.ocop.portal.shared.web.Languages;

/**
 * Problem details (RFC 9457) for the registry API, in the request's language (Vietnamese by
 * default, English with {@code Accept-Language: en}). Invalid data answers 400 with
 * {@code "errors": [{"field": "taxCode", "message": "…"}]}.
 */
@RestControllerAdvice(assignableTypes = RegistryApiController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class RegistryApiProblems {

	private final MessageSource messages;

	RegistryApiProblems(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> invalidParameter(RegistryApiProblem.InvalidParameter problem, HttpServletRequest request) {
		Locale locale = locale(request);
		String reason = messages.getMessage(problem.reasonKey, null, locale);
		ProblemDetail detail = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, messages.getMessage(
				"registry.api.error.parameter", new Object[] { problem.parameter, problem.value, reason }, locale));
		detail.setTitle(messages.getMessage("registry.api.title.badRequest", null, locale));
		detail.setProperty("parameter", problem.parameter);
		return respond(detail, request, locale);
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> invalidData(RegistryApiProblem.InvalidData problem, HttpServletRequest request) {
		Locale locale = locale(request);
		ProblemDetail detail = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				messages.getMessage("registry.api.error.invalid", null, locale));
		detail.setTitle(messages.getMessage("registry.api.title.invalid", null, locale));
		detail.setProperty("errors", problem.errors);
		return respond(detail, request, locale);
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> notFound(RegistryApiProblem.NotFound problem, HttpServletRequest request) {
		return notFound(problem.id, request);
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> notFound(OrganisationNotFound problem, HttpServletRequest request) {
		return notFound(problem.id(), request);
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException problem, HttpServletRequest request) {
		Locale locale = locale(request);
		ProblemDetail detail = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				messages.getMessage("registry.api.error.body", null, locale));
		detail.setTitle(messages.getMessage("registry.api.title.badRequest", null, locale));
		detail.setProperty("errors", List.of());
		return respond(detail, request, locale);
	}

	private ResponseEntity<ProblemDetail> notFound(String id, HttpServletRequest request) {
		Locale locale = locale(request);
		ProblemDetail detail = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
				messages.getMessage("registry.api.error.notFound", new Object[] { id }, locale));
		detail.setTitle(messages.getMessage("registry.api.title.notFound", null, locale));
		detail.setProperty("id", id);
		return respond(detail, request, locale);
	}

	private static ResponseEntity<ProblemDetail> respond(ProblemDetail detail, HttpServletRequest request, Locale locale) {
		detail.setInstance(URI.create(request.getRequestURI()));
		return ResponseEntity.status(detail.getStatus())
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.header(HttpHeaders.CONTENT_LANGUAGE, locale.toLanguageTag())
			.body(detail);
	}

	/** An explicit Accept-Language wins; otherwise the site's language (cookie, default Vietnamese). */
	static Locale locale(HttpServletRequest request) {
		if (request.getHeader(HttpHeaders.ACCEPT_LANGUAGE) != null) {
			return Languages.supported(request.getLocale());
		}
		return Languages.supported(LocaleContextHolder.getLocale());
	}

}
