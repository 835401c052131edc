package vn.ocop.portal.petitions;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

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
class PetitionApiController {

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
	Map<String, Object> list(@RequestParam Optional<String> status, @RequestParam Optional<String> topic,
			@RequestParam Optional<String> department, @RequestParam Optional<String> q, @RequestParam Optional<Integer> year,
			@RequestParam(defaultValue = "1") int page, Locale locale) {
		PetitionQueries.Filter filter = new PetitionQueries.Filter(PetitionForms.parse(PetitionStatus.class, status.orElse(null)),
				topic.orElse(null), department.orElse(null), q.orElse(null), year.orElse(null));
		return page(queries.list(filter, Math.max(page, 1) - 1, properties.pageSize(), locale));
	}

	@GetMapping("/{code}")
	@PreAuthorize("@petitionAccess.mayUsePetitions()")
	PetitionViews.Detail petition(@PathVariable String code, Locale locale) {
		return queries.detail(PetitionController.code(code), locale);
	}

	@GetMapping("/answers")
	Map<String, Object> answers(@RequestParam Optional<String> topic, @RequestParam Optional<String> department,
			@RequestParam Optional<String> q, @RequestParam(defaultValue = "1") int page, Locale locale) {
		return page(queries.publishedAnswers(new PetitionQueries.Filter(null, topic.orElse(null), department.orElse(null),
				q.orElse(null), null), Math.max(page, 1) - 1, properties.pageSize(), locale));
	}

	@GetMapping("/statistics")
	List<PetitionFigures> statistics(@RequestParam int year, Locale locale) {
		return statistics.byDepartment(year, locale);
	}

	private static Map<String, Object> page(Page<?> page) {
		return Map.of("items", page.getContent(), "page", page.getNumber() + 1, "size", page.getSize(), "totalItems",
				page.getTotalElements(), "totalPages", page.getTotalPages());
	}

}
