package vn.ocop.portal.identity;

import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The login page. Spring Security processes the submitted form ({@code POST /login}) and comes
 * back here with {@code ?error}, {@code ?locked}, {@code ?disabled}, {@code ?expired} or
 * {@code ?logout}.
 */
@Controller
class LoginController {

	private static final AuthenticationTrustResolver TRUST = new AuthenticationTrustResolverImpl();

	private final IdentityProperties properties;

	LoginController(IdentityProperties properties) {
		this.properties = properties;
	}

	@GetMapping("/login")
	String initLoginForm(Authentication authentication, Model model) {
		if (TRUST.isAuthenticated(authentication)) {
			return "redirect:" + SecurityConfiguration.AFTER_LOGIN;
		}
		model.addAttribute("lockoutMinutes", Math.max(1, properties.lockoutDuration().toMinutes()));
		return "identity/login";
	}

}
