package vn.ocop.portal.support;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The application's clock for tests that move time (certificates expiring, reminders): starts at
 * the real now in Vietnam's time zone; {@link #set(LocalDate)} moves it, {@link #reset()} brings it
 * back. Import {@link Configuration} to make it the application's clock.
 */
public final class MovableClock extends Clock {

	public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	private volatile Instant fixed;

	public void set(LocalDate day) {
		fixed = day.atTime(LocalTime.of(9, 0)).atZone(VIETNAM).toInstant();
	}

	public void reset() {
		fixed = null;
	}

	public LocalDate today() {
		return LocalDate.now(this);
	}

	@Override
	public ZoneId getZone() {
		return VIETNAM;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return this;
	}

	@Override
	public Instant instant() {
		Instant now = fixed;
		return now != null ? now : Instant.now();
	}

	/** Makes a {@link MovableClock} the application's clock. */
	@TestConfiguration(proxyBeanMethods = false)
	public static class Configuration {

		@Bean
		@Primary
		MovableClock movableClock() {
			return new MovableClock();
		}

	}

}
