package vn.ocop.portal.identity;

import java.time.Clock;
import java.util.Map;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.ocop.portal.audit.AuditRecord;
import vn.ocop.portal.audit.Auditor;

/**
 * A signed-in user changes their own password. A wrong current password counts as a failed
 * login (so a stolen session cannot be used to guess it); the user's other sessions end when the
 * password changes.
 */
@Component
class PasswordChanges {

	enum Outcome {

		CHANGED, WRONG_CURRENT_PASSWORD, LOCKED

	}

	private final Users users;

	private final LoginAttempts loginAttempts;

	private final PasswordPolicy policy;

	private final PasswordEncoder passwordEncoder;

	private final Auditor auditor;

	private final UserSessions sessions;

	private final Clock clock;

	PasswordChanges(Users users, LoginAttempts loginAttempts, IdentityProperties properties,
			PasswordEncoder passwordEncoder, Auditor auditor, UserSessions sessions, Clock clock) {
		this.users = users;
		this.loginAttempts = loginAttempts;
		this.policy = PasswordPolicy.of(properties);
		this.passwordEncoder = passwordEncoder;
		this.auditor = auditor;
		this.sessions = sessions;
		this.clock = clock;
	}

	/**
	 * @param keptSessionId the session of the request (it stays signed in)
	 * @throws UserRuleViolation when the new password breaks the {@link PasswordPolicy}
	 */
	@Transactional
	Outcome change(Username username, String currentPassword, String newPassword, String keptSessionId) {
		User user = users.findForUpdate(username).orElseThrow(() -> new UserNotFound(username.value()));
		if (!passwordEncoder.matches(currentPassword, user.passwordHash())) {
			User.FailedLogin failure = loginAttempts.recordFailure(user, "PASSWORD_CHANGE_FAILED");
			if (failure == User.FailedLogin.COUNTED) {
				return Outcome.WRONG_CURRENT_PASSWORD;
			}
			sessions.endAll(username);
			return Outcome.LOCKED;
		}
		policy.check(username, newPassword, currentPassword);
		var before = Map.of("passwordChangedAt", user.passwordChangedAt().toString());
		user.changePassword(passwordEncoder.encode(newPassword), clock);
		users.update(user);
		auditor.record(new AuditRecord(LoginAttempts.MODULE, LoginAttempts.ENTITY, username.value(), "PASSWORD_CHANGED",
				before, Map.of("passwordChangedAt", user.passwordChangedAt().toString())));
		sessions.endAllExcept(username, keptSessionId);
		return Outcome.CHANGED;
	}

}
