package vn.ocop.portal.ocop;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The JSON API of OCOP support records ({@value #PATH}), authorised like the pages: officers, each
 * within their data scope; lists paged and scoped in SQL; every change audited.
 */
@RestController
@RequestMapping(path = SupportApiController.PATH, produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "ocop-support", description = "OCOP support records: traceability, value chains, quality and scale per product and year; consolidation and new subjects per subject and year")
@ApiResponse(responseCode = "401", description = "Not signed in.", content = @Content)
@ApiResponse(responseCode = "403", description = "Not an officer, or the record's subject lies outside the caller's scope.",
		content = @Content)
class SupportApiController {

	static final String PATH = "/api/v1/ocop/support";

	private final SupportRecords records;

	private final MessageSource messages;

	SupportApiController(SupportRecords records, MessageSource messages) {
		this.records = records;
		this.messages = messages;
	}

	/** A support record as the API shows it. */
	record SupportJson(long id, SupportKind kind, long subjectId, String subjectName, String unitCode, Long productId,
			String productCode, String productName, int year, LocalDate supportedOn, String programme, String fundingSource,
			String note) {

		static SupportJson of(SupportRecord r) {
			return new SupportJson(r.id(), r.kind(), r.subjectId(), r.subjectName(), r.unitCode(), r.productId(), r.productCode(),
					r.productName(), r.year(), r.supportedOn(), r.programme(), r.fundingSource(), r.note());
		}
	}

	/** What a caller sends to create or change a record (on a change, kind, product and subject are ignored). */
	record SupportBody(SupportKind kind, String productCode, Long subjectId, Integer year, LocalDate supportedOn,
			String programme, String fundingSource, String note) {

		SupportForm form() {
			return new SupportForm(kind, productCode, subjectId, year, supportedOn, programme, fundingSource, note);
		}
	}

	/** A page of records. */
	record PageJson(List<SupportJson> content, int page, int size, long totalElements, int totalPages) {
	}

	@GetMapping
	@PreAuthorize(OcopProductController.OFFICERS)
	@Operation(summary = "Support records in the caller's scope, filtered by kind, year and unit (any level), 25 a page")
	PageJson list(@RequestParam(required = false) SupportKind kind, @RequestParam(required = false) Integer year,
			@RequestParam(required = false) String unit, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "25") int size) {
		Page<SupportRecord> found = records.list(kind, year, unit, page, size);
		return new PageJson(found.getContent().stream().map(SupportJson::of).toList(), found.getNumber(), found.getSize(),
				found.getTotalElements(), found.getTotalPages());
	}

	@GetMapping("/{id:\\d+}")
	@PreAuthorize(OcopProductController.OFFICERS)
	@Operation(summary = "One support record")
	@ApiResponse(responseCode = "404", description = "No such record.", content = @Content)
	SupportJson get(@PathVariable long id) {
		return SupportJson.of(records.read(id));
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@PreAuthorize(OcopProductController.OFFICERS)
	@Operation(summary = "Record support: a product kind names productCode, a subject kind subjectId")
	@ApiResponse(responseCode = "201", description = "Created.")
	@ApiResponse(responseCode = "400", description = "A rule is broken: errors[{field, message}] in the request's language.",
			content = @Content)
	ResponseEntity<SupportJson> create(@RequestBody SupportBody body) {
		long id = records.create(body.form());
		return ResponseEntity.created(URI.create(PATH + "/" + id)).body(SupportJson.of(records.read(id)));
	}

	@PutMapping(path = "/{id:\\d+}", consumes = MediaType.APPLICATION_JSON_VALUE)
	@PreAuthorize(OcopProductController.OFFICERS)
	@Operation(summary = "Change a record's year, date, programme, source of funds and note")
	@ApiResponse(responseCode = "400", description = "A rule is broken.", content = @Content)
	SupportJson update(@PathVariable long id, @RequestBody SupportBody body) {
		records.update(id, body.form());
		return SupportJson.of(records.read(id));
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> invalid(InvalidSupportRecord e) {
		Locale locale = LocaleContextHolder.getLocale();
		ProblemDetail detail = ProblemDetail.forStatus(HttpStatus.BAD_REQUEST);
		detail.setTitle(messages.getMessage("ocop.support.problem.title", null, locale));
		detail.setProperty("errors", e.problems().stream()
			.map(p -> Map.of("field", p.field(), "message", messages.getMessage(p.messageKey(), p.arguments(), locale)))
			.toList());
		return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(detail);
	}

}
