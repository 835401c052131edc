package vn.ocop.portal.registry;

import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ObjIntConsumer;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.ProblemDetail;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DirectFieldBindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.Validator;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.ocop.portal.units.AdministrativeUnits;
import vn.ocop.portal.units.UnitCode;

/**
 * The registry's JSON API, authorised exactly like the back-office pages: officers see and change
 * the organisations of their scope, a representative sees their organisation and submits its
 * annual update, other roles get 403 and anonymous callers 401. Lists are paged and filtered by
 * the caller's scope in SQL. Errors are problem details in the request's language, with the
 * field each problem concerns.
 */
@RestController
@RequestMapping(path = "/api/v1/organisations", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "organisations")
@ApiResponse(responseCode = "401", description = "Not signed in (no valid session cookie).", content = @Content)
@ApiResponse(responseCode = "403", description = "The caller's role or data scope does not cover this organisation or action.",
		content = @Content)
class RegistryApiController {

	static final int DEFAULT_PAGE_SIZE = 25;

	static final String PROBLEM = "application/problem+json";

	private final Organisations organisations;

	private final RegistryManagement management;

	private final RegistryAccess access;

	private final AdministrativeUnits units;

	private final Validator validator;

	private final MessageSource messages;

	RegistryApiController(Organisations organisations, RegistryManagement management, RegistryAccess access,
			AdministrativeUnits units, jakarta.validation.Validator validator, MessageSource messages) {
		this.organisations = organisations;
		this.management = management;
		this.access = access;
		this.units = units;
		this.validator = new SpringValidatorAdapter(validator);
		this.messages = messages;
	}

	/** The organisations the caller may see that match the filters, one page at a time. */
	@GetMapping
	@PreAuthorize("@registryAccess.mayUseRegistry()")
	@Operation(summary = "List organisations", description = "The organisations the caller may see (officers: their province, "
			+ "district or commune; a representative: their own organisation) that match every filter given, one page at a "
			+ "time. Officers and organisation representatives only.")
	@ApiResponse(responseCode = "200", description = "One page of organisations, with the date the list describes.")
	@ApiResponse(responseCode = "400", description = "A parameter is not valid; the problem names it in `parameter`.",
			content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
	RegistryJson.Page list(
			@Parameter(description = "Kind of organisation.", schema = @Schema(implementation = OrganisationKind.class))
			@RequestParam(required = false) String kind,
			@Parameter(description = "Status on `date` (today without a date).",
					schema = @Schema(implementation = OrganisationStatus.class))
			@RequestParam(required = false) String status,
			@Parameter(description = "Code of a province, district or commune: organisations whose unit lay in it on `date`.",
					example = "061")
			@RequestParam(required = false) String unit,
			@Parameter(description = "The day the list describes (yyyy-MM-dd): only organisations registered by then, "
					+ "with their status and unit then. Default: today.", schema = @Schema(type = "string", format = "date"))
			@RequestParam(required = false) String date,
			@Parameter(description = "Sector (Decree 113/2024).", schema = @Schema(implementation = Sector.class))
			@RequestParam(required = false) String sector,
			@Parameter(description = "Reporting year (1990-2100): adds the year's update state and members to each row.",
					example = "2022")
			@RequestParam(required = false) String year,
			@Parameter(description = "With `year`: the state of that year's update (ANY when only the year is given).",
					schema = @Schema(implementation = OrganisationQuery.UpdateFilter.class))
			@RequestParam(required = false) String update,
			@Parameter(description = "Words of the name, code, registration number or tax code, with or without diacritics.",
					example = "hop tac xa dong tam")
			@RequestParam(required = false) String q,
			@Parameter(description = "Order: by name (Vietnamese), by registration date (newest first) or by unit code.",
					schema = @Schema(implementation = OrganisationQuery.Order.class))
			@RequestParam(required = false) String sort,
			@Parameter(description = "Page number from 0.", schema = @Schema(type = "integer", minimum = "0", defaultValue = "0"))
			@RequestParam(required = false) String page,
			@Parameter(description = "Rows per page.",
					schema = @Schema(type = "integer", minimum = "1", maximum = "200", defaultValue = "25"))
			@RequestParam(required = false) String size) {
		LocalDate day = null;
		if (date != null && !date.isBlank()) {
			try {
				day = LocalDate.parse(date.strip());
			}
			catch (DateTimeParseException ex) {
				throw new RegistryApiProblem.InvalidParameter("date", date, "registry.api.reason.date");
			}
		}
		if (unit != null && !unit.isBlank() && !UnitCode.isValid(unit.strip())) {
			throw new RegistryApiProblem.InvalidParameter("unit", unit, "registry.api.reason.unit");
		}
		OrganisationQuery query = new OrganisationQuery(choice("kind", OrganisationKind.class, kind),
				choice("status", OrganisationStatus.class, status), unit, day, choice("sector", Sector.class, sector),
				integer("year", year, null, 1990, 2100), choice("update", OrganisationQuery.UpdateFilter.class, update), q,
				choice("sort", OrganisationQuery.Order.class, sort), integer("page", page, 0, 0, 1_000_000),
				integer("size", size, DEFAULT_PAGE_SIZE, 1, OrganisationQuery.MAX_PAGE_SIZE));
		Page<OrganisationSummary> result = organisations.list(query);
		return new RegistryJson.Page(day == null ? organisations.today() : day, result.getNumber(), result.getSize(),
				result.getTotalElements(), result.getTotalPages(), result.getContent().stream().map(RegistryJson.Summary::of).toList());
	}

	/** One organisation with its status history, memberships and the years of its annual updates. */
	@GetMapping("/{id}")
	@PreAuthorize("@registryAccess.mayRead(#id)")
	@Operation(summary = "Read one organisation", description = "Its facts, unit at registration and today, status history, "
			+ "union memberships and the years of its annual updates.")
	@ApiResponse(responseCode = "200", description = "The organisation.")
	@ApiResponse(responseCode = "404", description = "No organisation has this code.", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
	RegistryJson.Detail organisation(@Parameter(description = "The organisation's code.", example = "HTX-DEMO-0001")
			@PathVariable String id) {
		return RegistryJson.Detail.of(organisations.get(parse(id)));
	}

	/** Registers an organisation (officers, in their scope): 201 with its location. */
	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@PreAuthorize("@registryAccess.isOfficer()")
	@Operation(summary = "Register an organisation", description = "Officers, in a unit of their scope. Dates as yyyy-MM-dd; "
			+ "the unit code must be valid on the registration date. Needs the session's CSRF token (header X-CSRF-TOKEN).")
	@ApiResponse(responseCode = "201", description = "Registered; `Location` is its address in the API.")
	@ApiResponse(responseCode = "400", description = "Invalid data; `errors` lists each field with its message.", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
	ResponseEntity<RegistryJson.Detail> register(@RequestBody RegistryJson.Registration body, HttpServletRequest request) {
		Locale locale = RegistryApiProblems.locale(request);
		List<RegistryJson.FieldMessage> errors = new ArrayList<>();
		String formDate = body.registrationDate();
		LocalDate registrationDate = null;
		if (formDate != null && !formDate.isBlank()) {
			try {
				registrationDate = LocalDate.parse(formDate.strip());
				formDate = RegistryDates.format(registrationDate);
			}
			catch (DateTimeParseException ex) {
				errors.add(new RegistryJson.FieldMessage("registrationDate",
						messages.getMessage("registry.api.reason.date", null, locale)));
				formDate = null;
			}
		}
		OrganisationForm form = new OrganisationForm(body.kind(), body.name(), body.registrationNumber(), body.taxCode(),
				formDate, body.registrationAuthority(), body.unitCode(), body.address(), body.sector(),
				body.representativeName(), body.representativeTitle(), body.phone(), body.email());
		BindingResult result = bindingResult(form, "organisation");
		validator.validate(form, result);
		OrganisationKind kind = RegistryForms.required(result, "kind", OrganisationKind.class, form.kind());
		OrganisationDetails details = errors.isEmpty() ? form.toDetails(result) : null;
		if (registrationDate != null && !result.hasFieldErrors("unitCode") && body.unitCode() != null) {
			units.validateCode(result, "unitCode", body.unitCode(), registrationDate);
		}
		if (kind != null && details != null && !result.hasErrors()) {
			RegistryForms.check(result, () -> {
				details.checkFor(kind);
				return details;
			});
		}
		errors.addAll(messagesOf(result, locale));
		if (!errors.isEmpty()) {
			throw new RegistryApiProblem.InvalidData(errors);
		}
		try {
			OrganisationId id = management.register(kind, details);
			return ResponseEntity.created(URI.create("/api/v1/organisations/" + id.value()))
				.body(RegistryJson.Detail.of(organisations.get(id)));
		}
		catch (RegistryRuleViolation violation) {
			throw invalid(violation, locale);
		}
	}

	/** Every annual update of the organisation, newest year first. */
	@GetMapping("/{id}/annual-updates")
	@PreAuthorize("@registryAccess.mayRead(#id)")
	@Tag(name = "annual-updates")
	@Operation(summary = "List an organisation's annual updates", description = "Every year's update, newest first.")
	@ApiResponse(responseCode = "200", description = "The updates (empty when there is none).")
	@ApiResponse(responseCode = "404", description = "No organisation has this code.", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
	List<RegistryJson.AnnualUpdate> annualUpdates(
			@Parameter(description = "The organisation's code.", example = "HTX-DEMO-0001") @PathVariable String id) {
		OrganisationId organisation = parse(id);
		if (!organisations.exists(organisation)) {
			throw new RegistryApiProblem.NotFound(organisation.value());
		}
		return organisations.get(organisation).annualUpdates().stream()
			.map(update -> RegistryJson.AnnualUpdate.of(update, List.of()))
			.toList();
	}

	/** The organisation's annual update for the year (404 when there is none). */
	@GetMapping("/{id}/annual-updates/{year}")
	@PreAuthorize("@registryAccess.mayRead(#id)")
	@Tag(name = "annual-updates")
	@Operation(summary = "Read one annual update", description = "The organisation's update for the reporting year.")
	@ApiResponse(responseCode = "200", description = "The update.")
	@ApiResponse(responseCode = "404", description = "No such organisation, or no update for that year.", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
	RegistryJson.AnnualUpdate annualUpdate(
			@Parameter(description = "The organisation's code.", example = "HTX-DEMO-0001") @PathVariable String id,
			@Parameter(description = "Reporting year.", example = "2024") @PathVariable String year) {
		OrganisationId organisation = parse(id);
		int reportingYear = year(year);
		if (!organisations.exists(organisation)) {
			throw new RegistryApiProblem.NotFound(organisation.value());
		}
		return organisations.annualUpdate(organisation, reportingYear)
			.map(update -> RegistryJson.AnnualUpdate.of(update, List.of()))
			.orElseThrow(() -> new RegistryApiProblem.NotFound(RegistryManagement.updateId(organisation, reportingYear)));
	}

	/**
	 * Submits (representative) or enters (officer) the annual update for the year; answers the
	 * update with the rule warnings its figures raised.
	 */
	@PutMapping(path = "/{id}/annual-updates/{year}", consumes = MediaType.APPLICATION_JSON_VALUE)
	@PreAuthorize("@registryAccess.mayChange(#id) or @registryAccess.maySubmitUpdate(#id)")
	@Tag(name = "annual-updates")
	@Operation(summary = "Submit or enter an annual update", description = "The organisation's representative submits the "
			+ "update (SUBMITTED, again until it is accepted); an officer of the organisation's scope enters or corrects it "
			+ "(ACCEPTED at once). The minimum-members rules of the year apply: an error refuses the update, a warning comes "
			+ "back in `warnings`. Needs the session's CSRF token.")
	@ApiResponse(responseCode = "200", description = "The stored update, with the rule warnings its figures raised.")
	@ApiResponse(responseCode = "400", description = "Missing figures or a broken rule; `errors` names each field.", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "404", description = "No organisation has this code.", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
	RegistryJson.AnnualUpdate putAnnualUpdate(
			@Parameter(description = "The organisation's code.", example = "HTX-DEMO-0001") @PathVariable String id,
			@Parameter(description = "Reporting year.", example = "2025") @PathVariable String year,
			@RequestBody RegistryJson.Figures body, HttpServletRequest request) {
		Locale locale = RegistryApiProblems.locale(request);
		OrganisationId organisation = parse(id);
		int reportingYear = year(year);
		if (!organisations.exists(organisation)) {
			throw new RegistryApiProblem.NotFound(organisation.value());
		}
		List<RegistryJson.FieldMessage> errors = new ArrayList<>();
		requireNumber(errors, "officialMembers", body.officialMembers(), locale);
		requireNumber(errors, "capitalAssociates", body.capitalAssociates(), locale);
		requireNumber(errors, "nonCapitalAssociates", body.nonCapitalAssociates(), locale);
		requireNumber(errors, "workers", body.workers(), locale);
		requireNumber(errors, "charterCapital", body.charterCapital(), locale);
		requireNumber(errors, "totalAssets", body.totalAssets(), locale);
		requireNumber(errors, "revenue", body.revenue(), locale);
		requireNumber(errors, "profit", body.profit(), locale);
		requireNumber(errors, "averageIncome", body.averageIncome(), locale);
		if (!errors.isEmpty()) {
			throw new RegistryApiProblem.InvalidData(errors);
		}
		try {
			AnnualFigures figures = new AnnualFigures(body.officialMembers(), body.capitalAssociates(),
					body.nonCapitalAssociates(), body.memberCooperatives() == null ? 0 : body.memberCooperatives(),
					body.workers(), body.charterCapital(), body.totalAssets(), body.revenue(), body.profit(),
					body.averageIncome(), body.classificationScore());
			RegistryManagement.AnnualUpdateOutcome outcome = access.mayChange(id)
					? management.enterAnnualUpdate(organisation, reportingYear, figures)
					: management.submitAnnualUpdate(organisation, reportingYear, figures);
			List<RegistryJson.Warning> warnings = outcome.warnings().stream()
				.map(warning -> new RegistryJson.Warning(warning.field(),
						messages.getMessage(warning.messageKey(), warning.arguments(), locale)))
				.toList();
			AnnualUpdateView saved = organisations.annualUpdate(organisation, reportingYear).orElseThrow();
			return RegistryJson.AnnualUpdate.of(saved, warnings);
		}
		catch (RegistryRuleViolation violation) {
			throw invalid(violation, locale);
		}
	}

	/** An officer accepts a submitted update. */
	@PostMapping("/{id}/annual-updates/{year}/accept")
	@PreAuthorize("@registryAccess.mayChange(#id)")
	@Tag(name = "annual-updates")
	@Operation(summary = "Accept a submitted annual update",
			description = "Officers of the organisation's scope. Needs the session's CSRF token.")
	@ApiResponse(responseCode = "200", description = "The accepted update.")
	@ApiResponse(responseCode = "400", description = "There is no update for the year, or it is not awaiting review.",
			content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "404", description = "No organisation has this code.", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
	RegistryJson.AnnualUpdate acceptAnnualUpdate(
			@Parameter(description = "The organisation's code.", example = "HTX-DEMO-0001") @PathVariable String id,
			@Parameter(description = "Reporting year.", example = "2025") @PathVariable String year,
			HttpServletRequest request) {
		return review(id, year, request, management::acceptAnnualUpdate);
	}

	/** What an officer sends to return an update: the reason, shown to the representative. */
	record Review(@Schema(description = "What the representative must correct.") String reason) {
	}

	/** An officer returns a submitted update to the representative with a reason. */
	@PostMapping(path = "/{id}/annual-updates/{year}/return", consumes = MediaType.APPLICATION_JSON_VALUE)
	@PreAuthorize("@registryAccess.mayChange(#id)")
	@Tag(name = "annual-updates")
	@Operation(summary = "Return a submitted annual update for correction",
			description = "Officers of the organisation's scope; the reason is required. Needs the session's CSRF token.")
	@ApiResponse(responseCode = "200", description = "The returned update (status RETURNED, with the reason).")
	@ApiResponse(responseCode = "400", description = "No reason, no update for the year, or it is not awaiting review.",
			content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "404", description = "No organisation has this code.", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
	RegistryJson.AnnualUpdate returnAnnualUpdate(
			@Parameter(description = "The organisation's code.", example = "HTX-DEMO-0001") @PathVariable String id,
			@Parameter(description = "Reporting year.", example = "2025") @PathVariable String year,
			@RequestBody Review body, HttpServletRequest request) {
		if (body == null || body.reason() == null || body.reason().isBlank()) {
			throw new RegistryApiProblem.InvalidData(List.of(new RegistryJson.FieldMessage("reason",
					messages.getMessage("registry.rule.required", null, RegistryApiProblems.locale(request)))));
		}
		return review(id, year, request,
				(organisation, reportingYear) -> management.returnAnnualUpdate(organisation, reportingYear, body.reason().strip()));
	}

	private RegistryJson.AnnualUpdate review(String id, String year, HttpServletRequest request,
			ObjIntConsumer<OrganisationId> decision) {
		OrganisationId organisation = parse(id);
		int reportingYear = year(year);
		if (!organisations.exists(organisation)) {
			throw new RegistryApiProblem.NotFound(organisation.value());
		}
		try {
			decision.accept(organisation, reportingYear);
		}
		catch (RegistryRuleViolation violation) {
			throw invalid(violation, RegistryApiProblems.locale(request));
		}
		return RegistryJson.AnnualUpdate.of(organisations.annualUpdate(organisation, reportingYear).orElseThrow(), List.of());
	}

	// ------------------------------------------------------------------------------------------

	private RegistryApiProblem.InvalidData invalid(RegistryRuleViolation violation, Locale locale) {
		return new RegistryApiProblem.InvalidData(List.of(new RegistryJson.FieldMessage(violation.field(),
				messages.getMessage(violation.messageKey(), violation.arguments(), locale))));
	}

	private void requireNumber(List<RegistryJson.FieldMessage> errors, String field, Object value, Locale locale) {
		if (value == null) {
			errors.add(new RegistryJson.FieldMessage(field, messages.getMessage("registry.rule.required", null, locale)));
		}
	}

	private List<RegistryJson.FieldMessage> messagesOf(BindingResult result, Locale locale) {
		List<RegistryJson.FieldMessage> found = new ArrayList<>();
		result.getFieldErrors().forEach(error -> found.add(new RegistryJson.FieldMessage(error.getField(), text(error, locale))));
		result.getGlobalErrors().forEach(error -> found.add(new RegistryJson.FieldMessage(null, messages.getMessage(error, locale))));
		return found;
	}

	private String text(FieldError error, Locale locale) {
		return messages.getMessage(error, locale);
	}

	private static BindingResult bindingResult(Object target, String name) {
		DirectFieldBindingResult result = new DirectFieldBindingResult(target, name);
		result.setMessageCodesResolver(RegistryForms.MESSAGE_CODES);
		return result;
	}

	private static OrganisationId parse(String id) {
		if (!OrganisationId.isValid(id)) {
			throw new RegistryApiProblem.NotFound(id);
		}
		return OrganisationId.of(id);
	}

	private static int year(String year) {
		Integer value = integer("year", year, null, 1990, 2100);
		if (value == null) {
			throw new RegistryApiProblem.InvalidParameter("year", year, "registry.api.reason.number");
		}
		return value;
	}

	private static <E extends Enum<E>> E choice(String parameter, Class<E> type, String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		return RegistryForms.choice(type, value)
			.orElseThrow(() -> new RegistryApiProblem.InvalidParameter(parameter, value, "registry.api.reason.choice"));
	}

	private static Integer integer(String parameter, String value, Integer absent, int min, int max) {
		if (value == null || value.isBlank()) {
			return absent;
		}
		try {
			int parsed = Integer.parseInt(value.strip());
			if (parsed < min || parsed > max) {
				throw new NumberFormatException();
			}
			return parsed;
		}
		catch (NumberFormatException ex) {
			throw new RegistryApiProblem.InvalidParameter(parameter, value, "registry.api.reason.number");
		}
	}

}
