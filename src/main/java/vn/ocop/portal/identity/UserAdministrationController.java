package vn.ocop.portal.identity;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import jakarta.validation.Valid;
import org.springframework.data.domain.Page;
import org.springframework.security.access.AccessDeniedException;
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

/** User administration for the provincial administrator: list, create, edit, disable, unlock. */
@Controller
@RequestMapping("/admin/users")
class UserAdministrationController {

	private static final String LIST_VIEW = "identity/userList";

	private static final String CREATE_VIEW = "identity/createUser";

	private static final String DETAILS_VIEW = "identity/userDetails";

	private static final int MAX_FILTER_LENGTH = 100;

	private final UserAdministration administration;

	private final ScopeGuard scopeGuard;

	private final IdentityProperties properties;

	private final Clock clock;

	UserAdministrationController(UserAdministration administration, ScopeGuard scopeGuard,
			IdentityProperties properties, Clock clock) {
		this.administration = administration;
		this.scopeGuard = scopeGuard;
		this.properties = properties;
		this.clock = clock;
	}

	@InitBinder
	void initBinder(WebDataBinder binder) {
		binder.setMessageCodesResolver(IdentityForms.MESSAGE_CODES);
	}

	@ModelAttribute("roles")
	List<Role> roles() {
		return IdentityForms.ROLES;
	}

	@ModelAttribute("scopeKinds")
	List<DataScope.Kind> scopeKinds() {
		return IdentityForms.SCOPE_KINDS;
	}

	@GetMapping
	@PreAuthorize("hasRole('ADMIN')")
	String showUserList(@RequestParam(name = "role", required = false) String role,
			@RequestParam(name = "q", required = false) String text,
			@RequestParam(name = "page", required = false) String page, Model model) {
		ScopedUser me = me();
		String filterText = text == null ? "" : text.strip();
		if (filterText.length() > MAX_FILTER_LENGTH) {
			filterText = filterText.substring(0, MAX_FILTER_LENGTH);
		}
		String filterRole = IdentityForms.roleFilter(role).map(Role::name).orElse("");
		Page<User> users = administration.list(IdentityForms.roleFilter(role).orElse(null), filterText, pageNumber(page));
		Instant now = clock.instant();
		model.addAttribute("users", users.map(user -> UserView.of(user, now, administration.mayManage(me, user))));
		model.addAttribute("filterRole", filterRole);
		model.addAttribute("filterText", filterText);
		model.addAttribute("pageLink", UriComponentsBuilder.fromPath("/admin/users")
			.queryParamIfPresent("role", java.util.Optional.of(filterRole).filter(value -> !value.isEmpty()))
			.queryParamIfPresent("q", java.util.Optional.of(filterText).filter(value -> !value.isEmpty()))
			.encode()
			.toUriString());
		return LIST_VIEW;
	}

	@GetMapping("/new")
	@PreAuthorize("hasRole('ADMIN')")
	String initCreationForm(Model model) {
		model.addAttribute("userCreationForm", UserCreationForm.empty());
		model.addAttribute("minPasswordLength", properties.minPasswordLength());
		return CREATE_VIEW;
	}

	@PostMapping("/new")
	@PreAuthorize("hasRole('ADMIN')")
	String processCreationForm(@Valid UserCreationForm userCreationForm, BindingResult result, Model model,
			RedirectAttributes redirect) {
		model.addAttribute("minPasswordLength", properties.minPasswordLength());
		// the rules that need no database, checked together so that every field shows its problem at once
		Username username = check(result, () -> new Username(userCreationForm.username()));
		Role role = check(result, () -> IdentityForms.role(userCreationForm.role()));
		DataScope scope = check(result,
				() -> IdentityForms.scope(userCreationForm.scopeKind(), userCreationForm.scopeReference()));
		if (role != null && scope != null) {
			check(result, () -> {
				RoleScopePolicy.check(role, scope);
				return scope;
			});
		}
		if (!result.hasFieldErrors("initialPassword")) {
			check(result, () -> {
				PasswordPolicy.of(properties).check(username, userCreationForm.initialPassword(), null);
				return username;
			});
		}
		if (result.hasErrors()) {
			return CREATE_VIEW;
		}
		try {
			User user = administration.create(me(), new UserAdministration.NewUser(username,
					userCreationForm.displayName(), userCreationForm.email(), role, scope,
					userCreationForm.initialPassword()));
			redirect.addFlashAttribute("notice", "identity.user.created");
			return "redirect:/admin/users/" + user.username().value();
		}
		catch (UserRuleViolation violation) {
			IdentityForms.reject(result, violation, "initialPassword");
			return CREATE_VIEW;
		}
	}

	/** Runs one rule; a broken rule is shown at its field unless the field already shows a problem. */
	private static <T> T check(BindingResult result, java.util.function.Supplier<T> rule) {
		try {
			return rule.get();
		}
		catch (UserRuleViolation violation) {
			String field = "password".equals(violation.attribute()) ? "initialPassword" : violation.attribute();
			if (!result.hasFieldErrors(field)) {
				IdentityForms.reject(result, violation, "initialPassword");
			}
			return null;
		}
	}

	@GetMapping("/{username}")
	@PreAuthorize("hasRole('ADMIN')")
	String initUpdateForm(@PathVariable String username, Model model) {
		User user = load(username);
		model.addAttribute("userUpdateForm", UserUpdateForm.of(user));
		return details(user, model);
	}

	@PostMapping("/{username}")
	@PreAuthorize("hasRole('ADMIN')")
	String processUpdateForm(@PathVariable String username, @Valid UserUpdateForm userUpdateForm, BindingResult result,
			Model model, RedirectAttributes redirect) {
		User user = load(username);
		if (!administration.mayManage(me(), user)) {
			throw new AccessDeniedException("Outside the administrator's scope");
		}
		if (result.hasErrors()) {
			return details(user, model);
		}
		try {
			boolean changed = administration.update(me(), user.username(), userUpdateForm.displayName(),
					userUpdateForm.email(), IdentityForms.role(userUpdateForm.role()),
					IdentityForms.scope(userUpdateForm.scopeKind(), userUpdateForm.scopeReference()));
			redirect.addFlashAttribute("notice", changed ? "identity.user.updated" : "identity.user.unchanged");
			return redirectToDetails(user);
		}
		catch (UserRuleViolation violation) {
			IdentityForms.reject(result, violation, null);
			return details(user, model);
		}
	}

	@PostMapping("/{username}/disable")
	@PreAuthorize("hasRole('ADMIN')")
	String disable(@PathVariable String username, RedirectAttributes redirect) {
		User user = load(username);
		try {
			administration.disable(me(), user.username());
			redirect.addFlashAttribute("notice", "identity.user.disabled");
		}
		catch (UserRuleViolation violation) {
			redirect.addFlashAttribute("problem", "identity." + violation.messageKey());
		}
		return redirectToDetails(user);
	}

	@PostMapping("/{username}/enable")
	@PreAuthorize("hasRole('ADMIN')")
	String enable(@PathVariable String username, RedirectAttributes redirect) {
		User user = load(username);
		administration.enable(me(), user.username());
		redirect.addFlashAttribute("notice", "identity.user.enabled");
		return redirectToDetails(user);
	}

	@PostMapping("/{username}/reset-lockout")
	@PreAuthorize("hasRole('ADMIN')")
	String resetLockout(@PathVariable String username, RedirectAttributes redirect) {
		User user = load(username);
		administration.resetLockout(me(), user.username());
		redirect.addFlashAttribute("notice", "identity.user.lockoutReset");
		return redirectToDetails(user);
	}

	private String details(User user, Model model) {
		model.addAttribute("user", UserView.of(user, clock.instant(), administration.mayManage(me(), user)));
		return DETAILS_VIEW;
	}

	private User load(String username) {
		return Username.parse(username).flatMap(administration::find).orElseThrow(() -> new UserNotFound(username));
	}

	private ScopedUser me() {
		return scopeGuard.currentUser().orElseThrow(() -> new AccessDeniedException("No scoped user"));
	}

	private static String redirectToDetails(User user) {
		return "redirect:/admin/users/" + user.username().value();
	}

	private static int pageNumber(String page) {
		try {
			return page == null ? 1 : Math.max(1, Math.min(Integer.parseInt(page.strip()), 100_000));
		}
		catch (NumberFormatException ex) {
			return 1;
		}
	}

}
