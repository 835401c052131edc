package vn.ocop.portal.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The signed-in user changes their password. */
@Controller
@RequestMapping("/account/password")
class PasswordController {

	private static final String VIEW = "identity/changePassword";

	private final PasswordChanges passwordChanges;

	private final ScopeGuard scopeGuard;

	private final IdentityProperties properties;

	PasswordController(PasswordChanges passwordChanges, ScopeGuard scopeGuard, IdentityProperties properties) {
		this.passwordChanges = passwordChanges;
		this.scopeGuard = scopeGuard;
		this.properties = properties;
	}

	@InitBinder
	void initBinder(WebDataBinder binder) {
		binder.setMessageCodesResolver(IdentityForms.MESSAGE_CODES);
	}

	@ModelAttribute("minPasswordLength")
	int minPasswordLength() {
		return properties.minPasswordLength();
	}

	@GetMapping
	@PreAuthorize("isAuthenticated()")
	String initChangeForm(Model model) {
		model.addAttribute("passwordChangeForm", PasswordChangeForm.empty());
		return VIEW;
	}

	@PostMapping
	@PreAuthorize("isAuthenticated()")
	String processChangeForm(@Valid PasswordChangeForm passwordChangeForm, BindingResult result,
			HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
		if (!result.hasFieldErrors("newPassword") && !result.hasFieldErrors("confirmPassword")
				&& !passwordChangeForm.newPassword().equals(passwordChangeForm.confirmPassword())) {
			result.rejectValue("confirmPassword", "password.mismatch");
		}
		if (result.hasErrors()) {
			return VIEW;
		}
		ScopedUser me = scopeGuard.currentUser().orElseThrow(() -> new AccessDeniedException("No scoped user"));
		PasswordChanges.Outcome outcome;
		try {
			outcome = passwordChanges.change(new Username(me.username()), passwordChangeForm.currentPassword(),
					passwordChangeForm.newPassword(), request.getSession().getId());
		}
		catch (UserRuleViolation violation) {
			IdentityForms.reject(result, violation, "newPassword");
			return VIEW;
		}
		return switch (outcome) {
			case WRONG_CURRENT_PASSWORD -> {
				result.rejectValue("currentPassword", "password.currentWrong");
				yield VIEW;
			}
			case LOCKED -> {
				new SecurityContextLogoutHandler().logout(request, response,
						SecurityContextHolder.getContext().getAuthentication());
				yield "redirect:" + SecurityConfiguration.LOGIN_PAGE + "?locked";
			}
			case CHANGED -> {
				redirect.addFlashAttribute("notice", "identity.password.changed");
				yield "redirect:/account/password";
			}
		};
	}

}
