package vn.ocop.portal.units;

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
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import vn.ocop.portal.shared.web.Formats;
import vn.ocop.portal.shared.web.Languages;
import vn.ocop.portal.units.UnitApiProblem.InvalidParameter;
import vn.ocop.portal.units.UnitApiProblem.NotValidOn;
import vn.ocop.portal.units.UnitApiProblem.UnknownUnit;

/**
 * Problem details (RFC 9457) for the units API, in the request's language: Vietnamese by default,
 * English when the request asks for it ({@code Accept-Language: en}, or the language chosen on the
 * site).
 */
@RestControllerAdvice(assignableTypes = UnitApiController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class UnitApiProblems {

	private final MessageSource messages;

	private final Formats formats;

	UnitApiProblems(MessageSource messages, Formats formats) {
		this.messages = messages;
		this.formats = formats;
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> invalidParameter(InvalidParameter problem, HttpServletRequest request) {
		Locale locale = locale(request);
		String reason = messages.getMessage(problem.reasonKey, problem.reasonArgs, locale);
		ProblemDetail detail = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				messages.getMessage("units.api.error.parameter", new Object[] { problem.parameter, problem.value, reason }, locale));
		detail.setTitle(messages.getMessage("units.api.title.badRequest", null, locale));
		detail.setProperty("parameter", problem.parameter);
		return respond(detail, request, locale);
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> unknownUnit(UnknownUnit problem, HttpServletRequest request) {
		Locale locale = locale(request);
		ProblemDetail detail = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
				messages.getMessage("units.api.error.unknown", new Object[] { problem.code.value() }, locale));
		detail.setTitle(messages.getMessage("units.api.title.notFound", null, locale));
		detail.setProperty("code", problem.code.value());
		return respond(detail, request, locale);
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> notValidOn(NotValidOn problem, HttpServletRequest request) {
		Locale locale = locale(request);
		String code = problem.latest.code().value();
		List<String> successors = problem.successors.stream()
			.map(succession -> succession.successor().value())
			.filter(successor -> !successor.equals(code))
			.distinct()
			.toList();
		String key = successors.isEmpty() ? "units.api.error.notValidOn" : "units.api.error.notValidOnSucceeded";
		ProblemDetail detail = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, messages.getMessage(key,
				new Object[] { code, problem.latest.name(), formats.date(problem.date), String.join(", ", successors) }, locale));
		detail.setTitle(messages.getMessage("units.api.title.notFound", null, locale));
		detail.setProperty("code", code);
		detail.setProperty("successors", successors);
		return respond(detail, request, locale);
	}

	private static ResponseEntity<ProblemDetail> respond(ProblemDetail detail, HttpServletRequest request, Locale locale) {
		detail.setInstance(java.net.URI.create(request.getRequestURI()));
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
