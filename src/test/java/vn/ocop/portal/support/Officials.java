package vn.ocop.portal.support;

import java.util.List;
import java.util.function.Supplier;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

import vn.ocop.portal.identity.DataScope;
import vn.ocop.portal.identity.Role;
import vn.ocop.portal.identity.ScopedUser;

/**
 * Signed-in people for MockMvc tests, in the domain's words:
 * {@code mvc.perform(get("/backoffice").with(authentication(Officials.localOfficer("Nguyễn Thị Lan", "061"))))}.
 * The principal is a {@link ScopedUser}, as identity's real accounts are.
 */
public final class Officials {

	private Officials() {
	}

	public static Authentication signedIn(String displayName, Role role, DataScope scope) {
		Official official = new Official(username(displayName), displayName, role, scope);
		return UsernamePasswordAuthenticationToken.authenticated(official, null,
				List.of(new SimpleGrantedAuthority(role.authority())));
	}

	public static Authentication provincialAdministrator(String displayName, String provinceCode) {
		return signedIn(displayName, Role.ADMIN, DataScope.province(provinceCode));
	}

	public static Authentication provincialOfficer(String displayName, String provinceCode) {
		return signedIn(displayName, Role.PROVINCIAL_OFFICER, DataScope.province(provinceCode));
	}

	public static Authentication localOfficer(String displayName, String unitCode) {
		return signedIn(displayName, Role.LOCAL_OFFICER, DataScope.unit(unitCode));
	}

	public static Authentication organisationRepresentative(String displayName, String organisationId) {
		return signedIn(displayName, Role.ORGANISATION_REP, DataScope.organisation(organisationId));
	}

	public static Authentication editor(String displayName) {
		return signedIn(displayName, Role.EDITOR, DataScope.province("06"));
	}

	/**
	 * Runs {@code call} signed in as {@code person} (services called directly, outside a request),
	 * then restores whoever was signed in before.
	 */
	public static <T> T as(Authentication person, Supplier<T> call) {
		SecurityContext previous = SecurityContextHolder.getContext();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(person);
		SecurityContextHolder.setContext(context);
		try {
			return call.get();
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}

	private static String username(String displayName) {
		return "test-" + Integer.toHexString(displayName.hashCode());
	}

	/** A signed-in account as other modules see it. */
	public record Official(String username, String displayName, Role role, DataScope scope) implements ScopedUser {
	}

}
