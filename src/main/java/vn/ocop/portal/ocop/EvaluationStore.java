package vn.ocop.portal.ocop;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The tables of rounds, councils, applications, documents, conflicts and members' scores. */
@Repository
class EvaluationStore {

	static final JsonMapper JSON = JsonMapper.builder().build();

	private static final TypeReference<Map<String, String>> FIELDS = new TypeReference<>() {
	};

	private static final String APPLICATION_SELECT = "SELECT a.*, p.name AS product_name, p.code AS product_code,"
			+ " p.product_set_code, s.name AS subject_name, s.organisation_id, s.unit_code AS subject_unit"
			+ " FROM ocop_application a JOIN ocop_product p ON p.id = a.product_id JOIN ocop_subject s ON s.id = a.subject_id";

	private final JdbcClient jdbc;

	EvaluationStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	private static OffsetDateTime at(Instant now) {
		return OffsetDateTime.ofInstant(now, ZoneOffset.UTC);
	}

	// -------------------------------------------------------------------------------------- rounds

	long insertRound(Round round, String actor, Instant now) {
		return jdbc.sql("INSERT INTO ocop_round (level, unit_code, year, number, instrument_code, proposals_due, results_due,"
				+ " created_at, created_by) VALUES (:level, :unit, :year, :number, :instrument, :proposals, :results, :now, :actor)"
				+ " RETURNING id")
			.param("level", round.level().name())
			.param("unit", round.unitCode())
			.param("year", round.year())
			.param("number", round.number())
			.param("instrument", round.instrumentCode())
			.param("proposals", round.proposalsDue())
			.param("results", round.resultsDue())
			.param("now", at(now))
			.param("actor", actor)
			.query(Long.class)
			.single();
	}

	Optional<Round> round(long id) {
		return jdbc.sql("SELECT * FROM ocop_round WHERE id = :id").param("id", id).query(EvaluationStore::round).optional();
	}

	/** Rounds organised by a unit among {@code units} (null: all), newest first. */
	List<Round> rounds(List<String> units, int offset, int limit) {
		return jdbc.sql("SELECT * FROM ocop_round WHERE (CAST(:all AS BOOLEAN) OR unit_code = ANY (:units))"
				+ " ORDER BY year DESC, number DESC, id DESC OFFSET :offset LIMIT :limit")
			.param("all", units == null)
			.param("units", units == null ? new String[0] : units.toArray(String[]::new))
			.param("offset", offset)
			.param("limit", limit)
			.query(EvaluationStore::round)
			.list();
	}

	long countRounds(List<String> units) {
		return jdbc.sql("SELECT count(*) FROM ocop_round WHERE (CAST(:all AS BOOLEAN) OR unit_code = ANY (:units))")
			.param("all", units == null)
			.param("units", units == null ? new String[0] : units.toArray(String[]::new))
			.query(Long.class)
			.single();
	}

	private static Round round(ResultSet rs, int row) throws SQLException {
		return new Round(rs.getLong("id"), EvaluationLevel.valueOf(rs.getString("level")), rs.getString("unit_code"),
				rs.getInt("year"), rs.getInt("number"), rs.getString("instrument_code"),
				rs.getObject("proposals_due", LocalDate.class), rs.getObject("results_due", LocalDate.class));
	}

	private static final String PENDING = "a.round_id = r.id AND (a.state IN ('AWAITING_DECISION', 'PROPOSED_TO_CENTRAL')"
			+ " OR (a.state = 'NOT_RECOGNISED' AND a.decision_number IS NULL))";

	/** Rounds organised by a unit among {@code units} (null: all) with concluded applications not decided yet, newest first. */
	List<EvaluationRound> roundsWithPendingDecisions(List<String> units, int offset, int limit) {
		return jdbc.sql("SELECT r.*, (SELECT count(*) FROM ocop_application a WHERE " + PENDING + ") AS pending"
				+ " FROM ocop_round r WHERE (CAST(:all AS BOOLEAN) OR r.unit_code = ANY (:units))"
				+ " AND EXISTS (SELECT 1 FROM ocop_application a WHERE " + PENDING + ")"
				+ " ORDER BY r.year DESC, r.number DESC, r.id DESC OFFSET :offset LIMIT :limit")
			.param("all", units == null)
			.param("units", units == null ? new String[0] : units.toArray(String[]::new))
			.param("offset", offset)
			.param("limit", limit)
			.query((rs, row) -> new EvaluationRound(rs.getLong("id"), EvaluationLevel.valueOf(rs.getString("level")),
					rs.getString("unit_code"), rs.getInt("year"), rs.getInt("number"), rs.getString("instrument_code"),
					rs.getLong("pending")))
			.list();
	}

	long countRoundsWithPendingDecisions(List<String> units) {
		return jdbc.sql("SELECT count(*) FROM ocop_round r WHERE (CAST(:all AS BOOLEAN) OR r.unit_code = ANY (:units))"
				+ " AND EXISTS (SELECT 1 FROM ocop_application a WHERE " + PENDING + ")")
			.param("all", units == null)
			.param("units", units == null ? new String[0] : units.toArray(String[]::new))
			.query(Long.class)
			.single();
	}

	// ------------------------------------------------------------------------------------ councils

	long insertCouncil(long roundId, String code, String name, int quorumPercent, BigDecimal spreadThreshold) {
		return jdbc.sql("INSERT INTO ocop_council (round_id, code, name, quorum_percent, spread_threshold)"
				+ " VALUES (:round, :code, :name, :quorum, :spread) RETURNING id")
			.param("round", roundId)
			.param("code", code)
			.param("name", name)
			.param("quorum", quorumPercent)
			.param("spread", spreadThreshold)
			.query(Long.class)
			.single();
	}

	void putMember(long councilId, Council.Member member) {
		jdbc.sql("INSERT INTO ocop_council_member (council_id, username, full_name, role, present)"
				+ " VALUES (:council, :username, :name, :role, :present) ON CONFLICT (council_id, username)"
				+ " DO UPDATE SET full_name = EXCLUDED.full_name, role = EXCLUDED.role, present = EXCLUDED.present")
			.param("council", councilId)
			.param("username", member.username())
			.param("name", member.fullName())
			.param("role", member.role().name())
			.param("present", member.present())
			.update();
	}

	Optional<Council> councilOfRound(long roundId) {
		return jdbc.sql("SELECT * FROM ocop_council WHERE round_id = :round")
			.param("round", roundId)
			.query((rs, row) -> new Council(rs.getLong("id"), rs.getLong("round_id"), rs.getString("code"), rs.getString("name"),
					rs.getInt("quorum_percent"), rs.getBigDecimal("spread_threshold"), List.of()))
			.optional()
			.map(council -> new Council(council.id(), council.roundId(), council.code(), council.name(), council.quorumPercent(),
					council.spreadThreshold(), members(council.id())));
	}

	private List<Council.Member> members(long councilId) {
		return jdbc.sql("SELECT username, full_name, role, present FROM ocop_council_member WHERE council_id = :council"
				+ " ORDER BY CASE role WHEN 'CHAIR' THEN 0 WHEN 'MEMBER' THEN 1 ELSE 2 END, username")
			.param("council", councilId)
			.query((rs, row) -> new Council.Member(rs.getString(1), rs.getString(2), Council.Role.valueOf(rs.getString(3)),
					rs.getBoolean(4)))
			.list();
	}

	/** The rounds whose council has this code and lists this member. */
	List<Long> roundsOfMember(String councilCode, String username) {
		return jdbc.sql("SELECT c.round_id FROM ocop_council c JOIN ocop_council_member m ON m.council_id = c.id"
				+ " WHERE c.code = :code AND m.username = :username")
			.param("code", councilCode)
			.param("username", username)
			.query(Long.class)
			.list();
	}

	// -------------------------------------------------------------------------------- applications

	long insertApplication(long roundId, long productId, long subjectId, ApplicationKind kind, List<String> areas,
			Map<String, String> registration, Map<String, String> selfAssessment, String actor, Instant now) {
		return jdbc.sql("INSERT INTO ocop_application (round_id, product_id, subject_id, kind, state, area_codes, registration,"
				+ " self_assessment, written_opinions, created_at, created_by, updated_at, updated_by) VALUES (:round, :product,"
				+ " :subject, :kind, 'DRAFT', :areas, CAST(:registration AS JSONB), CAST(:self AS JSONB), :written, :now, :actor,"
				+ " :now, :actor) RETURNING id")
			.param("round", roundId)
			.param("product", productId)
			.param("subject", subjectId)
			.param("kind", kind.name())
			.param("areas", areas.toArray(String[]::new))
			.param("registration", JSON.writeValueAsString(registration))
			.param("self", JSON.writeValueAsString(selfAssessment))
			.param("written", kind == ApplicationKind.RE_RATING)
			.param("now", at(now))
			.param("actor", actor)
			.query(Long.class)
			.single();
	}

	Optional<Application> application(long id) {
		return jdbc.sql(APPLICATION_SELECT + " WHERE a.id = :id").param("id", id).query(EvaluationStore::application).optional();
	}

	/** A page of applications matching {@code where} (a fixed SQL condition over {@code a}, {@code s}) and its parameters. */
	List<Application> applications(String where, Map<String, Object> params, int offset, int limit) {
		return jdbc.sql(APPLICATION_SELECT + " WHERE " + where + " ORDER BY a.updated_at DESC, a.id DESC OFFSET :offset LIMIT :limit")
			.params(params)
			.param("offset", offset)
			.param("limit", limit)
			.query(EvaluationStore::application)
			.list();
	}

	long countApplications(String where, Map<String, Object> params) {
		return jdbc.sql("SELECT count(*) FROM ocop_application a JOIN ocop_subject s ON s.id = a.subject_id WHERE " + where)
			.params(params)
			.query(Long.class)
			.single();
	}

	/** Moves an application from {@code from} to {@code to}; false when another change came first. */
	boolean moveState(long id, ApplicationState from, ApplicationState to, String actor, Instant now) {
		return jdbc.sql("UPDATE ocop_application SET state = :to, updated_at = :now, updated_by = :actor, version = version + 1"
				+ " WHERE id = :id AND state = :from")
			.param("id", id)
			.param("from", from.name())
			.param("to", to.name())
			.param("now", at(now))
			.param("actor", actor)
			.update() == 1;
	}

	void updateForms(long id, Map<String, String> registration, Map<String, String> selfAssessment, String actor, Instant now) {
		jdbc.sql("UPDATE ocop_application SET registration = CAST(:registration AS JSONB), self_assessment = CAST(:self AS JSONB),"
				+ " updated_at = :now, updated_by = :actor, version = version + 1 WHERE id = :id")
			.param("id", id)
			.param("registration", JSON.writeValueAsString(registration))
			.param("self", JSON.writeValueAsString(selfAssessment))
			.param("now", at(now))
			.param("actor", actor)
			.update();
	}

	/** Filed (again) on that day; the first filing date is kept in {@code filed_on}. */
	void setSubmitted(long id, LocalDate on) {
		jdbc.sql("UPDATE ocop_application SET submitted_on = :on, filed_on = COALESCE(filed_on, :on) WHERE id = :id")
			.param("id", id)
			.param("on", on)
			.update();
	}

	/** The day the dossier was complete (null: not, or no longer) and the last day of its decision limit (null: none). */
	void setDecisionLimit(long id, LocalDate dossierCompleteOn, LocalDate decisionDueOn) {
		jdbc.sql("UPDATE ocop_application SET dossier_complete_on = :complete, decision_due_on = :due WHERE id = :id")
			.param("id", id)
			.param("complete", dossierCompleteOn)
			.param("due", decisionDueOn)
			.update();
	}

	void setCommuneReceived(long id, LocalDate on, LocalDate due) {
		jdbc.sql("UPDATE ocop_application SET commune_received_on = :on, commune_due_on = :due WHERE id = :id")
			.param("id", id)
			.param("on", on)
			.param("due", due)
			.update();
	}

	void setCommuneReport(long id, Map<String, String> report, LocalDate on) {
		jdbc.sql("UPDATE ocop_application SET commune_report = CAST(:report AS JSONB), commune_reported_on = :on WHERE id = :id")
			.param("id", id)
			.param("report", JSON.writeValueAsString(report))
			.param("on", on)
			.update();
	}

	void setNote(long id, String note) {
		jdbc.sql("UPDATE ocop_application SET note = :note WHERE id = :id").param("id", id).param("note", note).update();
	}

	void setTally(long id, BigDecimal score, Integer star, String outcome, BigDecimal spread, boolean flagged) {
		jdbc.sql("UPDATE ocop_application SET score = :score, star = :star, outcome = :outcome, spread = :spread,"
				+ " flagged = :flagged WHERE id = :id")
			.param("id", id)
			.param("score", score)
			.param("star", star)
			.param("outcome", outcome)
			.param("spread", spread)
			.param("flagged", flagged)
			.update();
	}

	void setConcluded(long id, EvaluationLevel level, LocalDate on) {
		jdbc.sql("UPDATE ocop_application SET recognising_level = :level, concluded_on = :on WHERE id = :id")
			.param("id", id)
			.param("level", level == null ? null : level.name())
			.param("on", on)
			.update();
	}

	void setDecision(long id, String number, LocalDate date) {
		jdbc.sql("UPDATE ocop_application SET decision_number = :number, decision_date = :date WHERE id = :id")
			.param("id", id)
			.param("number", number)
			.param("date", date)
			.update();
	}

	/** Records the decision that closed a {@code NOT_RECOGNISED} application not closed yet; false when it was not. */
	boolean closeNotRecognised(long id, String number, LocalDate date) {
		return jdbc.sql("UPDATE ocop_application SET decision_number = :number, decision_date = :date"
				+ " WHERE id = :id AND state = 'NOT_RECOGNISED' AND decision_number IS NULL")
			.param("id", id)
			.param("number", number)
			.param("date", date)
			.update() == 1;
	}

	private static Application application(ResultSet rs, int row) throws SQLException {
		String level = rs.getString("recognising_level");
		return new Application(rs.getLong("id"), rs.getLong("round_id"), rs.getLong("product_id"), rs.getLong("subject_id"),
				ApplicationKind.valueOf(rs.getString("kind")), ApplicationState.valueOf(rs.getString("state")),
				strings(rs.getArray("area_codes")), fields(rs.getString("registration")), fields(rs.getString("self_assessment")),
				fields(rs.getString("commune_report")), rs.getObject("submitted_on", LocalDate.class),
				rs.getObject("commune_received_on", LocalDate.class), rs.getObject("commune_due_on", LocalDate.class),
				rs.getObject("commune_reported_on", LocalDate.class), rs.getBoolean("written_opinions"),
				rs.getBigDecimal("score"), (Integer) rs.getObject("star"), rs.getString("outcome"), rs.getBigDecimal("spread"),
				rs.getBoolean("flagged"), level == null ? null : EvaluationLevel.valueOf(level),
				rs.getObject("concluded_on", LocalDate.class), rs.getString("decision_number"),
				rs.getObject("decision_date", LocalDate.class), rs.getString("note"), rs.getInt("version"),
				rs.getString("product_name"), rs.getString("product_code"), rs.getString("product_set_code"),
				rs.getString("subject_name"), rs.getString("organisation_id"), rs.getString("subject_unit"),
				rs.getObject("filed_on", LocalDate.class), rs.getObject("dossier_complete_on", LocalDate.class),
				rs.getObject("decision_due_on", LocalDate.class));
	}

	private static Map<String, String> fields(String json) {
		return json == null ? Map.of() : new LinkedHashMap<>(JSON.readValue(json, FIELDS));
	}

	private static List<String> strings(Array array) throws SQLException {
		return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
	}

	// ----------------------------------------------------------------------------------- documents

	long insertDocument(long applicationId, DocumentType type, String contentType, String fileName, byte[] data, String actor,
			Instant now) {
		return jdbc.sql("INSERT INTO ocop_application_document (application_id, type, content_type, file_name, size_bytes, data,"
				+ " uploaded_at, uploaded_by) VALUES (:app, :type, :contentType, :name, :size, :data, :now, :actor) RETURNING id")
			.param("app", applicationId)
			.param("type", type.name())
			.param("contentType", contentType)
			.param("name", fileName)
			.param("size", data.length)
			.param("data", data)
			.param("now", at(now))
			.param("actor", actor)
			.query(Long.class)
			.single();
	}

	record Document(long id, DocumentType type, String contentType, String fileName, int sizeBytes, byte[] data) {
	}

	List<Document> documents(long applicationId) {
		return jdbc.sql("SELECT id, type, content_type, file_name, size_bytes FROM ocop_application_document"
				+ " WHERE application_id = :app ORDER BY id")
			.param("app", applicationId)
			.query((rs, row) -> new Document(rs.getLong(1), DocumentType.valueOf(rs.getString(2)), rs.getString(3), rs.getString(4),
					rs.getInt(5), null))
			.list();
	}

	Optional<Document> document(long applicationId, long documentId) {
		return jdbc.sql("SELECT id, type, content_type, file_name, size_bytes, data FROM ocop_application_document"
				+ " WHERE application_id = :app AND id = :id")
			.param("app", applicationId)
			.param("id", documentId)
			.query((rs, row) -> new Document(rs.getLong(1), DocumentType.valueOf(rs.getString(2)), rs.getString(3), rs.getString(4),
					rs.getInt(5), rs.getBytes(6)))
			.optional();
	}

	// ------------------------------------------------------------------------ conflicts and scores

	boolean declareConflict(long applicationId, String username, String reason, Instant now) {
		return jdbc.sql("INSERT INTO ocop_conflict_of_interest (application_id, username, reason, declared_at)"
				+ " VALUES (:app, :username, :reason, :now) ON CONFLICT DO NOTHING")
			.param("app", applicationId)
			.param("username", username)
			.param("reason", reason)
			.param("now", at(now))
			.update() == 1;
	}

	Set<String> conflicts(long applicationId) {
		return new TreeSet<>(jdbc.sql("SELECT username FROM ocop_conflict_of_interest WHERE application_id = :app")
			.param("app", applicationId)
			.query(String.class)
			.list());
	}

	/** A member's stored score sheet with its computed total. */
	record MemberScore(String username, long scorecardId, ScoreSheet sheet, BigDecimal total, String outcome, Integer star,
			Instant submittedAt) {
	}

	/** Stores (or replaces) a member's score; returns the previous one. */
	Optional<MemberScore> putScore(long applicationId, MemberScore score) {
		Optional<MemberScore> before = score(applicationId, score.username());
		jdbc.sql("INSERT INTO ocop_member_score (application_id, username, scorecard_id, sheet, total, outcome, star, submitted_at)"
				+ " VALUES (:app, :username, :scorecard, CAST(:sheet AS JSONB), :total, :outcome, :star, :at)"
				+ " ON CONFLICT (application_id, username) DO UPDATE SET scorecard_id = EXCLUDED.scorecard_id,"
				+ " sheet = EXCLUDED.sheet, total = EXCLUDED.total, outcome = EXCLUDED.outcome, star = EXCLUDED.star,"
				+ " submitted_at = EXCLUDED.submitted_at")
			.param("app", applicationId)
			.param("username", score.username())
			.param("scorecard", score.scorecardId())
			.param("sheet", JSON.writeValueAsString(score.sheet()))
			.param("total", score.total())
			.param("outcome", score.outcome())
			.param("star", score.star())
			.param("at", at(score.submittedAt()))
			.update();
		return before;
	}

	Optional<MemberScore> score(long applicationId, String username) {
		return jdbc.sql("SELECT * FROM ocop_member_score WHERE application_id = :app AND username = :username")
			.param("app", applicationId)
			.param("username", username)
			.query(EvaluationStore::memberScore)
			.optional();
	}

	List<MemberScore> scores(long applicationId) {
		return jdbc.sql("SELECT * FROM ocop_member_score WHERE application_id = :app ORDER BY username")
			.param("app", applicationId)
			.query(EvaluationStore::memberScore)
			.list();
	}

	private static MemberScore memberScore(ResultSet rs, int row) throws SQLException {
		return new MemberScore(rs.getString("username"), rs.getLong("scorecard_id"),
				JSON.readValue(rs.getString("sheet"), ScoreSheet.class), rs.getBigDecimal("total"), rs.getString("outcome"),
				(Integer) rs.getObject("star"), rs.getObject("submitted_at", OffsetDateTime.class).toInstant());
	}

}
