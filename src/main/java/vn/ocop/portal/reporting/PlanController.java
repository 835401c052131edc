package vn.ocop.portal.reporting;

import java.util.List;

import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Plan targets in the back office: {@code /backoffice/reports/plans?unit=06&year=2022} lists the
 * targets of a unit and year (paged) and sets one (administrators and provincial officers, for
 * units of their province; every change audited). Targets can also be imported with the sheet
 * {@code ke-hoach} or set over the API.
 */
@Controller
@RequestMapping(PlanController.PATH)
class PlanController {

	static final String PATH = "/backoffice/reports/plans";

	static final String VIEW = "reporting/plans";

	static final int PAGE_SIZE = 25;

	private final PlanTargets targets;

	private final PlanManagement management;

	private final IndicatorCatalogue catalogue;

	private final ReportingAccess access;

	private final YearEndReports reports;

	PlanController(PlanTargets targets, PlanManagement management, IndicatorCatalogue catalogue, ReportingAccess access,
			YearEndReports reports) {
		this.targets = targets;
		this.management = management;
		this.catalogue = catalogue;
		this.access = access;
		this.reports = reports;
	}

	@GetMapping
	@PreAuthorize("@reportingAccess.mayUsePlans()")
	String initPlanForm(@RequestParam(required = false) String unit, @RequestParam(required = false) String year,
			@RequestParam(defaultValue = "0") int page, Model model) {
		String shown = unit == null || unit.isBlank() ? access.ownUnit().orElse("") : unit.strip();
		Integer shownYear = year != null && year.strip().matches("\\d{4}") ? Integer.valueOf(year.strip()) : reports.today().getYear();
		model.addAttribute("planForm", PlanForm.of(shown, shownYear));
		prepare(shown, shownYear, Math.max(page, 0), model);
		return VIEW;
	}

	@PostMapping
	@PreAuthorize("@reportingAccess.mayUsePlans()")
	String processPlanForm(@ModelAttribute PlanForm planForm, BindingResult result, Model model, RedirectAttributes redirect) {
		Integer year = planForm.yearNumber();
		try {
			boolean changed = management.setTarget(planForm.indicator(), planForm.unit() == null ? null : planForm.unit().strip(),
					year == null ? 0 : year, planForm.targetNumber(), planForm.note());
			redirect.addFlashAttribute("notice", changed ? "reporting.plan.notice.saved" : "reporting.plan.notice.unchanged");
			return "redirect:" + UriComponentsBuilder.fromPath(PATH)
				.queryParam("unit", planForm.unit().strip())
				.queryParam("year", year)
				.build()
				.toUriString();
		}
		catch (PlanRuleViolation violation) {
			String field = violation.field();
			result.rejectValue(field, violation.messageKey(), violation.arguments(), violation.messageKey());
			prepare(planForm.unit() == null ? "" : planForm.unit().strip(), year == null ? reports.today().getYear() : year, 0,
					model);
			return VIEW;
		}
	}

	private void prepare(String unit, int year, int page, Model model) {
		model.addAttribute("unit", unit);
		model.addAttribute("year", year);
		model.addAttribute("indicators", catalogue.plannable());
		boolean visible = !unit.isEmpty() && access.mayPlan(unit);
		long total = visible ? targets.count(unit, year) : 0;
		List<PlanTarget> rows = visible ? targets.list(unit, year, PAGE_SIZE, (long) page * PAGE_SIZE) : List.of();
		model.addAttribute("targets", new PageImpl<>(rows, PageRequest.of(page, PAGE_SIZE), total));
		model.addAttribute("outsideScope", !unit.isEmpty() && !visible);
	}

}
