package vn.ocop.portal.shared.web;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.hierarchicalroles.NullRoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The menus the layouts render ({@code ${@menus.publicItems()}}, {@code ${@menus.backOfficeItems()}}),
 * filtered by the current user's authorities.
 */
@Component("menus")
public class Menus {

	private final List<MenuContribution> contributions;

	private final RoleHierarchy roleHierarchy;

	private final AuthenticationTrustResolver trust = new AuthenticationTrustResolverImpl();

	Menus(List<MenuContribution> contributions, ObjectProvider<RoleHierarchy> roleHierarchy) {
		this.contributions = List.copyOf(contributions);
		this.roleHierarchy = roleHierarchy.getIfAvailable(NullRoleHierarchy::new);
	}

	public List<MenuItem> publicItems() {
		return visible(MenuContribution::publicItems);
	}

	/**
	 * Whether the current user is anonymous, as {@code sec:authorize="isAnonymous()"} tells, without
	 * parsing and evaluating a security expression for each page (that was a tenth of the public
	 * layout's rendering).
	 */
	public boolean anonymous() {
		return trust.isAnonymous(SecurityContextHolder.getContext().getAuthentication());
	}

	/** Whether the current user signed in, as {@code sec:authorize="isAuthenticated()"} tells. */
	public boolean signedIn() {
		return trust.isAuthenticated(SecurityContextHolder.getContext().getAuthentication());
	}

	public List<MenuItem> backOfficeItems() {
		return visible(MenuContribution::backOfficeItems);
	}

	private List<MenuItem> visible(Function<MenuContribution, List<MenuItem>> items) {
		Set<String> authorities = currentAuthorities();
		return contributions.stream()
			.map(items)
			.flatMap(Collection::stream)
			.filter(item -> item.authority() == null || authorities.contains(item.authority()))
			.sorted(Comparator.comparingInt(MenuItem::order))
			.toList();
	}

	private Set<String> currentAuthorities() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null) {
			return Set.of();
		}
		return roleHierarchy.getReachableGrantedAuthorities(authentication.getAuthorities())
			.stream()
			.map(GrantedAuthority::getAuthority)
			.collect(Collectors.toSet());
	}

}
