package vn.ocop.portal.registry;

import java.time.LocalDate;

import jakarta.validation.Valid;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A union's members: a cooperative joins on a date, a member leaves (its last day). Errors are
 * shown on the union's page, next to the form.
 */
@Controller
@RequestMapping("/backoffice/registry/{id}/members")
class MembershipController {

	private final OrganisationController pages;

	private final RegistryManagement management;

	MembershipController(OrganisationController pages, RegistryManagement management) {
		this.pages = pages;
		this.management = management;
	}

	@InitBinder
	void initBinder(WebDataBinder binder) {
		binder.setMessageCodesResolver(RegistryForms.MESSAGE_CODES);
	}

	@PostMapping
	@PreAuthorize("@registryAccess.mayChange(#id)")
	String processJoinForm(@PathVariable String id, @Valid MembershipForm membershipForm, BindingResult result, Model model,
			RedirectAttributes redirect) {
		OrganisationId union = OrganisationController.parse(id);
		LocalDate joinedOn = RegistryForms.date(result, "date", membershipForm.date(), true);
		String member = membershipForm.memberId() == null ? "" : membershipForm.memberId().strip();
		if (member.isEmpty() && !result.hasFieldErrors("memberId")) {
			result.rejectValue("memberId", "rule.required");
		}
		else if (!OrganisationId.isValid(member) && !result.hasFieldErrors("memberId")) {
			result.rejectValue("memberId", "rule.membership.unknownMember", new Object[] { member }, null);
		}
		if (!result.hasErrors()) {
			try {
				management.joinUnion(union, OrganisationId.of(member), joinedOn);
				redirect.addFlashAttribute("notice", "registry.notice.joined");
				return "redirect:/backoffice/registry/" + union.value() + "#members";
			}
			catch (RegistryRuleViolation violation) {
				RegistryForms.reject(result, "joinedOn".equals(violation.field())
						? new RegistryRuleViolation("date", violation.messageKey(), violation.arguments()) : violation);
			}
		}
		return pages.showOrganisation(id, model);
	}

	@PostMapping("/{membership}/end")
	@PreAuthorize("@registryAccess.mayChange(#id)")
	String processLeaveForm(@PathVariable String id, @PathVariable long membership, @Valid MembershipForm membershipForm,
			BindingResult result, Model model, RedirectAttributes redirect) {
		OrganisationId union = OrganisationController.parse(id);
		LocalDate leftOn = RegistryForms.date(result, "date", membershipForm.date(), true);
		if (!result.hasErrors()) {
			try {
				management.leaveUnion(union, membership, leftOn);
				redirect.addFlashAttribute("notice", "registry.notice.left");
				return "redirect:/backoffice/registry/" + union.value() + "#members";
			}
			catch (RegistryRuleViolation violation) {
				redirect.addFlashAttribute("problem", violation.messageKey());
				redirect.addFlashAttribute("problemArguments", violation.arguments());
				return "redirect:/backoffice/registry/" + union.value() + "#members";
			}
		}
		redirect.addFlashAttribute("problem", "registry.rule.date.format");
		redirect.addFlashAttribute("problemArguments", new Object[] { membershipForm.date() });
		return "redirect:/backoffice/registry/" + union.value() + "#members";
	}

}
