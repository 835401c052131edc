package vn.ocop.portal.identity;

import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
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

	private final ObjectProvider<UnitHierarchy> units;

	CurrentUsers(ScopeGuard scopeGuard, MessageSource messages, ObjectProvider<UnitHierarchy> units) {
		this.scopeGuard = scopeGuard;
		this.messages = messages;
		this.units = units;
	}

	public CurrentUserView describe() {
		return scopeGuard.currentUser()
			.map(user -> new CurrentUserView(user.displayName(), user.role().messageKey(), scopeLabel(user.scope())))
			.orElseGet(() -> {
				Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
				return new CurrentUserView(authentication == null ? "" : authentication.getName(), "identity.role.none", "");
			});
	}

	/** The unit's name when the units module knows it ({@code Huyện Ba Bể}), else kind and code ({@code Tỉnh 06}). */
	private String scopeLabel(DataScope scope) {
		if (scope.kind() == DataScope.Kind.PROVINCE || scope.kind() == DataScope.Kind.UNIT) {
			Optional<String> name = units.orderedStream()
				.map(hierarchy -> hierarchy.nameOf(scope.reference()))
				.flatMap(Optional::stream)
				.findFirst();
			if (name.isPresent()) {
				return name.get();
			}
		}
		String kind = messages.getMessage(scope.kind().messageKey(), null, LocaleContextHolder.getLocale());
		return scope.reference().isEmpty() ? kind : kind + " " + scope.reference();
	}

	/** What the back-office header shows about the user. */
	public record CurrentUserView(String displayName, String roleMessageKey, String scopeLabel) {
	}

}
