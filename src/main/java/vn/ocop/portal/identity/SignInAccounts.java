package vn.ocop.portal.identity;

import java.time.Clock;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/** Finds the account a login form names. Usernames are matched regardless of case. */
@Component
class SignInAccounts implements UserDetailsService {

	private final Users users;

	private final Clock clock;

	SignInAccounts(Users users, Clock clock) {
		this.users = users;
		this.clock = clock;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		return Username.parse(username)
			.flatMap(users::findByUsername)
			.map(user -> AccountPrincipal.of(user, clock.instant()))
			.orElseThrow(() -> new UsernameNotFoundException("No such user"));
	}

}
