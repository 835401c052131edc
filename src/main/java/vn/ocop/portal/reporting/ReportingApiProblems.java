package vn.ocop.portal.reporting;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;

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
 * Problem details (RFC 9457) of the reporting API and open data, in the request's language: a
 * report that cannot be made answers 404 naming the reason, a bad plan target 400 with
 * {@code "errors": [{"field": "target", "message": "…"}]}.
 */
@RestControllerAdvice(assignableTypes = { ReportingApiController.class, StatisticsController.class })
@Order(Ordered.HIGHEST_PRECEDENCE)
class ReportingApiProblems {

	private final MessageSource messages;

	ReportingApiProblems(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> notAvailable(ReportNotAvailable problem, HttpServletRequest request) {
		Locale locale = locale(request);
		ProblemDetail detail = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
				messages.getMessage(problem.messageKey(), problem.arguments(), locale));
		detail.setTitle(messages.getMessage("reporting.api.title.notAvailable", null, locale));
		return respond(detail, request, locale);
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> invalidTarget(PlanRuleViolation problem, HttpServletRequest request) {
		Locale locale = locale(request);
		ProblemDetail detail = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				messages.getMessage("reporting.api.error.invalid", null, locale));
		detail.setTitle(messages.getMessage("reporting.api.title.invalid", null, locale));
		detail.setProperty("errors", List.of(Map.of("field", problem.field(), "message",
				messages.getMessage(problem.messageKey(), problem.arguments(), locale))));
		return respond(detail, request, locale);
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException problem, HttpServletRequest request) {
		Locale locale = locale(request);
		ProblemDetail detail = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				messages.getMessage("reporting.api.error.body", null, locale));
		detail.setTitle(messages.getMessage("reporting.api.title.invalid", null, locale));
		detail.setProperty("errors", List.of());
		return respond(detail, request, locale);
	}

	private static ResponseEntity<ProblemDetail> respond(ProblemDetail detail, HttpServletRequest request, Locale locale) {
		detail.setInstance(URI.create(request.getRequestURI()));
		return ResponseEntity.status(detail.getStatus())
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.header(HttpHeaders.CONTENT_LANGUAGE, locale.toLanguageTag())
			.body(detail);
	}

	private static Locale locale(HttpServletRequest request) {
		if (request.getHeader(HttpHeaders.ACCEPT_LANGUAGE) != null) {
			return Languages.supported(request.getLocale());
		}
		return Languages.supported(LocaleContextHolder.getLocale());
	}

}
