package vn.ocop.portal.identity;

import java.time.Instant;

/** A user as audit entries show it before and after a change. Never holds the password hash. */
record UserAuditValues(String username, String displayName, String email, String role, String scopeKind,
		String scopeReference, boolean enabled, int failedAttempts, Instant lockedUntil) {
}
