package vn.ocop.portal.petitions;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.data.domain.Page;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The petitions' JSON API under {@code /api/v1/petitions}, authorised like the pages: the list and
 * one petition for the signed-in roles within their scope (401 without a sign-in, 403 outside the
 * scope); the published answers and the figures per department for everyone.
 */
@RestController
@RequestMapping("/api/v1/petitions")
@Tag(name = "petitions")
class PetitionApiController {

	/** One page of a list (pages counted from 1). */
	record ApiPage<T>(@Schema(description = "The rows of the page.") List<T> items,
			@Schema(description = "This page's number, from 1.") int page, @Schema(description = "Rows per page.") int size,
			@Schema(description = "Rows matching the filters.") long totalItems,
			@Schema(description = "Pages matching the filters.") int totalPages) {

		static <T> ApiPage<T> of(Page<T> page) {
			return new ApiPage<>(page.getContent(), page.getNumber() + 1, page.getSize(), page.getTotalElements(),
					page.getTotalPages());
		}

	}

	private final PetitionQueries queries;

	private final PetitionStatistics statistics;

	private final PetitionsProperties properties;

	PetitionApiController(PetitionQueries queries, PetitionStatistics statistics, PetitionsProperties properties) {
		this.queries = queries;
		this.statistics = statistics;
		this.properties = properties;
	}

	@GetMapping
	@PreAuthorize("@petitionAccess.mayUsePetitions()")
	@Operation(summary = "List petitions", description = "The petitions the caller may see — the provincial office: all; a "
			+ "department handler: those its department leads or co-operates on; an organisation representative: its "
			+ "organisation's — that match every filter given, newest first, one page at a time.")
	@ApiResponse(responseCode = "200", description = "One page of petitions.")
	@ApiResponse(responseCode = "401", description = "Not signed in (no valid session cookie).", content = @Content)
	@ApiResponse(responseCode = "403", description = "The caller's role has no access to petitions.", content = @Content)
	ApiPage<PetitionViews.Row> list(
			@Parameter(description = "Workflow state.", schema = @Schema(implementation = PetitionStatus.class))
			@RequestParam Optional<String> status,
			@Parameter(description = "Topic code (LOANS, TAX, LAND, OCOP, TRAINING, MARKET, OTHER or one the administrator added).",
					example = "LOANS") @RequestParam Optional<String> topic,
			@Parameter(description = "Code of the lead department.", example = "SO-NNPTNT") @RequestParam Optional<String> department,
			@Parameter(description = "Words of the tracking code, title or answer, with or without diacritics.")
			@RequestParam Optional<String> q,
			@Parameter(description = "Year of receipt.", example = "2022") @RequestParam Optional<Integer> year,
			@Parameter(description = "Page number from 1.", schema = @Schema(type = "integer", minimum = "1", defaultValue = "1"))
			@RequestParam(defaultValue = "1") int page, @Parameter(hidden = true) Locale locale) {
		PetitionQueries.Filter filter = new PetitionQueries.Filter(PetitionForms.parse(PetitionStatus.class, status.orElse(null)),
				topic.orElse(null), department.orElse(null), q.orElse(null), year.orElse(null));
		return ApiPage.of(queries.list(filter, Math.max(page, 1) - 1, properties.pageSize(), locale));
	}

	@GetMapping("/{code}")
	@PreAuthorize("@petitionAccess.mayUsePetitions()")
	@Operation(summary = "Read one petition", description = "The petition with its classification, departments, deadlines, "
			+ "answer, notes and files. Contact details only for the provincial office and the departments concerned.")
	@ApiResponse(responseCode = "200", description = "The petition.")
	@ApiResponse(responseCode = "401", description = "Not signed in (no valid session cookie).", content = @Content)
	@ApiResponse(responseCode = "403", description = "The petition lies outside the caller's department or organisation.",
			content = @Content)
	@ApiResponse(responseCode = "404", description = "No petition has this tracking code.", content = @Content)
	PetitionViews.Detail petition(
			@Parameter(description = "The tracking code.", example = "KN.20221227.0001") @PathVariable String code,
			@Parameter(hidden = true) Locale locale) {
		return queries.detail(PetitionController.code(code), locale);
	}

	@GetMapping("/answers")
	@SecurityRequirements
	@Operation(summary = "Search published answers", description = "Answers the province has published, newest first, "
			+ "by topic, lead department and words; public, without any personal data of the petitioners.")
	@ApiResponse(responseCode = "200", description = "One page of published answers.")
	ApiPage<PetitionViews.PublicAnswer> answers(
			@Parameter(description = "Topic code.", example = "LOANS") @RequestParam Optional<String> topic,
			@Parameter(description = "Code of the lead department.", example = "SO-NNPTNT") @RequestParam Optional<String> department,
			@Parameter(description = "Words of the tracking code, title or answer, with or without diacritics.", example = "von vay")
			@RequestParam Optional<String> q,
			@Parameter(description = "Page number from 1.", schema = @Schema(type = "integer", minimum = "1", defaultValue = "1"))
			@RequestParam(defaultValue = "1") int page, @Parameter(hidden = true) Locale locale) {
		return ApiPage.of(queries.publishedAnswers(new PetitionQueries.Filter(null, topic.orElse(null), department.orElse(null),
				q.orElse(null), null), Math.max(page, 1) - 1, properties.pageSize(), locale));
	}

	@GetMapping("/statistics")
	@SecurityRequirements
	@Operation(summary = "Figures per department", description = "Petitions received in the year, answered, answered on "
			+ "time and overdue, per lead department (the public dashboard's figures); public.")
	@ApiResponse(responseCode = "200", description = "One row per lead department with petitions in the year.")
	List<PetitionFigures> statistics(@Parameter(description = "Year of receipt.", example = "2022") @RequestParam int year,
			@Parameter(hidden = true) Locale locale) {
		return statistics.byDepartment(year, locale);
	}

}
