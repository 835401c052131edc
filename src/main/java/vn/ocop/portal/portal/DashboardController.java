package vn.ocop.portal.portal;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import vn.ocop.portal.identity.ScopeGuard;
import vn.ocop.portal.shared.web.Languages;

/**
 * The back-office dashboard, where every role lands after signing in: who you are, where you may
 * act, and the modules your role may use (the tiles come from the back-office menu, which is
 * already filtered by role).
 */
@Controller
class DashboardController {

	private final ScopeGuard scopeGuard;

	private final ScopeWording scopeWording;

	private final MessageSource messages;

	DashboardController(ScopeGuard scopeGuard, ScopeWording scopeWording, MessageSource messages) {
		this.scopeGuard = scopeGuard;
		this.scopeWording = scopeWording;
		this.messages = messages;
	}

	@GetMapping("/backoffice")
	@PreAuthorize("isAuthenticated()")
	String showDashboard(Authentication authentication, Locale requested, Model model) {
		Locale locale = Languages.supported(requested);
		Dashboard dashboard = scopeGuard.currentUser()
			.map(user -> new Dashboard(user.displayName(), user.role().messageKey(),
					scopeWording.describe(user.scope(), locale)))
			.orElseGet(() -> new Dashboard(authentication.getName(), "identity.role.none",
					messages.getMessage("portal.dashboard.scope.none", null, locale)));
		model.addAttribute("dashboard", dashboard);
		return "portal/dashboard";
	}

	/** What the dashboard says about the signed-in user. */
	record Dashboard(String displayName, String roleMessageKey, String scope) {
	}

}
