package vn.ocop.portal.importing;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The {@code import_job} and {@code import_problem} tables. Status changes are guarded in SQL
 * ({@code WHERE status = ...}), so a job moves only along {@link ImportStatus}'s transitions, and
 * every node sees the same state.
 */
@Component
class ImportJobs {

	private static final TypeReference<List<SheetSummary>> SUMMARIES = new TypeReference<>() {
	};

	private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
	};

	private static final String COLUMNS = """
			id, file_name, file_format, sha256, size_bytes, submitted_by, submitted_at, status, phase, progress_percent,
			rows_total, rows_processed, problem_count, summary, failure_key, failure_args, finished_at""";

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	private final JsonMapper json;

	private final Clock clock;

	ImportJobs(JdbcClient jdbc, JdbcTemplate template, JsonMapper json, Clock clock) {
		this.jdbc = jdbc;
		this.template = template;
		this.json = json;
		this.clock = clock;
	}

	void queue(ImportJobId id, ImportFile file, String submittedBy) {
		OffsetDateTime now = now();
		jdbc.sql("""
				INSERT INTO import_job (id, file_name, file_format, csv_sheet, sha256, size_bytes, submitted_by, submitted_at,
				                        status, heartbeat_at)
				VALUES (:id, :name, :format, :sheet, :sha256, :size, :by, :now, 'QUEUED', :now)
				""")
			.param("id", id.value())
			.param("name", file.name())
			.param("format", file.format().name())
			.param("sheet", file.csvSheet())
			.param("sha256", file.sha256())
			.param("size", file.size())
			.param("by", ImportProblem.truncate(submittedBy, 100))
			.param("now", now)
			.update();
	}

	/** QUEUED → RUNNING (checking); false when the job is no longer queued. */
	boolean start(ImportJobId id) {
		return jdbc.sql("""
				UPDATE import_job SET status = 'RUNNING', phase = 'CHECKING', heartbeat_at = :now
				WHERE id = :id AND status = 'QUEUED'
				""").param("id", id.value()).param("now", now()).update() == 1;
	}

	/** Progress of a running job (and its heartbeat). */
	void progress(ImportJobId id, String phase, int percent, long rowsTotal, long rowsProcessed) {
		jdbc.sql("""
				UPDATE import_job SET phase = :phase, progress_percent = :percent, rows_total = :total,
				                      rows_processed = :processed, heartbeat_at = :now
				WHERE id = :id AND status = 'RUNNING'
				""")
			.param("id", id.value())
			.param("phase", phase)
			.param("percent", Math.max(0, Math.min(100, percent)))
			.param("total", rowsTotal)
			.param("processed", rowsProcessed)
			.param("now", now())
			.update();
	}

	/** RUNNING → SUCCEEDED, in the transaction that stored the rows. */
	boolean succeed(ImportJobId id, long rows, List<SheetSummary> summary) {
		return jdbc.sql("""
				UPDATE import_job SET status = 'SUCCEEDED', phase = NULL, progress_percent = 100, rows_total = :rows,
				                      rows_processed = :rows, summary = CAST(:summary AS jsonb), heartbeat_at = :now, finished_at = :now
				WHERE id = :id AND status = 'RUNNING'
				""")
			.param("id", id.value())
			.param("rows", rows)
			.param("summary", json.writeValueAsString(summary))
			.param("now", now())
			.update() == 1;
	}

	/** QUEUED or RUNNING → FAILED: row problems, or another reason ({@code failureKey}). */
	boolean fail(ImportJobId id, long rows, long problems, List<SheetSummary> summary, String failureKey, List<String> failureArgs) {
		return jdbc.sql("""
				UPDATE import_job SET status = 'FAILED', phase = NULL, progress_percent = 100, rows_total = :rows,
				                      problem_count = :problems, summary = CAST(:summary AS jsonb), failure_key = :key,
				                      failure_args = CAST(:args AS jsonb), heartbeat_at = :now, finished_at = :now
				WHERE id = :id AND status IN ('QUEUED', 'RUNNING')
				""")
			.param("id", id.value())
			.param("rows", rows)
			.param("problems", problems)
			.param("summary", json.writeValueAsString(summary))
			.param("key", failureKey)
			.param("args", json.writeValueAsString(failureArgs))
			.param("now", now())
			.update() == 1;
	}

	/**
	 * Marks failed the jobs whose node stopped moving them (queued or running, no heartbeat since
	 * {@code cutoff}); their ids. Guarded by a transaction-scoped advisory lock, so concurrent
	 * sweeps of several nodes do not both act: the one that does not get the lock skips.
	 */
	List<ImportJobId> failAbandoned(Instant cutoff) {
		Boolean locked = jdbc.sql("SELECT pg_try_advisory_xact_lock(hashtext('ocop.importing.sweep'))").query(Boolean.class).single();
		if (!Boolean.TRUE.equals(locked)) {
			return List.of();
		}
		return jdbc.sql("""
				UPDATE import_job SET status = 'FAILED', phase = NULL, failure_key = 'importing.failure.abandoned',
				                      failure_args = '[]', finished_at = :now
				WHERE status IN ('QUEUED', 'RUNNING') AND heartbeat_at < :cutoff
				RETURNING id
				""")
			.param("now", now())
			.param("cutoff", OffsetDateTime.ofInstant(cutoff, ZoneOffset.UTC))
			.query((rs, n) -> new ImportJobId(rs.getObject(1, UUID.class)))
			.list();
	}

	/** Serialises the store passes of all nodes (held until the storing transaction ends). */
	void lockStorePass() {
		jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('ocop.importing.store'))").query((rs, n) -> 1).list();
	}

	Optional<ImportJobView> find(ImportJobId id) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM import_job WHERE id = :id").param("id", id.value()).query(mapper()).optional();
	}

	/** A page of jobs, newest first: the user's own, or everyone's ({@code submittedBy} null). */
	Page<ImportJobView> page(String submittedBy, int page, int size) {
		String where = submittedBy == null ? "" : " WHERE submitted_by = :by";
		long total = jdbc.sql("SELECT count(*) FROM import_job" + where)
			.params(submittedBy == null ? java.util.Map.of() : java.util.Map.of("by", submittedBy))
			.query(Long.class)
			.single();
		JdbcClient.StatementSpec query = jdbc.sql("SELECT " + COLUMNS + " FROM import_job" + where
				+ " ORDER BY submitted_at DESC, id LIMIT :limit OFFSET :offset")
			.param("limit", size)
			.param("offset", (long) page * size);
		if (submittedBy != null) {
			query = query.param("by", submittedBy);
		}
		return new PageImpl<>(query.query(mapper()).list(), PageRequest.of(page, size), total);
	}

	/** The latest earlier job that stored a file with the same content, if any. */
	Optional<ImportJobView> earlierSuccessWithSameContent(ImportJobView job) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM import_job"
				+ " WHERE sha256 = :sha256 AND status = 'SUCCEEDED' AND id <> :id AND submitted_at <= :at"
				+ " ORDER BY submitted_at DESC LIMIT 1")
			.param("sha256", job.sha256())
			.param("id", job.id().value())
			.param("at", OffsetDateTime.ofInstant(job.submittedAt(), ZoneOffset.UTC))
			.query(mapper())
			.optional();
	}

	void addProblems(ImportJobId id, int firstSeq, List<ImportProblem> problems) {
		template.batchUpdate("""
				INSERT INTO import_problem (job_id, seq, sheet, row_number, column_name, cell_value, message_key, message_args)
				VALUES (?, ?, ?, ?, ?, ?, ?, CAST(? AS jsonb))
				""", new BatchPreparedStatementSetter() {

			@Override
			public void setValues(PreparedStatement statement, int i) throws SQLException {
				ImportProblem problem = problems.get(i);
				statement.setObject(1, id.value());
				statement.setInt(2, firstSeq + i);
				statement.setString(3, ImportProblem.truncate(problem.sheet(), 100));
				if (problem.row() == null) {
					statement.setNull(4, Types.INTEGER);
				}
				else {
					statement.setInt(4, problem.row());
				}
				statement.setString(5, problem.column());
				statement.setString(6, problem.value());
				statement.setString(7, problem.messageKey());
				statement.setString(8, json.writeValueAsString(problem.args()));
			}

			@Override
			public int getBatchSize() {
				return problems.size();
			}

		});
	}

	Page<ImportProblem> problems(ImportJobId id, int page, int size) {
		long total = jdbc.sql("SELECT count(*) FROM import_problem WHERE job_id = :id").param("id", id.value()).query(Long.class).single();
		List<ImportProblem> problems = jdbc.sql("""
				SELECT sheet, row_number, column_name, cell_value, message_key, message_args FROM import_problem
				WHERE job_id = :id ORDER BY seq LIMIT :limit OFFSET :offset
				""")
			.param("id", id.value())
			.param("limit", size)
			.param("offset", (long) page * size)
			.query(this::problem)
			.list();
		return new PageImpl<>(problems, PageRequest.of(page, size), total);
	}

	/** Every kept problem of the job, in order, without loading them all at once. */
	void eachProblem(ImportJobId id, Consumer<ImportProblem> consumer) {
		template.query("""
				SELECT sheet, row_number, column_name, cell_value, message_key, message_args FROM import_problem
				WHERE job_id = ? ORDER BY seq
				""", rs -> {
			consumer.accept(problem(rs, 0));
		}, id.value());
	}

	private ImportProblem problem(ResultSet rs, int rowNum) throws SQLException {
		return new ImportProblem(rs.getString("sheet"), (Integer) rs.getObject("row_number"), rs.getString("column_name"),
				rs.getString("cell_value"), rs.getString("message_key"), json.readValue(rs.getString("message_args"), STRINGS));
	}

	private RowMapper<ImportJobView> mapper() {
		return (rs, n) -> new ImportJobView(new ImportJobId(rs.getObject("id", UUID.class)), rs.getString("file_name"),
				rs.getString("file_format"), rs.getString("sha256"), rs.getLong("size_bytes"), rs.getString("submitted_by"),
				instant(rs, "submitted_at"), ImportStatus.valueOf(rs.getString("status")), rs.getString("phase"),
				rs.getInt("progress_percent"), rs.getLong("rows_total"), rs.getLong("rows_processed"),
				rs.getLong("problem_count"), json.readValue(rs.getString("summary"), SUMMARIES), rs.getString("failure_key"),
				json.readValue(rs.getString("failure_args"), STRINGS), instant(rs, "finished_at"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}

	private OffsetDateTime now() {
		return OffsetDateTime.now(clock);
	}

}
