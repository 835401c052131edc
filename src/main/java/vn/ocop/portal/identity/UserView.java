package vn.ocop.portal.identity;

import java.time.Instant;

/** A user as the administration pages show it. */
record UserView(String username, String displayName, String email, String roleKey, String role, String scopeKindKey,
		String scopeReference, boolean enabled, boolean locked, int failedAttempts, Instant lockedUntil,
		Instant passwordChangedAt, Instant createdAt, Instant updatedAt, boolean manageable) {

	static UserView of(User user, Instant now, boolean manageable) {
		return new UserView(user.username().value(), user.displayName(), user.email() == null ? "" : user.email(),
				user.role().messageKey(), user.role().name(), user.scope().kind().messageKey(), user.scope().reference(),
				user.enabled(), user.isLockedAt(now), user.failedAttempts(), user.lockedUntil(), user.passwordChangedAt(),
				user.createdAt(), user.updatedAt(), manageable);
	}

	/** Key of the status label: disabled, locked or active. */
	public String statusKey() {
		if (!enabled) {
			return "identity.user.status.disabled";
		}
		return locked ? "identity.user.status.locked" : "identity.user.status.active";
	}

}
