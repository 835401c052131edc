package vn.ocop.portal.identity;

import java.nio.charset.StandardCharsets;

/**
 * What a new password must satisfy: at least {@code minLength} characters, at most 72 bytes
 * (bcrypt ignores the rest, so longer passwords are refused rather than silently truncated), not
 * the username and not the current password.
 */
record PasswordPolicy(int minLength) {

	static final int MAX_BYTES = 72;

	PasswordPolicy {
		if (minLength < 1 || minLength > MAX_BYTES) {
			throw new IllegalArgumentException("minLength must be between 1 and " + MAX_BYTES);
		}
	}

	static PasswordPolicy of(IdentityProperties properties) {
		return new PasswordPolicy(properties.minPasswordLength());
	}

	/**
	 * @param currentPassword the password being replaced, or null when an administrator sets the
	 *                        first one
	 * @throws UserRuleViolation naming the first rule the candidate breaks
	 */
	void check(Username username, String candidate, String currentPassword) {
		if (candidate == null || candidate.codePointCount(0, candidate.length()) < minLength) {
			throw new UserRuleViolation("password", "password.tooShort", minLength);
		}
		if (candidate.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
			throw new UserRuleViolation("password", "password.tooLong", MAX_BYTES);
		}
		if (username != null && candidate.strip().equalsIgnoreCase(username.value())) {
			throw new UserRuleViolation("password", "password.sameAsUsername");
		}
		if (currentPassword != null && candidate.equals(currentPassword)) {
			throw new UserRuleViolation("password", "password.sameAsCurrent");
		}
	}

}
