package vn.ocop.portal.registry;

import java.util.Optional;

import jakarta.validation.Valid;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.ocop.portal.audit.AuditTrail;

/**
 * An organisation's annual update for a year: the representative submits it, an officer enters
 * or corrects it, accepts it or returns it with a reason.
 */
@Controller
@RequestMapping("/backoffice/registry/{id}/updates")
class AnnualUpdateController {

	static final String VIEW = "registry/annualUpdate";

	private final Organisations organisations;

	private final RegistryManagement management;

	private final RegistryAccess access;

	private final AuditTrail auditTrail;

	AnnualUpdateController(Organisations organisations, RegistryManagement management, RegistryAccess access,
			AuditTrail auditTrail) {
		this.organisations = organisations;
		this.management = management;
		this.access = access;
		this.auditTrail = auditTrail;
	}

	@InitBinder
	void initBinder(WebDataBinder binder) {
		binder.setMessageCodesResolver(RegistryForms.MESSAGE_CODES);
	}

	/** The year chosen on the organisation's page. */
	@GetMapping
	@PreAuthorize("@registryAccess.mayRead(#id)")
	String chooseYear(@PathVariable String id, @RequestParam(required = false) String year) {
		OrganisationId organisation = OrganisationController.parse(id);
		try {
			return "redirect:/backoffice/registry/" + organisation.value() + "/updates/" + year(year == null ? "" : year.strip());
		}
		catch (OrganisationNotFound ex) {
			return "redirect:/backoffice/registry/" + organisation.value();
		}
	}

	@GetMapping("/{year}")
	@PreAuthorize("@registryAccess.mayRead(#id)")
	String initUpdateForm(@PathVariable String id, @PathVariable String year, Model model) {
		Optional<AnnualUpdateView> update = prepare(id, year, model);
		model.addAttribute("annualUpdateForm", update.map(found -> AnnualUpdateForm.of(found.figures())).orElse(AnnualUpdateForm.empty()));
		model.addAttribute("reviewForm", ReviewForm.empty());
		return VIEW;
	}

	@PostMapping("/{year}")
	@PreAuthorize("@registryAccess.mayChange(#id) or @registryAccess.maySubmitUpdate(#id)")
	String processUpdateForm(@PathVariable String id, @PathVariable String year, @Valid AnnualUpdateForm annualUpdateForm,
			BindingResult result, Model model, RedirectAttributes redirect) {
		prepare(id, year, model);
		model.addAttribute("reviewForm", ReviewForm.empty());
		AnnualFigures figures = annualUpdateForm.toFigures(result);
		if (result.hasErrors()) {
			return VIEW;
		}
		OrganisationId organisation = OrganisationController.parse(id);
		int reportingYear = year(year);
		try {
			RegistryManagement.AnnualUpdateOutcome outcome = access.mayChange(id)
					? management.enterAnnualUpdate(organisation, reportingYear, figures)
					: management.submitAnnualUpdate(organisation, reportingYear, figures);
			redirect.addFlashAttribute("notice", "registry.notice.update." + outcome.status().name());
			redirect.addFlashAttribute("warnings", outcome.warnings());
			return "redirect:/backoffice/registry/" + organisation.value() + "/updates/" + reportingYear;
		}
		catch (RegistryRuleViolation violation) {
			RegistryForms.reject(result, violation);
			return VIEW;
		}
	}

	@PostMapping("/{year}/accept")
	@PreAuthorize("@registryAccess.mayChange(#id)")
	String accept(@PathVariable String id, @PathVariable String year, RedirectAttributes redirect) {
		OrganisationId organisation = OrganisationController.parse(id);
		try {
			management.acceptAnnualUpdate(organisation, year(year));
			redirect.addFlashAttribute("notice", "registry.notice.update.accepted");
		}
		catch (RegistryRuleViolation violation) {
			redirect.addFlashAttribute("problem", violation.messageKey());
		}
		return "redirect:/backoffice/registry/" + organisation.value() + "/updates/" + year(year);
	}

	@PostMapping("/{year}/return")
	@PreAuthorize("@registryAccess.mayChange(#id)")
	String returnUpdate(@PathVariable String id, @PathVariable String year, @Valid ReviewForm reviewForm,
			BindingResult result, Model model, RedirectAttributes redirect) {
		Optional<AnnualUpdateView> update = prepare(id, year, model);
		model.addAttribute("annualUpdateForm", update.map(found -> AnnualUpdateForm.of(found.figures())).orElse(AnnualUpdateForm.empty()));
		if (result.hasErrors()) {
			return VIEW;
		}
		OrganisationId organisation = OrganisationController.parse(id);
		try {
			management.returnAnnualUpdate(organisation, year(year), reviewForm.reason());
		}
		catch (RegistryRuleViolation violation) {
			RegistryForms.reject(result, violation);
			return VIEW;
		}
		redirect.addFlashAttribute("notice", "registry.notice.update.returned");
		return "redirect:/backoffice/registry/" + organisation.value() + "/updates/" + year(year);
	}

	private Optional<AnnualUpdateView> prepare(String id, String year, Model model) {
		OrganisationView organisation = organisations.get(OrganisationController.parse(id));
		int reportingYear = year(year);
		Optional<AnnualUpdateView> update = organisation.annualUpdates().stream().filter(found -> found.year() == reportingYear).findFirst();
		model.addAttribute("organisation", organisation);
		model.addAttribute("year", reportingYear);
		model.addAttribute("dueDate", AnnualUpdate.DUE.atYear(reportingYear));
		model.addAttribute("update", update.orElse(null));
		model.addAttribute("mayChange", access.mayChange(id));
		model.addAttribute("maySubmit", access.maySubmitUpdate(id)
				&& update.map(found -> found.status() != AnnualUpdateStatus.ACCEPTED).orElse(true));
		model.addAttribute("union", organisation.kind().isUnion());
		if (access.isOfficer()) {
			model.addAttribute("auditTrail", auditTrail.forEntity(RegistryManagement.ANNUAL_UPDATE,
					RegistryManagement.updateId(organisation.id(), reportingYear), AuditTrail.firstPage()).getContent());
		}
		return update;
	}

	/** A reporting year in a path; anything else answers 404. */
	static int year(String year) {
		try {
			int value = Integer.parseInt(year);
			if (value >= 1990 && value <= 2100) {
				return value;
			}
		}
		catch (NumberFormatException ex) {
			// answered below
		}
		throw new OrganisationNotFound(year);
	}

}
