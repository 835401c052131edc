package vn.ocop.portal.registry;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.validation.Valid;
import org.springframework.data.domain.Page;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

import vn.ocop.portal.audit.AuditEntryView;
import vn.ocop.portal.audit.AuditTrail;
import vn.ocop.portal.shared.web.Formats;
import vn.ocop.portal.units.AdministrativeUnits;
import vn.ocop.portal.units.UnitCode;

/**
 * The registry in the back office: the list of organisations with filters, an organisation's
 * page (facts, status history, union memberships, annual updates, audit trail), and the forms to
 * register an organisation and correct its facts.
 */
@Controller
@RequestMapping("/backoffice/registry")
class OrganisationController {

	static final String LIST_VIEW = "registry/list";

	static final String DETAIL_VIEW = "registry/organisation";

	static final String FORM_VIEW = "registry/organisationForm";

	private final Organisations organisations;

	private final RegistryManagement management;

	private final RegistryAccess access;

	private final AdministrativeUnits units;

	private final AuditTrail auditTrail;

	private final Formats formats;

	private final RegistryProperties properties;

	OrganisationController(Organisations organisations, RegistryManagement management, RegistryAccess access,
			AdministrativeUnits units, AuditTrail auditTrail, Formats formats, RegistryProperties properties) {
		this.organisations = organisations;
		this.management = management;
		this.access = access;
		this.units = units;
		this.auditTrail = auditTrail;
		this.formats = formats;
		this.properties = properties;
	}

	@InitBinder
	void initBinder(WebDataBinder binder) {
		binder.setMessageCodesResolver(RegistryForms.MESSAGE_CODES);
	}

	@ModelAttribute("kinds")
	List<OrganisationKind> kinds() {
		return RegistryForms.KINDS;
	}

	@ModelAttribute("sectors")
	List<Sector> sectors() {
		return RegistryForms.SECTORS;
	}

	/** The list's filters as the list and its exports read them; bad values are left out and named in {@code problems}. */
	static OrganisationQuery query(String kind, String status, String unit, String date, String sector, String year,
			String update, String q, String sort, String page, int pageSize, List<String> problems) {
		LocalDate day = null;
		if (date != null && !date.isBlank()) {
			try {
				day = Formats.parseDate(date);
			}
			catch (DateTimeParseException ex) {
				problems.add("registry.list.problem.date");
			}
		}
		String unitCode = unit == null || unit.isBlank() ? null : unit.strip();
		if (unitCode != null && !UnitCode.isValid(unitCode)) {
			problems.add("registry.list.problem.unit");
			unitCode = null;
		}
		Integer reportingYear = null;
		if (year != null && !year.isBlank()) {
			try {
				reportingYear = Integer.valueOf(year.strip());
				if (reportingYear < 1990 || reportingYear > 2100) {
					throw new NumberFormatException();
				}
			}
			catch (NumberFormatException ex) {
				problems.add("registry.list.problem.year");
				reportingYear = null;
			}
		}
		OrganisationQuery query = new OrganisationQuery(RegistryForms.choice(OrganisationKind.class, kind).orElse(null),
				RegistryForms.choice(OrganisationStatus.class, status).orElse(null), unitCode, day,
				RegistryForms.choice(Sector.class, sector).orElse(null), reportingYear,
				RegistryForms.choice(OrganisationQuery.UpdateFilter.class, update).orElse(null), q,
				RegistryForms.choice(OrganisationQuery.Order.class, sort).orElse(OrganisationQuery.Order.NAME),
				RegistryForms.pageNumber(page) - 1, pageSize);
		return query;
	}

	/** How many pages past the shown one the back-office list counts the matching organisations for. */
	static final int COUNTED_PAGES_AHEAD = 20;

	// ------------------------------------------------------------------------------------ list

	@GetMapping
	@PreAuthorize("@registryAccess.mayUseRegistry()")
	String showList(@RequestParam(required = false) String kind, @RequestParam(required = false) String status,
			@RequestParam(required = false) String unit, @RequestParam(required = false) String date,
			@RequestParam(required = false) String sector, @RequestParam(required = false) String year,
			@RequestParam(required = false) String update, @RequestParam(required = false) String q,
			@RequestParam(required = false) String sort, @RequestParam(required = false) String page,
			@RequestParam(required = false) String after, @RequestParam(required = false) String before, Model model) {
		List<String> problems = new ArrayList<>();
		OrganisationQuery query = query(kind, status, unit, date, sector, year, update, q, sort, page, properties.pageSize(),
				problems);
		LocalDate day = query.date();
		// Counted up to COUNTED_PAGES_AHEAD pages past this one: "more than N" beyond (docs/benchmarks.md).
		long countLimit = (long) (query.page() + 1 + COUNTED_PAGES_AHEAD) * query.size();
		// The next and previous links name the page and the organisation it starts after (ends before),
		// so that following them costs the same at any depth; a bare page number still works.
		Organisations.Cursor cursor = after != null && OrganisationId.isValid(after) ? Organisations.Cursor.after(OrganisationId.of(after))
				: before != null && OrganisationId.isValid(before) ? Organisations.Cursor.before(OrganisationId.of(before)) : null;
		Page<OrganisationSummary> result = organisations.list(query, countLimit, cursor);
		List<OrganisationSummary> rows = result.getContent();
		String nextAfter = rows.isEmpty() ? null : rows.get(rows.size() - 1).id().value();
		// the first page is as cheap without a cursor, and its link stays a bare page number
		String previousBefore = rows.isEmpty() || query.page() <= 1 ? null : rows.get(0).id().value();
		LocalDate shownDate = day == null ? organisations.today() : day;
		model.addAttribute("organisations", result);
		model.addAttribute("countMore", result.getTotalElements() > countLimit);
		model.addAttribute("countLimit", countLimit);
		model.addAttribute("countLimitPages", countLimit / query.size());
		model.addAttribute("query", query);
		model.addAttribute("filterDate", day == null ? "" : formats.date(day));
		model.addAttribute("shownDate", shownDate);
		model.addAttribute("datedList", day != null);
		String unitCode = query.unitCode();
		model.addAttribute("filterUnit", unitCode == null ? "" : unitCode);
		model.addAttribute("filterUnitName", unitCode == null ? null
				: units.find(UnitCode.of(unitCode), shownDate).map(found -> found.name()).orElse(null));
		model.addAttribute("filterYear", query.year() == null ? "" : query.year().toString());
		model.addAttribute("filterText", query.text() == null ? "" : query.text());
		model.addAttribute("problems", problems);
		model.addAttribute("statuses", List.of(OrganisationStatus.values()));
		model.addAttribute("updateFilters", List.of(OrganisationQuery.UpdateFilter.values()));
		model.addAttribute("orders", List.of(OrganisationQuery.Order.values()));
		model.addAttribute("pageLink", UriComponentsBuilder.fromPath("/backoffice/registry")
			.queryParamIfPresent("kind", Optional.ofNullable(query.kind()).map(Enum::name))
			.queryParamIfPresent("status", Optional.ofNullable(query.status()).map(Enum::name))
			.queryParamIfPresent("unit", Optional.ofNullable(query.unitCode()))
			.queryParamIfPresent("date", Optional.ofNullable(day).map(formats::date))
			.queryParamIfPresent("sector", Optional.ofNullable(query.sector()).map(Enum::name))
			.queryParamIfPresent("year", Optional.ofNullable(query.year()))
			.queryParamIfPresent("update", Optional.ofNullable(query.year() == null ? null : query.updateStatus()).map(Enum::name))
			.queryParamIfPresent("q", Optional.ofNullable(query.text()))
			.queryParam("sort", query.sort().name())
			.encode()
			.toUriString());
		String pageLink = (String) model.getAttribute("pageLink");
		model.addAttribute("previousLink", pageLink + "&page=" + query.page()
				+ (previousBefore == null ? "" : "&before=" + previousBefore));
		model.addAttribute("nextLink", pageLink + "&page=" + (query.page() + 2) + (nextAfter == null ? "" : "&after=" + nextAfter));
		String filters = UriComponentsBuilder.newInstance()
			.queryParamIfPresent("kind", Optional.ofNullable(query.kind()).map(Enum::name))
			.queryParamIfPresent("status", Optional.ofNullable(query.status()).map(Enum::name))
			.queryParamIfPresent("unit", Optional.ofNullable(query.unitCode()))
			.queryParamIfPresent("date", Optional.ofNullable(day).map(formats::date))
			.queryParamIfPresent("sector", Optional.ofNullable(query.sector()).map(Enum::name))
			.queryParamIfPresent("year", Optional.ofNullable(query.year()))
			.queryParamIfPresent("update", Optional.ofNullable(query.year() == null ? null : query.updateStatus()).map(Enum::name))
			.queryParamIfPresent("q", Optional.ofNullable(query.text()))
			.encode()
			.toUriString();
		model.addAttribute("exportXlsx", "/backoffice/registry/export.xlsx" + filters);
		model.addAttribute("exportCsv", "/backoffice/registry/export.csv" + filters);
		model.addAttribute("exportMembershipsXlsx", "/backoffice/registry/union-memberships/export.xlsx" + filters);
		model.addAttribute("exportMembershipsCsv", "/backoffice/registry/union-memberships/export.csv" + filters);
		String updates = UriComponentsBuilder.newInstance()
			.queryParam("year", query.year() == null ? organisations.today().getYear() - 1 : query.year())
			.queryParamIfPresent("kind", Optional.ofNullable(query.kind()).map(Enum::name))
			.queryParamIfPresent("status", Optional.ofNullable(query.status()).map(Enum::name))
			.queryParamIfPresent("unit", Optional.ofNullable(query.unitCode()))
			.queryParamIfPresent("date", Optional.ofNullable(day).map(formats::date))
			.queryParamIfPresent("sector", Optional.ofNullable(query.sector()).map(Enum::name))
			.queryParamIfPresent("q", Optional.ofNullable(query.text()))
			.encode()
			.toUriString();
		model.addAttribute("exportYear", String.valueOf(query.year() == null ? organisations.today().getYear() - 1 : query.year()));
		model.addAttribute("exportUpdatesXlsx", "/backoffice/registry/annual-updates/export.xlsx" + updates);
		model.addAttribute("exportUpdatesCsv", "/backoffice/registry/annual-updates/export.csv" + updates);
		return LIST_VIEW;
	}

	// ------------------------------------------------------------------------------------ detail

	@GetMapping("/{id}")
	@PreAuthorize("@registryAccess.mayRead(#id)")
	String showOrganisation(@PathVariable String id, Model model) {
		OrganisationView organisation = organisations.get(parse(id));
		model.addAttribute("organisation", organisation);
		model.addAttribute("mayChange", access.mayChange(id));
		model.addAttribute("maySubmit", access.maySubmitUpdate(id));
		model.addAttribute("today", organisations.today());
		model.addAttribute("nextYear", Math.min(organisations.today().getYear(),
				organisation.annualUpdates().stream().mapToInt(AnnualUpdateView::year).max().orElse(organisations.today().getYear() - 1) + 1));
		if (!model.containsAttribute("membershipForm")) {
			model.addAttribute("membershipForm", MembershipForm.empty());
		}
		if (access.isOfficer()) {
			List<AuditEntryView> trail = auditTrail
				.forEntity(RegistryManagement.ORGANISATION, organisation.id().value(), AuditTrail.firstPage())
				.getContent();
			model.addAttribute("auditTrail", trail);
		}
		return DETAIL_VIEW;
	}

	// ------------------------------------------------------------------------------------ create

	@GetMapping("/new")
	@PreAuthorize("@registryAccess.isOfficer()")
	String initCreationForm(Model model) {
		model.addAttribute("organisationForm", OrganisationForm.empty());
		model.addAttribute("pickerDate", organisations.today().toString());
		model.addAttribute("creating", true);
		return FORM_VIEW;
	}

	@PostMapping("/new")
	@PreAuthorize("@registryAccess.isOfficer()")
	String processCreationForm(@Valid OrganisationForm organisationForm, BindingResult result, Model model,
			RedirectAttributes redirect) {
		model.addAttribute("creating", true);
		OrganisationKind kind = RegistryForms.required(result, "kind", OrganisationKind.class, organisationForm.kind());
		OrganisationDetails details = checked(organisationForm, result, model);
		if (kind != null && details != null) {
			RegistryForms.check(result, () -> {
				details.checkFor(kind);
				return details;
			});
		}
		if (result.hasErrors()) {
			return FORM_VIEW;
		}
		try {
			OrganisationId id = management.register(kind, details);
			redirect.addFlashAttribute("notice", "registry.notice.registered");
			return "redirect:/backoffice/registry/" + id.value();
		}
		catch (RegistryRuleViolation violation) {
			RegistryForms.reject(result, violation);
			return FORM_VIEW;
		}
	}

	// ------------------------------------------------------------------------------------ edit

	@GetMapping("/{id}/edit")
	@PreAuthorize("@registryAccess.mayChange(#id)")
	String initUpdateForm(@PathVariable String id, Model model) {
		OrganisationView organisation = organisations.get(parse(id));
		model.addAttribute("organisation", organisation);
		model.addAttribute("organisationForm", OrganisationForm.of(organisation, formats));
		model.addAttribute("pickerDate", organisation.details().registrationDate().toString());
		model.addAttribute("creating", false);
		return FORM_VIEW;
	}

	@PostMapping("/{id}/edit")
	@PreAuthorize("@registryAccess.mayChange(#id)")
	String processUpdateForm(@PathVariable String id, @Valid OrganisationForm organisationForm, BindingResult result,
			Model model, RedirectAttributes redirect) {
		OrganisationView organisation = organisations.get(parse(id));
		model.addAttribute("organisation", organisation);
		model.addAttribute("creating", false);
		OrganisationDetails details = checked(organisationForm, result, model);
		if (result.hasErrors()) {
			return FORM_VIEW;
		}
		try {
			boolean changed = management.correct(organisation.id(), details);
			redirect.addFlashAttribute("notice", changed ? "registry.notice.corrected" : "registry.notice.unchanged");
			return "redirect:/backoffice/registry/" + organisation.id().value();
		}
		catch (RegistryRuleViolation violation) {
			RegistryForms.reject(result, violation);
			return FORM_VIEW;
		}
	}

	/** The details, with the unit checked against the registration date; null when something is wrong. */
	private OrganisationDetails checked(OrganisationForm form, BindingResult result, Model model) {
		OrganisationDetails details = form.toDetails(result);
		LocalDate date = details != null ? details.registrationDate() : quietDate(form.registrationDate());
		model.addAttribute("pickerDate", (date == null ? organisations.today() : date).toString());
		if (date != null && !result.hasFieldErrors("unitCode")) {
			units.validateCode(result, "unitCode", form.unitCode(), date);
		}
		return result.hasErrors() ? null : details;
	}

	private static LocalDate quietDate(String text) {
		try {
			return Formats.parseDate(text);
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	/** The organisation code in a path; an impossible code answers 404. */
	static OrganisationId parse(String id) {
		if (!OrganisationId.isValid(id)) {
			throw new OrganisationNotFound(id);
		}
		return OrganisationId.of(id);
	}

}
