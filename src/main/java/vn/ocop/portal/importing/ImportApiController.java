package vn.ocop.portal.importing;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.Arrays;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import vn.ocop.portal.identity.ScopeGuard;
import vn.ocop.portal.identity.ScopedUser;
import vn.ocop.portal.shared.web.Languages;

/**
 * The imports over HTTP, with the same rules as the back office: {@code POST /api/v1/imports}
 * (multipart {@code file}, optional {@code sheet} for a CSV file) answers 202 Accepted with the
 * job's location; {@code GET /api/v1/imports/{id}} gives status, progress, counts and the first
 * problems; {@code GET /api/v1/imports/{id}/problems?page=0&size=50} pages through the problems.
 * Texts are in the request's language; errors are problem details (RFC 9457).
 */
@RestController
@RequestMapping(path = "/api/v1/imports", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "imports")
@ApiResponse(responseCode = "401", description = "Not signed in (no valid session cookie).", content = @Content)
@ApiResponse(responseCode = "403", description = "No sheet admits the caller's role.", content = @Content)
class ImportApiController {

	static final int FIRST_PROBLEMS = 20;

	static final int MAX_PAGE_SIZE = 500;

	/** The cookie in which the site keeps the chosen language (see shared.web's locale resolver). */
	static final String LANGUAGE_COOKIE = "OCOP_LANG";

	private final Imports imports;

	private final ImportMessages messages;

	private final ScopeGuard scopeGuard;

	ImportApiController(Imports imports, ImportMessages messages, ScopeGuard scopeGuard) {
		this.imports = imports;
		this.messages = messages;
		this.scopeGuard = scopeGuard;
	}

	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@PreAuthorize(ImportController.IMPORTERS)
	@Operation(summary = "Submit a file for import", description = "An XLSX workbook (any of the sheets the caller may import) "
			+ "or a UTF-8 CSV file (one sheet). The import runs in the background, all or nothing; every row is checked "
			+ "against the caller's data scope. Needs the session's CSRF token (header X-CSRF-TOKEN).")
	@ApiResponse(responseCode = "202", description = "Queued; `Location` is the job to follow.")
	@ApiResponse(responseCode = "400", description = "The file is refused outright (type, encoding, empty).", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "413", description = "The file is larger than the limit.", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "503", description = "Too many imports are waiting; try again later.", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
	ResponseEntity<ImportJson.Submitted> submit(
			@Parameter(description = "The file (.xlsx or .csv).") @RequestPart("file") MultipartFile file,
			@Parameter(description = "For a CSV file: the sheet it holds (default: from the file name, e.g. to-chuc.csv).",
					example = "to-chuc")
			@RequestParam(required = false) String sheet) throws IOException {
		ImportJobView job;
		try (InputStream content = file.getInputStream()) {
			job = imports.submit(content, file.getOriginalFilename(), sheet, user());
		}
		String location = "/api/v1/imports/" + job.id();
		return ResponseEntity.accepted().location(URI.create(location))
			.body(new ImportJson.Submitted(job.id().toString(), job.status(), location));
	}

	@GetMapping("/{id}")
	@PreAuthorize(ImportController.IMPORTERS)
	@Operation(summary = "Follow an import job", description = "Status, progress, counts per sheet and the first 20 problems, "
			+ "texts in the request's language. The caller's own jobs (the administrator: everyone's).")
	@ApiResponse(responseCode = "200", description = "The job.")
	@ApiResponse(responseCode = "404", description = "No job with this id that the caller may see.", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
	ImportJson.Job job(@Parameter(description = "The job's id (UUID).") @PathVariable String id, HttpServletRequest request) {
		Locale locale = locale(request);
		ImportJobView job = find(id);
		return ImportJson.Job.of(job, imports.problems(job, 0, FIRST_PROBLEMS).getContent(), messages, locale,
				messages.progress(job, locale));
	}

	@GetMapping("/{id}/problems")
	@PreAuthorize(ImportController.IMPORTERS)
	@Operation(summary = "Page through a job's problems",
			description = "Each problem names the sheet, row, column, value and reason, in file order.")
	@ApiResponse(responseCode = "200", description = "One page of problems.")
	@ApiResponse(responseCode = "404", description = "No job with this id that the caller may see.", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
	ImportJson.ProblemPage problems(@Parameter(description = "The job's id (UUID).") @PathVariable String id,
			@Parameter(description = "Page number from 0.") @RequestParam(defaultValue = "0") int page,
			@Parameter(description = "Problems per page (1-500).") @RequestParam(defaultValue = "50") int size,
			HttpServletRequest request) {
		Locale locale = locale(request);
		ImportJobView job = find(id);
		Page<ImportProblem> problems = imports.problems(job, Math.max(0, page), Math.max(1, Math.min(size, MAX_PAGE_SIZE)));
		return new ImportJson.ProblemPage(job.id().toString(), problems.getNumber(), problems.getSize(),
				problems.getTotalElements(), problems.getTotalPages(), job.problemCount(),
				problems.getContent().stream().map(problem -> ImportJson.Problem.of(problem, messages, locale)).toList());
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> rejected(ImportRejected rejected, HttpServletRequest request) {
		Locale locale = locale(request);
		HttpStatus status = rejected.tooLarge() ? HttpStatus.CONTENT_TOO_LARGE
				: "importing.file.busy".equals(rejected.messageKey()) ? HttpStatus.SERVICE_UNAVAILABLE : HttpStatus.BAD_REQUEST;
		ProblemDetail detail = ProblemDetail.forStatusAndDetail(status, messages.rejected(rejected, locale));
		detail.setTitle(messages.text("importing.api.rejected", null, locale));
		detail.setProperty("messageKey", rejected.messageKey());
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(detail);
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> notFound(JobNotFound notFound, HttpServletRequest request) {
		Locale locale = locale(request);
		ProblemDetail detail = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
				messages.text("importing.api.notFound", new Object[] { notFound.getMessage() }, locale));
		detail.setTitle(messages.text("importing.api.notFoundTitle", null, locale));
		return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(detail);
	}

	/**
	 * The language of the answer: the site's language when the person chose one ({@code lang}
	 * parameter or its cookie, as the job page's script sends), else the {@code Accept-Language}
	 * of an API client, else Vietnamese.
	 */
	static Locale locale(HttpServletRequest request) {
		boolean chosen = request.getParameter("lang") != null || (request.getCookies() != null
				&& Arrays.stream(request.getCookies()).anyMatch(cookie -> LANGUAGE_COOKIE.equals(cookie.getName())));
		if (!chosen && request.getHeader(HttpHeaders.ACCEPT_LANGUAGE) != null) {
			return Languages.supported(request.getLocale());
		}
		return Languages.supported(LocaleContextHolder.getLocale());
	}

	private ImportJobView find(String id) {
		return ImportJobId.parse(id).flatMap(jobId -> imports.find(jobId, user())).orElseThrow(() -> new JobNotFound(id));
	}

	private ScopedUser user() {
		return scopeGuard.currentUser().orElseThrow(() -> new JobNotFound(""));
	}

	/** No job with this id that the user may see. */
	static final class JobNotFound extends RuntimeException {

		JobNotFound(String id) {
			super(id, null, false, false);
		}

	}

}
