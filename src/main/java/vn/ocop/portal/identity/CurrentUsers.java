package vn.ocop.portal.identity;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** The signed-in user as the layouts show it ({@code ${@currentUsers.describe()}}). */
@Component("currentUsers")
public class CurrentUsers {

	public CurrentUserView describe() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		String name = authentication == null ? "" : authentication.getName();
		return new CurrentUserView(name, "role.unknown", "");
	}

	/** What the back-office header shows about the user. */
	public record CurrentUserView(String displayName, String roleMessageKey, String scopeLabel) {
	}

}
