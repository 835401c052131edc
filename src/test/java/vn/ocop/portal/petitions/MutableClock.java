package vn.ocop.portal.petitions;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

/** A clock in Vietnam's time zone that a test sets to the day it needs. */
final class MutableClock extends Clock {

	static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	private Instant now;

	MutableClock(LocalDate day) {
		set(day);
	}

	void set(LocalDate day) {
		now = day.atTime(LocalTime.of(9, 0)).atZone(VIETNAM).toInstant();
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
		return now;
	}

}
