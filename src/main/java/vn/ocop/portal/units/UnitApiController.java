package vn.ocop.portal.units;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.ocop.portal.units.UnitApiProblem.InvalidParameter;
import vn.ocop.portal.units.UnitApiProblem.NotValidOn;
import vn.ocop.portal.units.UnitApiProblem.UnknownUnit;

/**
 * Public, read-only JSON API of the administrative units. Every answer is for one date
 * ({@code date=yyyy-MM-dd}, default today). Errors are problem details in the request's language.
 */
@RestController
@Tag(name = "units")
@SecurityRequirements
@RequestMapping(path = "/api/v1/units", produces = MediaType.APPLICATION_JSON_VALUE)
class UnitApiController {

	private final AdministrativeUnits units;

	UnitApiController(AdministrativeUnits units) {
		this.units = units;
	}

	/** The units valid on the date under {@code parent} (the provinces without it), one page at a time. */
	@GetMapping
	@Operation(summary = "List units", description = "The units valid on the date under `parent` (the provinces without it).")
	@ApiResponse(responseCode = "200", description = "One page of units.")
	@ApiResponse(responseCode = "400", description = "A parameter is not valid; the problem names it.", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "404", description = "The parent is unknown or not valid on the date.", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
	UnitJson.Page list(
			@Parameter(description = "The day (yyyy-MM-dd); default today.", schema = @Schema(type = "string", format = "date"))
			@RequestParam(required = false) String date,
			@Parameter(description = "Code of the parent unit.", example = "06") @RequestParam(required = false) String parent,
			@Parameter(description = "Page number from 0.", schema = @Schema(type = "integer", minimum = "0"))
			@RequestParam(required = false) String page,
			@Parameter(description = "Units per page.", schema = @Schema(type = "integer", minimum = "1"))
			@RequestParam(required = false) String size,
			@Parameter(description = "Order.", schema = @Schema(allowableValues = { "code", "name" }, defaultValue = "code"))
			@RequestParam(required = false) String sort) {
		LocalDate day = UnitApiParameters.date("date", date, units.today());
		int pageNumber = UnitApiParameters.integer("page", page, 0, 0, Integer.MAX_VALUE, "units.api.reason.page");
		int pageSize = UnitApiParameters.integer("size", size, UnitApiParameters.DEFAULT_PAGE_SIZE, 1,
				UnitApiParameters.MAX_PAGE_SIZE, "units.api.reason.size");
		String order = sort == null || sort.isBlank() ? "code" : sort.strip();
		if (!order.equals("code") && !order.equals("name")) {
			throw new InvalidParameter("sort", sort, "units.api.reason.sort");
		}
		AdministrativeUnit parentUnit = null;
		if (parent != null && !parent.isBlank()) {
			parentUnit = validUnit(UnitApiParameters.code("parent", parent), day);
		}
		List<AdministrativeUnit> all = new ArrayList<>(units.validOn(day, parentUnit == null ? null : parentUnit.code()));
		if (order.equals("name")) {
			all.sort(AdministrativeUnit.BY_NAME);
		}
		int from = (int) Math.min((long) pageNumber * pageSize, all.size());
		int to = Math.min(from + pageSize, all.size());
		int totalPages = (all.size() + pageSize - 1) / pageSize;
		return new UnitJson.Page(day, parentUnit == null ? null : UnitJson.Ref.of(parentUnit), order, pageNumber,
				pageSize, all.size(), totalPages, all.subList(from, to).stream().map(UnitJson.Unit::of).toList());
	}

	/** Units valid on the date whose name contains {@code q} (diacritics and case ignored) or whose code starts with it. */
	@GetMapping("/search")
	@Operation(summary = "Find units", description = "Units valid on the date whose name contains the words (diacritics "
			+ "and case ignored) or whose code starts with them.")
	@ApiResponse(responseCode = "200", description = "The units found, with their parents.")
	@ApiResponse(responseCode = "400", description = "A parameter is not valid; the problem names it.", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
	UnitJson.SearchResult search(@Parameter(description = "Words or the start of a code.", example = "ba be")
			@RequestParam(required = false) String q,
			@Parameter(description = "The day (yyyy-MM-dd); default today.", schema = @Schema(type = "string", format = "date"))
			@RequestParam(required = false) String date,
			@Parameter(description = "Most units to return.", schema = @Schema(type = "integer", minimum = "1", maximum = "50"))
			@RequestParam(required = false) String limit) {
		String text = UnitApiParameters.query("q", q);
		LocalDate day = UnitApiParameters.date("date", date, units.today());
		int max = UnitApiParameters.integer("limit", limit, UnitApiParameters.DEFAULT_SEARCH_LIMIT, 1,
				AdministrativeUnits.MAX_SEARCH_RESULTS, "units.api.reason.size");
		List<UnitJson.SearchHit> hits = units.search(text, day, max).stream().map(unit -> {
			List<AdministrativeUnit> ancestors = new ArrayList<>(units.ancestors(unit.code(), day));
			Collections.reverse(ancestors);
			String context = ancestors.stream().map(AdministrativeUnit::name).collect(Collectors.joining(", "));
			UnitJson.Unit json = UnitJson.Unit.of(unit);
			return new UnitJson.SearchHit(json.code(), json.name(), json.level(), json.kind(), json.parentCode(),
					json.provinceCode(), json.validFrom(), json.validTo(), context.isEmpty() ? null : context);
		}).toList();
		return new UnitJson.SearchResult(text, day, hits);
	}

	/** A province on the date with its districts; a closed code answers with its successor. */
	@GetMapping("/provinces/{code}")
	@Operation(summary = "Read a province", description = "A province on the date with its districts; a closed code "
			+ "answers with its successor.")
	@ApiResponse(responseCode = "200", description = "The province.")
	@ApiResponse(responseCode = "400", description = "Not a province code, or a bad date.", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "404", description = "Unknown, or not valid on the date.", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
	UnitJson.Province province(@Parameter(description = "Province code.", example = "06") @PathVariable String code,
			@Parameter(description = "The day (yyyy-MM-dd); default today.", schema = @Schema(type = "string", format = "date"))
			@RequestParam(required = false) String date) {
		UnitCode provinceCode = UnitApiParameters.provinceCode("code", code);
		LocalDate day = UnitApiParameters.date("date", date, units.today());
		ProvinceView view = units.provinceOn(provinceCode, day).orElseThrow(() -> notFound(provinceCode, day));
		return new UnitJson.Province(day, UnitJson.Unit.of(view.province()),
				view.successorOf() == null ? null : view.successorOf().value(),
				view.districts().stream().map(UnitJson.Unit::of).toList(), view.communes());
	}

	/** One unit on the date with its parent, number of children, predecessors and successors. */
	@GetMapping("/{code}")
	@Operation(summary = "Read a unit", description = "One unit on the date with its parent, number of children, "
			+ "predecessors and successors.")
	@ApiResponse(responseCode = "200", description = "The unit.")
	@ApiResponse(responseCode = "400", description = "Not a unit code, or a bad date.", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "404", description = "Unknown, or not valid on the date.", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
	UnitJson.Detail unit(@Parameter(description = "Unit code.", example = "061") @PathVariable String code,
			@Parameter(description = "The day (yyyy-MM-dd); default today.", schema = @Schema(type = "string", format = "date"))
			@RequestParam(required = false) String date) {
		UnitCode unitCode = UnitApiParameters.code("code", code);
		LocalDate day = UnitApiParameters.date("date", date, units.today());
		AdministrativeUnit unit = validUnit(unitCode, day);
		UnitJson.Ref parent = unit.parentCode() == null ? null
				: units.find(unit.parentCode(), day).map(UnitJson.Ref::of).orElse(null);
		List<UnitJson.Succession> predecessors = units.predecessorsOf(unitCode).stream()
			.map(s -> succession(s.predecessor(), s, s.effectiveDate().minusDays(1)))
			.toList();
		List<UnitJson.Succession> successors = units.successorsOf(unitCode).stream()
			.map(s -> succession(s.successor(), s, s.effectiveDate()))
			.toList();
		return new UnitJson.Detail(day, unit.code().value(), unit.name(), unit.level().value(),
				unit.kind() == null ? null : unit.kind().word(), unit.provinceCode().value(), unit.validFrom(),
				unit.validTo(), unit.legalBasis(), parent, units.childrenCount(unitCode, day), predecessors, successors);
	}

	private UnitJson.Succession succession(UnitCode other, UnitSuccession succession, LocalDate nameDate) {
		String name = units.find(other, nameDate).or(() -> units.latest(other)).map(AdministrativeUnit::name).orElse(null);
		return new UnitJson.Succession(other.value(), name, succession.effectiveDate(), succession.coverage().value());
	}

	private AdministrativeUnit validUnit(UnitCode code, LocalDate day) {
		return units.find(code, day).orElseThrow(() -> notFound(code, day));
	}

	private UnitApiProblem notFound(UnitCode code, LocalDate day) {
		return units.latest(code)
			.<UnitApiProblem>map(latest -> new NotValidOn(latest, day, units.successorsOf(code)))
			.orElseGet(() -> new UnknownUnit(code));
	}

}
