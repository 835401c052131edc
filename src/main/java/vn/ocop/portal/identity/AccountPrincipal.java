package vn.ocop.portal.identity;

import java.io.Serial;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in user as Spring Security keeps it in the (database-backed) session. The password
 * hash is erased after authentication, so it never reaches the session store.
 */
final class AccountPrincipal implements UserDetails, CredentialsContainer, ScopedUser {

	@Serial
	private static final long serialVersionUID = 1L;

	private final String username;

	private final String displayName;

	private final Role role;

	private final DataScope scope;

	private final boolean enabled;

	private final boolean accountNonLocked;

	private String password;

	private AccountPrincipal(String username, String displayName, Role role, DataScope scope, boolean enabled,
			boolean accountNonLocked, String password) {
		this.username = username;
		this.displayName = displayName;
		this.role = role;
		this.scope = scope;
		this.enabled = enabled;
		this.accountNonLocked = accountNonLocked;
		this.password = password;
	}

	/** The user as of {@code now} (locked or not). */
	static AccountPrincipal of(User user, Instant now) {
		return new AccountPrincipal(user.username().value(), user.displayName(), user.role(), user.scope(), user.enabled(),
				!user.isLockedAt(now), user.passwordHash());
	}

	@Override
	public String username() {
		return username;
	}

	@Override
	public String displayName() {
		return displayName;
	}

	@Override
	public Role role() {
		return role;
	}

	@Override
	public DataScope scope() {
		return scope;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return List.of(new SimpleGrantedAuthority(role.authority()));
	}

	@Override
	public String getPassword() {
		return password;
	}

	@Override
	public String getUsername() {
		return username;
	}

	@Override
	public boolean isAccountNonExpired() {
		return true;
	}

	@Override
	public boolean isAccountNonLocked() {
		return accountNonLocked;
	}

	@Override
	public boolean isCredentialsNonExpired() {
		return true;
	}

	@Override
	public boolean isEnabled() {
		return enabled;
	}

	@Override
	public void eraseCredentials() {
		password = null;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof AccountPrincipal principal && principal.username.equals(username);
	}

	@Override
	public int hashCode() {
		return username.hashCode();
	}

	@Override
	public String toString() {
		return "AccountPrincipal[" + username + ", " + role + "]";
	}

}
