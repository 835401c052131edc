package vn.ocop.portal.registry;

import java.time.LocalDate;

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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The forms that suspend, resume and dissolve an organisation. */
@Controller
@RequestMapping("/backoffice/registry/{id}/{transition:suspend|resume|dissolve}")
class StatusTransitionController {

	static final String VIEW = "registry/transition";

	private final Organisations organisations;

	private final RegistryManagement management;

	StatusTransitionController(Organisations organisations, RegistryManagement management) {
		this.organisations = organisations;
		this.management = management;
	}

	@InitBinder
	void initBinder(WebDataBinder binder) {
		binder.setMessageCodesResolver(RegistryForms.MESSAGE_CODES);
	}

	@GetMapping
	@PreAuthorize("@registryAccess.mayChange(#id)")
	String initTransitionForm(@PathVariable String id, @PathVariable String transition, Model model) {
		prepare(id, transition, model);
		model.addAttribute("transitionForm", TransitionForm.empty());
		return VIEW;
	}

	@PostMapping
	@PreAuthorize("@registryAccess.mayChange(#id)")
	String processTransitionForm(@PathVariable String id, @PathVariable String transition,
			@Valid TransitionForm transitionForm, BindingResult result, Model model, RedirectAttributes redirect) {
		OrganisationView organisation = prepare(id, transition, model);
		LocalDate date = RegistryForms.date(result, "date", transitionForm.date(), true);
		LocalDate decisionDate = null;
		DissolutionKind kind = null;
		if (transition.equals("suspend") && (transitionForm.reason() == null || transitionForm.reason().isBlank())
				&& !result.hasFieldErrors("reason")) {
			result.rejectValue("reason", "rule.required");
		}
		if (transition.equals("dissolve")) {
			if ((transitionForm.decisionNumber() == null || transitionForm.decisionNumber().isBlank())
					&& !result.hasFieldErrors("decisionNumber")) {
				result.rejectValue("decisionNumber", "rule.required");
			}
			decisionDate = RegistryForms.date(result, "decisionDate", transitionForm.decisionDate(), true);
			kind = RegistryForms.required(result, "dissolutionKind", DissolutionKind.class, transitionForm.dissolutionKind());
		}
		if (result.hasErrors()) {
			return VIEW;
		}
		try {
			switch (transition) {
				case "suspend" -> management.suspend(organisation.id(), date, transitionForm.reason());
				case "resume" -> management.resume(organisation.id(), date);
				default -> management.dissolve(organisation.id(), date, transitionForm.decisionNumber(), decisionDate, kind);
			}
		}
		catch (RegistryRuleViolation violation) {
			RegistryForms.reject(result, violation);
			return VIEW;
		}
		redirect.addFlashAttribute("notice", "registry.notice." + transition);
		return "redirect:/backoffice/registry/" + organisation.id().value();
	}

	private OrganisationView prepare(String id, String transition, Model model) {
		OrganisationView organisation = organisations.get(OrganisationController.parse(id));
		model.addAttribute("organisation", organisation);
		model.addAttribute("transition", transition);
		model.addAttribute("dissolutionKinds", RegistryForms.DISSOLUTION_KINDS);
		return organisation;
	}

}
