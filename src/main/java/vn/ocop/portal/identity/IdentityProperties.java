package vn.ocop.portal.identity;

import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Sign-in rules of the installation.
 *
 * @param maxFailedAttempts wrong passwords in a row before the account is locked
 * @param lockoutDuration   how long a locked account stays locked
 * @param minPasswordLength minimum length of a new password, in characters
 * @param sessionTouchInterval how long a session's last access may stay unwritten: a request
 *                          writes it only when the stored one is older (0: every request)
 */
@ConfigurationProperties("ocop.identity")
@Validated
record IdentityProperties(
		@DefaultValue("5") @Min(1) @Max(100) int maxFailedAttempts,
		@DefaultValue("15m") Duration lockoutDuration,
		@DefaultValue("10") @Min(8) @Max(PasswordPolicy.MAX_BYTES) int minPasswordLength,
		@DefaultValue("60s") Duration sessionTouchInterval) {

	IdentityProperties {
		if (lockoutDuration == null || lockoutDuration.isNegative() || lockoutDuration.isZero()) {
			throw new IllegalArgumentException("ocop.identity.lockout-duration must be positive");
		}
		if (sessionTouchInterval == null || sessionTouchInterval.isNegative() || sessionTouchInterval.compareTo(Duration.ofMinutes(5)) > 0) {
			throw new IllegalArgumentException("ocop.identity.session-touch-interval must lie between 0 and 5 minutes");
		}
	}

}
