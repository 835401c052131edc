package vn.ocop.portal.identity;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A person who signs in to the back office: one {@link Role}, one {@link DataScope}, a password
 * hash, and the lockout state that every node shares through the database. Its state changes only
 * through the methods below; the {@link RoleScopePolicy} holds at all times.
 */
final class User {

	static final int DISPLAY_NAME_MAX = 100;

	static final int EMAIL_MAX = 254;

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

	/** What a failed login did to the account. */
	enum FailedLogin {

		/** Counted; the account stays open. */
		COUNTED,
		/** This failure reached the limit: the account is now locked. */
		LOCKED,
		/** The account was already locked: nothing counted, the lock is not extended. */
		ALREADY_LOCKED

	}

	private final Username username;

	private String displayName;

	private String email;

	private String passwordHash;

	private Role role;

	private DataScope scope;

	private boolean enabled;

	private int failedAttempts;

	private Instant lockedUntil;

	private Instant passwordChangedAt;

	private final Instant createdAt;

	private Instant updatedAt;

	private User(Username username, String displayName, String email, String passwordHash, Role role, DataScope scope,
			boolean enabled, int failedAttempts, Instant lockedUntil, Instant passwordChangedAt, Instant createdAt,
			Instant updatedAt) {
		this.username = Objects.requireNonNull(username, "username");
		this.displayName = checkDisplayName(displayName);
		this.email = checkEmail(email);
		this.passwordHash = checkHash(passwordHash);
		RoleScopePolicy.check(role, scope);
		this.role = role;
		this.scope = scope;
		this.enabled = enabled;
		this.failedAttempts = Math.max(0, failedAttempts);
		this.lockedUntil = lockedUntil;
		this.passwordChangedAt = Objects.requireNonNull(passwordChangedAt, "passwordChangedAt");
		this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
		this.updatedAt = Objects.requireNonNull(updatedAt, "updatedAt");
	}

	/** A new, enabled account whose password was already checked against the policy and hashed. */
	static User register(Username username, String displayName, String email, Role role, DataScope scope,
			String passwordHash, Clock clock) {
		Instant now = clock.instant();
		return new User(username, displayName, email, passwordHash, role, scope, true, 0, null, now, now, now);
	}

	/** An account as stored. */
	static User restore(Username username, String displayName, String email, String passwordHash, Role role,
			DataScope scope, boolean enabled, int failedAttempts, Instant lockedUntil, Instant passwordChangedAt,
			Instant createdAt, Instant updatedAt) {
		return new User(username, displayName, email, passwordHash, role, scope, enabled, failedAttempts, lockedUntil,
				passwordChangedAt, createdAt, updatedAt);
	}

	void disable(Clock clock) {
		enabled = false;
		touch(clock);
	}

	void enable(Clock clock) {
		enabled = true;
		touch(clock);
	}

	/** Gives the user another role and scope; they must fit together ({@link RoleScopePolicy}). */
	void assign(Role newRole, DataScope newScope, Clock clock) {
		RoleScopePolicy.check(newRole, newScope);
		role = newRole;
		scope = newScope;
		touch(clock);
	}

	void updateContactDetails(String newDisplayName, String newEmail, Clock clock) {
		displayName = checkDisplayName(newDisplayName);
		email = checkEmail(newEmail);
		touch(clock);
	}

	/** Replaces the password hash (the new password was checked against the policy before hashing). */
	void changePassword(String newPasswordHash, Clock clock) {
		passwordHash = checkHash(newPasswordHash);
		passwordChangedAt = clock.instant();
		touch(clock);
	}

	/** Counts a wrong password and locks the account when the policy's limit is reached. */
	FailedLogin recordFailedLogin(Clock clock, LockoutPolicy policy) {
		Instant now = clock.instant();
		if (isLockedAt(now)) {
			return FailedLogin.ALREADY_LOCKED;
		}
		if (lockedUntil != null) {
			// an earlier lock has run out: start counting afresh
			lockedUntil = null;
			failedAttempts = 0;
		}
		failedAttempts++;
		touch(clock);
		if (policy.locksAfter(failedAttempts)) {
			lockedUntil = policy.lockedUntil(now);
			return FailedLogin.LOCKED;
		}
		return FailedLogin.COUNTED;
	}

	/** Forgets earlier failures; returns whether there was anything to forget. */
	boolean recordSuccessfulLogin(Clock clock) {
		if (failedAttempts == 0 && lockedUntil == null) {
			return false;
		}
		failedAttempts = 0;
		lockedUntil = null;
		touch(clock);
		return true;
	}

	/** An administrator lifts a lock before it runs out. */
	void resetLockout(Clock clock) {
		failedAttempts = 0;
		lockedUntil = null;
		touch(clock);
	}

	boolean isLockedAt(Instant instant) {
		return lockedUntil != null && instant.isBefore(lockedUntil);
	}

	/** The values an audit entry shows: everything but the password hash and the timestamps. */
	UserAuditValues auditValues() {
		return new UserAuditValues(username.value(), displayName, email, role.name(), scope.kind().name(),
				scope.reference(), enabled, failedAttempts, lockedUntil);
	}

	private void touch(Clock clock) {
		updatedAt = clock.instant();
	}

	private static String checkDisplayName(String value) {
		String name = value == null ? "" : value.strip();
		if (name.isEmpty()) {
			throw new UserRuleViolation("displayName", "user.displayName.required");
		}
		if (name.length() > DISPLAY_NAME_MAX) {
			throw new UserRuleViolation("displayName", "user.displayName.tooLong", DISPLAY_NAME_MAX);
		}
		return name;
	}

	private static String checkEmail(String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String address = value.strip();
		if (address.length() > EMAIL_MAX || !EMAIL.matcher(address).matches()) {
			throw new UserRuleViolation("email", "user.email.invalid");
		}
		return address;
	}

	private static String checkHash(String hash) {
		if (hash == null || hash.isBlank()) {
			throw new IllegalArgumentException("A user needs a password hash");
		}
		return hash;
	}

	Username username() {
		return username;
	}

	String displayName() {
		return displayName;
	}

	String email() {
		return email;
	}

	String passwordHash() {
		return passwordHash;
	}

	Role role() {
		return role;
	}

	DataScope scope() {
		return scope;
	}

	boolean enabled() {
		return enabled;
	}

	int failedAttempts() {
		return failedAttempts;
	}

	Instant lockedUntil() {
		return lockedUntil;
	}

	Instant passwordChangedAt() {
		return passwordChangedAt;
	}

	Instant createdAt() {
		return createdAt;
	}

	Instant updatedAt() {
		return updatedAt;
	}

	@Override
	public String toString() {
		return "User[" + username + ", " + role + ", " + scope.kind() + " " + scope.reference() + "]";
	}

}
