package vn.ocop.portal.units;

import java.util.List;
import java.util.Set;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.hierarchicalroles.NullRoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import vn.ocop.portal.identity.Role;
import vn.ocop.portal.shared.web.MenuContribution;
import vn.ocop.portal.shared.web.MenuItem;

/**
 * The back office's "Administrative units" entry, for provincial and local officers (and the
 * administrator). One entry whatever the number of matching roles, so it is decided here rather
 * than with one {@link MenuItem#forAuthority} item per role.
 */
@Component
class UnitsMenu implements MenuContribution {

	static final String PATH = "/backoffice/units";

	static final Set<String> AUTHORITIES = Set.of(Role.ADMIN.authority(), Role.PROVINCIAL_OFFICER.authority(),
			Role.LOCAL_OFFICER.authority());

	private final RoleHierarchy roleHierarchy;

	UnitsMenu(ObjectProvider<RoleHierarchy> roleHierarchy) {
		this.roleHierarchy = roleHierarchy.getIfAvailable(NullRoleHierarchy::new);
	}

	@Override
	public List<MenuItem> backOfficeItems() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !authentication.isAuthenticated()) {
			return List.of();
		}
		boolean officer = roleHierarchy.getReachableGrantedAuthorities(authentication.getAuthorities())
			.stream()
			.map(GrantedAuthority::getAuthority)
			.anyMatch(AUTHORITIES::contains);
		return officer ? List.of(MenuItem.forEveryone("units.menu.backoffice", PATH, 30)) : List.of();
	}

}
