package vn.ocop.portal.certification;

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

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL of decisions, certificates, revocations and notifications. */
@Repository
class CertificateStore {

	static final String COLUMNS = "c.id, c.number, c.decision_id, d.number AS decision_number, d.level, c.product_id,"
			+ " c.subject_id, c.kind, c.star, c.score, c.issued_on, c.expires_on, c.product_code, c.product_name,"
			+ " c.holder_name, c.organisation_id, c.gtin, c.product_set_code, c.group_code, c.unit_code,"
			+ " c.rerating_filed_on, n.number AS superseded_by, c.superseded_on, c.revoked_on";

	static final String FROM = " FROM certification_certificate c JOIN certification_decision d ON d.id = c.decision_id"
			+ " LEFT JOIN certification_certificate n ON n.id = c.superseded_by";

	/** Certificates valid on {@code :today}, with the late extension {@code :ext} days. */
	static final String VALID = " c.superseded_by IS NULL AND c.revoked_on IS NULL AND c.issued_on <= :today"
			+ " AND (c.expires_on >= :today OR (c.rerating_filed_on IS NOT NULL AND c.rerating_filed_on <= :today"
			+ " AND c.expires_on + :ext >= :today))";

	private final JdbcClient jdbc;

	CertificateStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	JdbcClient jdbc() {
		return jdbc;
	}

	boolean decisionNumberTaken(String number) {
		return jdbc.sql("SELECT count(*) FROM certification_decision WHERE number = :n").param("n", number)
			.query(Integer.class).single() > 0;
	}

	long insertDecision(DecisionOrder order, List<String> areaCodes, Instant now, String actor) {
		return jdbc.sql("INSERT INTO certification_decision (number, signed_on, level, issuer, area_codes, created_at, created_by)"
				+ " VALUES (:number, :signedOn, :level, :issuer, :areas::varchar[], :now, :actor) RETURNING id")
			.param("number", order.number())
			.param("signedOn", order.signedOn())
			.param("level", order.level().name())
			.param("issuer", order.issuer())
			.param("areas", array(areaCodes))
			.param("now", offset(now))
			.param("actor", actor)
			.query(Long.class)
			.single();
	}

	long nextNumber() {
		return jdbc.sql("SELECT nextval('certification_certificate_number')").query(Long.class).single();
	}

	long insertCertificate(Map<String, Object> values) {
		return jdbc.sql("""
				INSERT INTO certification_certificate (number, decision_id, product_id, subject_id, kind, star, score,
				    issued_on, expires_on, product_code, product_name, holder_name, organisation_id, gtin, instrument_code,
				    product_set_code, group_code, unit_code, area_codes, search_text, sort_key, created_at, created_by)
				VALUES (:number, :decision, :product, :subject, :kind, :star, :score, :issuedOn, :expiresOn, :productCode,
				    :productName, :holder, :organisation, :gtin, :instrument, :set, :group, :unit, :areas::varchar[], :search,
				    :sortKey, :now, :actor) RETURNING id
				""")
			.params(values)
			.query(Long.class)
			.single();
	}

	void supersede(long oldId, long newId, LocalDate on) {
		jdbc.sql("UPDATE certification_certificate SET superseded_by = :newId, superseded_on = :on WHERE id = :old")
			.param("newId", newId)
			.param("on", on)
			.param("old", oldId)
			.update();
	}

	void fileRerating(long id, LocalDate on) {
		jdbc.sql("UPDATE certification_certificate SET rerating_filed_on = :on WHERE id = :id AND rerating_filed_on IS NULL")
			.param("on", on)
			.param("id", id)
			.update();
	}

	Optional<Certificate> certificate(long id) {
		return jdbc.sql("SELECT " + COLUMNS + FROM + " WHERE c.id = :id").param("id", id).query((rs, n) -> certificate(rs)).optional();
	}

	Optional<Certificate> byNumber(String number) {
		return jdbc.sql("SELECT " + COLUMNS + FROM + " WHERE c.number = :number")
			.param("number", number)
			.query((rs, n) -> certificate(rs))
			.optional();
	}

	/** The product's latest certificate that was neither superseded nor revoked, valid or not. */
	Optional<Certificate> currentOf(long productId) {
		return jdbc.sql("SELECT " + COLUMNS + FROM + " WHERE c.product_id = :product AND c.superseded_by IS NULL"
				+ " AND c.revoked_on IS NULL ORDER BY c.issued_on DESC, c.id DESC LIMIT 1")
			.param("product", productId)
			.query((rs, n) -> certificate(rs))
			.optional();
	}

	List<Certificate> historyOf(long productId) {
		return jdbc.sql("SELECT " + COLUMNS + FROM + " WHERE c.product_id = :product ORDER BY c.issued_on DESC, c.id DESC")
			.param("product", productId)
			.query((rs, n) -> certificate(rs))
			.list();
	}

	List<Certificate> ofDecision(long decisionId) {
		return jdbc.sql("SELECT " + COLUMNS + FROM + " WHERE c.decision_id = :id ORDER BY c.star DESC, c.sort_key, c.id")
			.param("id", decisionId)
			.query((rs, n) -> certificate(rs))
			.list();
	}

	List<String> areaCodesOf(long certificateId) {
		return jdbc.sql("SELECT area_codes FROM certification_certificate WHERE id = :id")
			.param("id", certificateId)
			.query((rs, n) -> strings(rs.getArray(1)))
			.optional()
			.orElse(List.of());
	}

	Optional<Decision> decision(long id) {
		return jdbc.sql("SELECT d.id, d.number, d.signed_on, d.level, d.issuer,"
				+ " (SELECT count(*) FROM certification_certificate c WHERE c.decision_id = d.id) AS size"
				+ " FROM certification_decision d WHERE d.id = :id")
			.param("id", id)
			.query((rs, n) -> decision(rs))
			.optional();
	}

	List<String> decisionAreas(long id) {
		return jdbc.sql("SELECT area_codes FROM certification_decision WHERE id = :id")
			.param("id", id)
			.query((rs, n) -> strings(rs.getArray(1)))
			.optional()
			.orElse(List.of());
	}

	List<Decision> decisions(CertificationAccess.Filter filter, int offset, int limit) {
		return jdbc.sql("SELECT d.id, d.number, d.signed_on, d.level, d.issuer,"
				+ " (SELECT count(*) FROM certification_certificate c WHERE c.decision_id = d.id) AS size"
				+ " FROM certification_decision d WHERE " + decisionCondition(filter) + " ORDER BY d.signed_on DESC, d.id DESC LIMIT :limit OFFSET :offset")
			.param("scope", filter.scope())
			.param("limit", limit)
			.param("offset", offset)
			.query((rs, n) -> decision(rs))
			.list();
	}

	long countDecisions(CertificationAccess.Filter filter) {
		return jdbc.sql("SELECT count(*) FROM certification_decision d WHERE " + decisionCondition(filter))
			.param("scope", filter.scope())
			.query(Long.class)
			.single();
	}

	List<Certificate> certificates(CertificationAccess.Filter filter, int offset, int limit) {
		return jdbc.sql("SELECT " + COLUMNS + FROM + " WHERE " + filter.sql().replace("t.", "c.")
				+ " ORDER BY c.expires_on, c.id LIMIT :limit OFFSET :offset")
			.param("scope", filter.scope())
			.param("limit", limit)
			.param("offset", offset)
			.query((rs, n) -> certificate(rs))
			.list();
	}

	long countCertificates(CertificationAccess.Filter filter) {
		return jdbc.sql("SELECT count(*) FROM certification_certificate c WHERE " + filter.sql().replace("t.", "c."))
			.param("scope", filter.scope())
			.query(Long.class)
			.single();
	}

	private static String decisionCondition(CertificationAccess.Filter filter) {
		return filter.sql().contains("organisation_id")
				? "EXISTS (SELECT 1 FROM certification_certificate c WHERE c.decision_id = d.id AND c.organisation_id = :scope)"
				: filter.sql().replace("t.", "d.");
	}

	// --------------------------------------------------------------------------------- revocation

	List<Ground> grounds() {
		return jdbc.sql("SELECT code, article, name_vi, name_en FROM certification_revocation_ground ORDER BY position")
			.query((rs, n) -> new Ground(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
			.list();
	}

	/** Records a revocation in one step (conclusion and decision together): a case opened and closed at once. */
	void insertRevocation(long certificateId, RevocationOrder order, ConclusionSource source, LocalDate deadline, Instant now,
			String actor) {
		jdbc.sql("""
				INSERT INTO certification_revocation (certificate_id, ground_code, conclusion_source, concluded_on, deadline, level,
				    decision_number, decided_on, reason, created_at, created_by, decided_at, decided_by)
				VALUES (:certificate, :ground, :source, :concluded, :deadline, :level, :number, :decided, :reason, :now, :actor,
				    :now, :actor)
				""")
			.param("certificate", certificateId)
			.param("ground", order.groundCode())
			.param("source", source.name())
			.param("concluded", order.concludedOn())
			.param("deadline", deadline)
			.param("level", order.level().name())
			.param("number", order.decisionNumber())
			.param("decided", order.decidedOn())
			.param("reason", order.reason())
			.param("now", offset(now))
			.param("actor", actor)
			.update();
		markRevoked(certificateId, order.decidedOn());
	}

	/** Opens a pending case for the competent level; its id. */
	long openRevocation(long certificateId, RevocationCase order, IssuerLevel level, LocalDate deadline, Instant now, String actor) {
		return jdbc.sql("""
				INSERT INTO certification_revocation (certificate_id, ground_code, conclusion_source, conclusion_reference,
				    concluded_on, deadline, level, reason, created_at, created_by)
				VALUES (:certificate, :ground, :source, :reference, :concluded, :deadline, :level, :reason, :now, :actor)
				RETURNING id
				""")
			.param("certificate", certificateId)
			.param("ground", order.groundCode())
			.param("source", order.source().name())
			.param("reference", order.conclusionReference())
			.param("concluded", order.concludedOn())
			.param("deadline", deadline)
			.param("level", level.name())
			.param("reason", order.reason())
			.param("now", offset(now))
			.param("actor", actor)
			.query(Long.class)
			.single();
	}

	/** Closes a pending case with the revocation decision; false when it was not pending any more. */
	boolean decideRevocation(long caseId, long certificateId, String number, LocalDate decidedOn, String reason, Instant now,
			String actor) {
		boolean closed = jdbc.sql("UPDATE certification_revocation SET decision_number = :number, decided_on = :decided,"
				+ " reason = :reason, decided_at = :now, decided_by = :actor"
				+ " WHERE id = :id AND decided_on IS NULL AND dismissed_on IS NULL")
			.param("id", caseId)
			.param("number", number)
			.param("decided", decidedOn)
			.param("reason", reason)
			.param("now", offset(now))
			.param("actor", actor)
			.update() == 1;
		if (closed) {
			markRevoked(certificateId, decidedOn);
		}
		return closed;
	}

	/** Closes a pending case without revocation; false when it was not pending any more. */
	boolean dismissRevocation(long caseId, LocalDate on, String reason, Instant now, String actor) {
		return jdbc.sql("UPDATE certification_revocation SET dismissed_on = :on, dismissal_reason = :reason, decided_at = :now,"
				+ " decided_by = :actor WHERE id = :id AND decided_on IS NULL AND dismissed_on IS NULL")
			.param("id", caseId)
			.param("on", on)
			.param("reason", reason)
			.param("now", offset(now))
			.param("actor", actor)
			.update() == 1;
	}

	private void markRevoked(long certificateId, LocalDate on) {
		jdbc.sql("UPDATE certification_certificate SET revoked_on = :on WHERE id = :id")
			.param("on", on)
			.param("id", certificateId)
			.update();
	}

	private static final String REVOCATION_COLUMNS = "SELECT r.id, r.ground_code, g.article, g.name_vi, g.name_en, r.concluded_on,"
			+ " r.deadline, r.level, r.decision_number, r.decided_on, r.reason, r.conclusion_source, r.conclusion_reference,"
			+ " r.dismissed_on, r.dismissal_reason, r.certificate_id";

	/** The certificate's revocation: the decided or pending case (a dismissed one only when there is no other). */
	Optional<Revocation> revocationOf(long certificateId) {
		return jdbc.sql(REVOCATION_COLUMNS + " FROM certification_revocation r"
				+ " JOIN certification_revocation_ground g ON g.code = r.ground_code WHERE r.certificate_id = :id"
				+ " ORDER BY (r.dismissed_on IS NULL) DESC, r.id DESC LIMIT 1")
			.param("id", certificateId)
			.query((rs, n) -> revocation(rs))
			.optional();
	}

	/**
	 * Pending cases the competent level handles, by deadline: of the levels given (province: 3★/4★,
	 * central: 5★), on certificates the filter lets the user see.
	 */
	List<PendingRevocation> pendingRevocations(CertificationAccess.Filter filter, List<IssuerLevel> levels, int offset, int limit) {
		return jdbc.sql(REVOCATION_COLUMNS + ", c.number, c.product_name, c.holder_name, c.star"
				+ " FROM certification_revocation r JOIN certification_revocation_ground g ON g.code = r.ground_code"
				+ " JOIN certification_certificate c ON c.id = r.certificate_id WHERE " + filter.sql().replace("t.", "c.")
				+ " AND r.decided_on IS NULL AND r.dismissed_on IS NULL AND r.level IN (:levels)"
				+ " ORDER BY r.deadline, r.id LIMIT :limit OFFSET :offset")
			.param("scope", filter.scope())
			.param("levels", levels.stream().map(IssuerLevel::name).toList())
			.param("limit", limit)
			.param("offset", offset)
			.query((rs, n) -> new PendingRevocation(revocation(rs), rs.getString("number"), rs.getString("product_name"),
					rs.getString("holder_name"), rs.getInt("star")))
			.list();
	}

	long countPendingRevocations(CertificationAccess.Filter filter, List<IssuerLevel> levels) {
		return jdbc.sql("SELECT count(*) FROM certification_revocation r JOIN certification_certificate c ON c.id = r.certificate_id"
				+ " WHERE " + filter.sql().replace("t.", "c.")
				+ " AND r.decided_on IS NULL AND r.dismissed_on IS NULL AND r.level IN (:levels)")
			.param("scope", filter.scope())
			.param("levels", levels.stream().map(IssuerLevel::name).toList())
			.query(Long.class)
			.single();
	}

	private static Revocation revocation(ResultSet rs) throws SQLException {
		return new Revocation(rs.getLong("id"), new Ground(rs.getString("ground_code"), rs.getString("article"),
				rs.getString("name_vi"), rs.getString("name_en")), ConclusionSource.valueOf(rs.getString("conclusion_source")),
				rs.getString("conclusion_reference"), rs.getObject("concluded_on", LocalDate.class),
				rs.getObject("deadline", LocalDate.class), IssuerLevel.valueOf(rs.getString("level")), rs.getString("decision_number"),
				rs.getObject("decided_on", LocalDate.class), rs.getString("reason"), rs.getObject("dismissed_on", LocalDate.class),
				rs.getString("dismissal_reason"));
	}

	// ----------------------------------------------------------------------------- notifications

	List<Notice> notices(CertificationAccess.Filter filter, int offset, int limit) {
		return jdbc.sql("SELECT t.id, t.kind, t.window_closes, t.created_at, t.mailed_at, c.number, c.product_name,"
				+ " c.holder_name, c.expires_on FROM certification_notification t"
				+ " JOIN certification_certificate c ON c.id = t.certificate_id WHERE " + filter.sql()
				+ " ORDER BY t.created_at DESC, t.id DESC LIMIT :limit OFFSET :offset")
			.param("scope", filter.scope())
			.param("limit", limit)
			.param("offset", offset)
			.query((rs, n) -> new Notice(rs.getLong(1), ReminderKind.valueOf(rs.getString(2)), rs.getObject(3, LocalDate.class),
					rs.getObject(4, OffsetDateTime.class).toInstant(),
					rs.getObject(5, OffsetDateTime.class) == null ? null : rs.getObject(5, OffsetDateTime.class).toInstant(),
					rs.getString(6), rs.getString(7), rs.getString(8), rs.getObject(9, LocalDate.class)))
			.list();
	}

	long countNotices(CertificationAccess.Filter filter) {
		return jdbc.sql("SELECT count(*) FROM certification_notification t WHERE " + filter.sql())
			.param("scope", filter.scope())
			.query(Long.class)
			.single();
	}

	// ------------------------------------------------------------------------------------ helpers

	static Map<String, Object> params() {
		return new LinkedHashMap<>();
	}

	static String array(List<String> values) {
		return "{" + String.join(",", values) + "}";
	}

	static OffsetDateTime offset(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	static List<String> strings(Array array) throws SQLException {
		return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
	}

	private static Decision decision(ResultSet rs) throws SQLException {
		return new Decision(rs.getLong("id"), rs.getString("number"), rs.getObject("signed_on", LocalDate.class),
				IssuerLevel.valueOf(rs.getString("level")), rs.getString("issuer"), rs.getInt("size"));
	}

	static Certificate certificate(ResultSet rs) throws SQLException {
		return new Certificate(rs.getLong("id"), rs.getString("number"), rs.getLong("decision_id"),
				rs.getString("decision_number"), IssuerLevel.valueOf(rs.getString("level")), rs.getLong("product_id"),
				rs.getLong("subject_id"), RecognitionKind.valueOf(rs.getString("kind")), rs.getInt("star"),
				rs.getBigDecimal("score"), rs.getObject("issued_on", LocalDate.class), rs.getObject("expires_on", LocalDate.class),
				rs.getString("product_code"), rs.getString("product_name"), rs.getString("holder_name"),
				rs.getString("organisation_id"), rs.getString("gtin"), rs.getString("product_set_code"),
				rs.getString("group_code"), rs.getString("unit_code"), rs.getObject("rerating_filed_on", LocalDate.class),
				rs.getString("superseded_by"), rs.getObject("superseded_on", LocalDate.class),
				rs.getObject("revoked_on", LocalDate.class));
	}

	/** A ground of revocation. */
	record Ground(String code, String article, String nameVi, String nameEn) {

		public String name(java.util.Locale locale) {
			return "en".equals(locale.getLanguage()) ? nameEn : nameVi;
		}

	}

	/**
	 * A revocation case with its statutory deadline: pending (no decision, not dismissed), decided
	 * (the revocation decision), or dismissed (closed without revocation).
	 */
	record Revocation(long id, Ground ground, ConclusionSource source, String conclusionReference, LocalDate concludedOn,
			LocalDate deadline, IssuerLevel level, String decisionNumber, LocalDate decidedOn, String reason,
			LocalDate dismissedOn, String dismissalReason) {

		public boolean pending() {
			return decidedOn == null && dismissedOn == null;
		}

		public boolean dismissed() {
			return dismissedOn != null;
		}

		/** Decided after the deadline. */
		public boolean late() {
			return decidedOn != null && decidedOn.isAfter(deadline);
		}

		/** Pending and past the deadline on {@code today}. */
		public boolean overdue(LocalDate today) {
			return pending() && today.isAfter(deadline);
		}

		/** Days left to the deadline on {@code today} (0 on the last day), or days past it when overdue. */
		public long days(LocalDate today) {
			return Math.abs(java.time.temporal.ChronoUnit.DAYS.between(today, deadline));
		}

	}

	/** A pending case as the competent level's list shows it. */
	record PendingRevocation(Revocation revocation, String certificateNumber, String productName, String holderName, int star) {
	}

	/** A reminder as the back office lists it. */
	record Notice(long id, ReminderKind kind, LocalDate windowCloses, Instant createdAt, Instant mailedAt,
			String certificateNumber, String productName, String holderName, LocalDate expiresOn) {
	}

}
