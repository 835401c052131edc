package vn.ocop.portal.identity;

/**
 * The signed-in user as other modules see it: the principal of every authenticated request
 * implements it.
 */
public interface ScopedUser {

	String username();

	String displayName();

	Role role();

	DataScope scope();

}
