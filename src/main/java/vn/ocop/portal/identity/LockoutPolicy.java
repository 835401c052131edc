package vn.ocop.portal.identity;

import java.time.Duration;
import java.time.Instant;

/**
 * After {@code maxFailedAttempts} wrong passwords in a row the account is locked for
 * {@code lockoutDuration}; when that time has passed, counting starts again from zero.
 */
record LockoutPolicy(int maxFailedAttempts, Duration lockoutDuration) {

	LockoutPolicy {
		if (maxFailedAttempts < 1) {
			throw new IllegalArgumentException("maxFailedAttempts must be at least 1");
		}
		if (lockoutDuration == null || lockoutDuration.isNegative() || lockoutDuration.isZero()) {
			throw new IllegalArgumentException("lockoutDuration must be positive");
		}
	}

	static LockoutPolicy of(IdentityProperties properties) {
		return new LockoutPolicy(properties.maxFailedAttempts(), properties.lockoutDuration());
	}

	boolean locksAfter(int failedAttempts) {
		return failedAttempts >= maxFailedAttempts;
	}

	Instant lockedUntil(Instant lockedAt) {
		return lockedAt.plus(lockoutDuration);
	}

}
