package vn.ocop.portal.identity;

import java.time.Clock;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationFailureDisabledEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionOperations;

import vn.ocop.portal.audit.AuditRecord;
import vn.ocop.portal.audit.Auditor;

/**
 * Counts failed logins in the database and locks accounts per the {@link LockoutPolicy}; clears
 * the count after a successful login. Failures and lockouts are audited and logged in one line
 * each, without stack traces.
 */
@Component
class LoginAttempts {

	static final String MODULE = "identity";

	static final String ENTITY = "User";

	private static final Logger log = LoggerFactory.getLogger(LoginAttempts.class);

	private final Users users;

	private final Auditor auditor;

	private final LockoutPolicy policy;

	private final Clock clock;

	private final TransactionOperations transactions;

	LoginAttempts(Users users, Auditor auditor, IdentityProperties properties, Clock clock,
			TransactionOperations transactions) {
		this.users = users;
		this.auditor = auditor;
		this.policy = LockoutPolicy.of(properties);
		this.clock = clock;
		this.transactions = transactions;
	}

	@EventListener
	void onWrongPassword(AuthenticationFailureBadCredentialsEvent event) {
		String typed = event.getAuthentication().getName();
		Username.parse(typed).ifPresentOrElse(username -> transactions.executeWithoutResult(status -> users
			.findForUpdate(username)
			.ifPresentOrElse(user -> recordFailure(user, "LOGIN_FAILED"),
					() -> log.warn("Login failed: unknown user '{}'", username))),
				() -> log.warn("Login failed: unknown user '{}'", printable(typed)));
	}

	/**
	 * Counts a wrong password given for an account (at login, or as the current password when
	 * changing it) and saves the result; the caller provides the transaction.
	 */
	User.FailedLogin recordFailure(User user, String action) {
		UserAuditValues before = user.auditValues();
		User.FailedLogin outcome = user.recordFailedLogin(clock, policy);
		if (outcome == User.FailedLogin.ALREADY_LOCKED) {
			log.warn("Login refused: user '{}' is locked until {}", user.username(), user.lockedUntil());
			return outcome;
		}
		users.update(user);
		auditor.record(new AuditRecord(MODULE, ENTITY, user.username().value(), action, before, user.auditValues()));
		if (outcome == User.FailedLogin.LOCKED) {
			auditor.record(new AuditRecord(MODULE, ENTITY, user.username().value(), "LOCKED",
					Map.of("failedAttempts", user.failedAttempts()), Map.of("lockedUntil", user.lockedUntil().toString())));
			log.warn("User '{}' locked until {} after {} failed logins", user.username(), user.lockedUntil(),
					user.failedAttempts());
		}
		else {
			log.warn("Login failed: wrong password for user '{}' ({} of {} attempts)", user.username(),
					user.failedAttempts(), policy.maxFailedAttempts());
		}
		return outcome;
	}

	@EventListener
	void onLocked(AuthenticationFailureLockedEvent event) {
		logRefusal(event, "account locked");
	}

	@EventListener
	void onDisabled(AuthenticationFailureDisabledEvent event) {
		logRefusal(event, "account disabled");
	}

	@EventListener
	void onSuccess(AuthenticationSuccessEvent event) {
		if (!(event.getAuthentication().getPrincipal() instanceof AccountPrincipal principal)) {
			return;
		}
		transactions.executeWithoutResult(status -> users.findForUpdate(new Username(principal.username()))
			.ifPresent(user -> {
				UserAuditValues before = user.auditValues();
				if (user.recordSuccessfulLogin(clock)) {
					users.update(user);
					auditor.record(new AuditRecord(MODULE, ENTITY, user.username().value(), "FAILED_LOGINS_CLEARED",
							before, user.auditValues()));
				}
			}));
	}

	private static void logRefusal(AbstractAuthenticationFailureEvent event, String reason) {
		log.warn("Login refused for user '{}': {}", printable(event.getAuthentication().getName()), reason);
	}

	/** What an attacker typed, made safe for a log line. */
	static String printable(String typed) {
		if (typed == null) {
			return "";
		}
		String shortened = typed.length() > 60 ? typed.substring(0, 60) + "..." : typed;
		return shortened.replaceAll("[^\\p{Alnum}._@+-]", "?");
	}

}
