package vn.ocop.portal.identity;

import java.io.Serializable;

import org.springframework.security.core.AuthenticatedPrincipal;

/**
 * The signed-in user as other modules see it: the principal of every authenticated request
 * implements it. Its {@link #getName() name} is the username, so that sessions, audit rows and
 * logs name the user the same way whatever built the principal. Principals are serializable:
 * sessions live in the database.
 */
public interface ScopedUser extends AuthenticatedPrincipal, Serializable {

	String username();

	String displayName();

	Role role();

	DataScope scope();

	@Override
	default String getName() {
		return username();
	}

}
