package vn.ocop.portal.ocop;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
 * The JSON API of OCOP evaluation, authorised like the pages: representatives see their subject's
 * applications, officers those of their unit, council members those of their council once they
 * reached it; members' scores stay hidden from everyone (chair and officers included) until every
 * eligible member has submitted. Lists are paged and scoped in SQL.
 */
@RestController
@RequestMapping(path = "/api/v1/ocop", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "ocop-evaluation")
@ApiResponse(responseCode = "401", description = "Not signed in.", content = @Content)
@ApiResponse(responseCode = "403", description = "The caller's role or data scope does not cover this application or action.",
		content = @Content)
class EvaluationApiController {

	private final Evaluations evaluations;

	EvaluationApiController(Evaluations evaluations) {
		this.evaluations = evaluations;
	}

	/** A round as the API shows it. */
	record RoundJson(long id, EvaluationLevel level, String unitCode, int year, int number, String instrumentCode,
			LocalDate proposalsDue, LocalDate resultsDue) {

		static RoundJson of(Round round) {
			return new RoundJson(round.id(), round.level(), round.unitCode(), round.year(), round.number(), round.instrumentCode(),
					round.proposalsDue(), round.resultsDue());
		}
	}

	/** An application as the API shows it (no personal data of Mẫu 01 beyond what the caller filed). */
	record ApplicationJson(long id, long roundId, long productId, String productName, String productCode, long subjectId,
			String subjectName, ApplicationKind kind, ApplicationState state, LocalDate submittedOn, LocalDate communeDueOn,
			BigDecimal score, Integer star, boolean flaggedForDiscussion, EvaluationLevel recognisingLevel, String decisionNumber,
			LocalDate filedOn, LocalDate dossierCompleteOn, LocalDate decisionDueOn) {

		static ApplicationJson of(Application a) {
			return new ApplicationJson(a.id(), a.roundId(), a.productId(), a.productName(), a.productCode(), a.subjectId(),
					a.subjectName(), a.kind(), a.state(), a.submittedOn(), a.communeDueOn(), a.score(), a.star(), a.flagged(),
					a.recognisingLevel(), a.decisionNumber(), a.filedOn(), a.dossierCompleteOn(), a.decisionDueOn());
		}
	}

	/** A page of results. */
	record PageJson<T>(List<T> content, int page, int size, long totalElements, int totalPages) {

		static <T> PageJson<T> of(Page<T> page) {
			return new PageJson<>(page.getContent(), page.getNumber(), page.getSize(), page.getTotalElements(), page.getTotalPages());
		}
	}

	@GetMapping("/rounds")
	@PreAuthorize(EvaluationController.READERS)
	@Operation(summary = "Evaluation rounds the caller may see, newest first")
	PageJson<RoundJson> rounds(@RequestParam(defaultValue = "0") int page) {
		return PageJson.of(evaluations.rounds(page).map(RoundJson::of));
	}

	@GetMapping("/rounds/{id}")
	@PreAuthorize(EvaluationController.READERS)
	@Operation(summary = "One round")
	RoundJson round(@PathVariable long id) {
		return RoundJson.of(evaluations.readableRound(id));
	}

	@GetMapping("/applications")
	@PreAuthorize(EvaluationController.READERS)
	@Operation(summary = "Applications in the caller's scope, filtered by round, state, kind and whether past their decision limit")
	PageJson<ApplicationJson> applications(@RequestParam(required = false) Long round,
			@RequestParam(required = false) ApplicationState state, @RequestParam(required = false) ApplicationKind kind,
			@RequestParam(defaultValue = "false") boolean overdue, @RequestParam(defaultValue = "0") int page) {
		return PageJson.of(evaluations.applications(new Evaluations.ApplicationQuery(round, state, kind, overdue, page))
			.map(ApplicationJson::of));
	}

	@GetMapping("/applications/{id}")
	@PreAuthorize(EvaluationController.READERS)
	@Operation(summary = "One application")
	ApplicationJson application(@PathVariable long id) {
		return ApplicationJson.of(evaluations.readable(id));
	}

	/** One member's score as others may see it once all submitted. */
	record ScoreJson(String member, BigDecimal total, String outcome, Integer star, Map<String, String> choices) {
	}

	/** The council's count on an application. */
	record ScoresJson(int eligible, int submitted, boolean quorumMet, boolean complete, BigDecimal mean, BigDecimal spread,
			boolean flaggedForDiscussion, List<ScoreJson> scores) {
	}

	@GetMapping("/applications/{id}/scores")
	@PreAuthorize(EvaluationController.READERS)
	@Operation(summary = "The council's scores: everyone's once every eligible member submitted, until then only the caller's own")
	ScoresJson scores(@PathVariable long id) {
		Application application = evaluations.readable(id);
		Evaluations.CouncilSeat seat = evaluations.councilSeat(application);
		CouncilTally tally = evaluations.tallyOf(application, seat.council());
		List<ScoreJson> scores = evaluations.visibleScores(application).stream()
			.map(s -> new ScoreJson(s.username(), s.total(), s.outcome(), s.star(), new java.util.TreeMap<>(s.sheet().choices())))
			.toList();
		return new ScoresJson(tally.eligible().size(), tally.submitted().size(), tally.quorumMet(), tally.complete(),
				tally.complete() ? tally.mean() : null, tally.complete() ? tally.spread() : null, tally.flagged(), scores);
	}

	/** A score sheet: the option per criterion, the case per section with alternatives, the gates that apply. */
	record SheetJson(Map<String, String> choices, Map<Integer, String> cases, Set<String> gates) {
	}

	/** What the caller's sheet scored. */
	record MyScoreJson(BigDecimal total, String outcome, Integer star, ApplicationState applicationState) {
	}

	@PutMapping(path = "/applications/{id}/scores/mine", consumes = MediaType.APPLICATION_JSON_VALUE)
	@PreAuthorize("hasRole('COUNCIL_MEMBER')")
	@Operation(summary = "Submits (or revises, while the council scores or discusses) the caller's score sheet")
	@ApiResponse(responseCode = "409", description = "The application's state does not allow scoring.", content = @Content)
	@ApiResponse(responseCode = "422", description = "The sheet does not fit the scorecard.", content = @Content)
	MyScoreJson score(@PathVariable long id, @RequestBody SheetJson sheet) {
		ScoreResult result = evaluations.score(id, new ScoreSheet(sheet.choices() == null ? Map.of() : sheet.choices(),
				sheet.cases() == null ? Map.of() : sheet.cases(), sheet.gates() == null ? Set.of() : sheet.gates()));
		return new MyScoreJson(result.total(), result.outcome().name(), result.star(), evaluations.readable(id).state());
	}

	/** A declaration or a reason. */
	record ReasonJson(String reason) {
	}

	@PostMapping(path = "/applications/{id}/conflict-of-interest", consumes = MediaType.APPLICATION_JSON_VALUE)
	@PreAuthorize("hasRole('COUNCIL_MEMBER')")
	@Operation(summary = "The caller declares a conflict of interest: they will not score this product")
	ApplicationJson conflict(@PathVariable long id, @RequestBody ReasonJson body) {
		evaluations.declareConflict(id, body.reason());
		return ApplicationJson.of(evaluations.readable(id));
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> transition(InvalidTransition e) {
		ProblemDetail detail = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
		detail.setProperty("state", e.from().name());
		return ResponseEntity.status(HttpStatus.CONFLICT).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(detail);
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> sheet(InvalidScoreSheet e) {
		ProblemDetail detail = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, e.getMessage());
		detail.setProperty("problems", e.problems().stream().map(p -> Map.of("criterion", String.valueOf(p.criterionCode()),
				"key", p.messageKey())).toList());
		return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(detail);
	}

}
