package vn.ocop.portal.identity;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** The signed-in user as the layouts show it ({@code ${@currentUsers.describe()}}). */
@Component("currentUsers")
public class CurrentUsers {

	private final ScopeGuard scopeGuard;

	private final MessageSource messages;

	CurrentUsers(ScopeGuard scopeGuard, MessageSource messages) {
		this.scopeGuard = scopeGuard;
		this.messages = messages;
	}

	public CurrentUserView describe() {
		return scopeGuard.currentUser()
			.map(user -> new CurrentUserView(user.displayName(), user.role().messageKey(), scopeLabel(user.scope())))
			.orElseGet(() -> {
				Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
				return new CurrentUserView(authentication == null ? "" : authentication.getName(), "identity.role.none", "");
			});
	}

	private String scopeLabel(DataScope scope) {
		String kind = messages.getMessage(scope.kind().messageKey(), null, LocaleContextHolder.getLocale());
		return scope.reference().isEmpty() ? kind : kind + " " + scope.reference();
	}

	/** What the back-office header shows about the user. */
	public record CurrentUserView(String displayName, String roleMessageKey, String scopeLabel) {
	}

}
