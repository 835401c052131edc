package vn.ocop.portal.petitions;

import java.time.LocalDate;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Hands out tracking codes: one row per day in {@code petitions_daily_sequence}, incremented by a
 * single upsert. The row lock PostgreSQL takes for the update serialises concurrent requests of
 * every node, so two petitions never get the same number; a number whose petition rolls back is
 * simply skipped (the sequence is joined to the caller's transaction, and a gap is harmless).
 */
@Component
class TrackingCodes {

	private final JdbcClient jdbc;

	TrackingCodes(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	PetitionCode next(LocalDate day) {
		int number = jdbc.sql("""
				INSERT INTO petitions_daily_sequence (day, last_value) VALUES (:day, 1)
				ON CONFLICT (day) DO UPDATE SET last_value = petitions_daily_sequence.last_value + 1
				RETURNING last_value
				""")
			.param("day", day)
			.query(Integer.class)
			.single();
		return PetitionCode.of(day, number);
	}

}
