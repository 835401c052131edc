package vn.ocop.portal.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.UUID;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A job a crashed node left running is marked failed by the next sweep; a live job is left alone. */
@ImportingIntegrationTest
class AbandonedImportsIntegrationTests {

	@Autowired
	AbandonedImports abandoned;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DataSource dataSource;

	@Test
	void marksJobsWithoutProgressForTooLongFailed() {
		UUID crashed = job("RUNNING", OffsetDateTime.now().minusHours(2));
		UUID queuedOnCrashedNode = job("QUEUED", OffsetDateTime.now().minusHours(3));
		UUID alive = job("RUNNING", OffsetDateTime.now().minusSeconds(10));

		assertThat(abandoned.sweep()).isGreaterThanOrEqualTo(2);

		assertThat(statusOf(crashed)).isEqualTo("FAILED importing.failure.abandoned");
		assertThat(statusOf(queuedOnCrashedNode)).isEqualTo("FAILED importing.failure.abandoned");
		assertThat(statusOf(alive)).isEqualTo("RUNNING null");
		assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE entity_id = :id AND action = 'IMPORT_ABANDONED'")
			.param("id", crashed.toString()).query(Long.class).single()).isOne();

		jdbc.sql("UPDATE import_job SET status = 'FAILED', finished_at = now() WHERE id = :id").param("id", alive).update();
	}

	@Test
	void aSweepThatCannotTakeTheLockLeavesTheJobsToTheNodeThatHoldsIt() throws Exception {
		UUID crashed = job("RUNNING", OffsetDateTime.now().minusHours(2));
		// another node sweeps right now: its transaction holds the lock
		try (Connection otherNode = dataSource.getConnection()) {
			otherNode.setAutoCommit(false);
			try (Statement statement = otherNode.createStatement()) {
				statement.execute("SELECT pg_advisory_xact_lock(hashtext('ocop.importing.sweep'))");
			}
			assertThat(abandoned.sweep()).isZero();
			assertThat(statusOf(crashed)).startsWith("RUNNING");
			otherNode.rollback();
		}
		assertThat(abandoned.sweep()).isPositive();
		assertThat(statusOf(crashed)).startsWith("FAILED");
	}

	private UUID job(String status, OffsetDateTime heartbeat) {
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				INSERT INTO import_job (id, file_name, file_format, sha256, size_bytes, submitted_by, submitted_at, status, heartbeat_at)
				VALUES (:id, 'bi-bo-do.xlsx', 'XLSX', :sha, 10, 'test-sweep', :at, :status, :at)
				""")
			.param("id", id)
			.param("sha", "0".repeat(64))
			.param("at", heartbeat)
			.param("status", status)
			.update();
		return id;
	}

	private String statusOf(UUID id) {
		return jdbc.sql("SELECT status || ' ' || coalesce(failure_key, 'null') FROM import_job WHERE id = :id").param("id", id)
			.query(String.class).single();
	}

}
