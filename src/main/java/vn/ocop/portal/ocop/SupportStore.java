package vn.ocop.portal.ocop;

import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The table {@code ocop_support_record}, read with its subject and product. */
@Repository
class SupportStore {

	private static final String SELECT = "SELECT r.id, r.kind, r.subject_id, s.name AS subject_name, s.unit_code, s.area_codes,"
			+ " r.product_id, p.name AS product_name, p.code AS product_code, r.year, r.supported_on, r.programme,"
			+ " r.funding_source, r.note, r.version FROM ocop_support_record r JOIN ocop_subject s ON s.id = r.subject_id"
			+ " LEFT JOIN ocop_product p ON p.id = r.product_id";

	/** Count per unit code of the subject (with the units it was stored in) and kind, for a year. */
	record UnitCount(String unitCode, List<String> areaCodes, SupportKind kind, long count) {
	}

	/** A list filter: the scope's SQL condition on {@code s}, and optional kind, year and unit. */
	record Query(OcopAccess.Filter scope, SupportKind kind, Integer year, String unitCode, int page, int size) {
	}

	private final JdbcClient jdbc;

	SupportStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<SupportRecord> find(long id) {
		return jdbc.sql(SELECT + " WHERE r.id = :id").param("id", id).query((rs, n) -> record(rs)).optional();
	}

	/** The record of this kind, subject, product (null for subject kinds) and year. */
	Optional<SupportRecord> find(SupportKind kind, long subjectId, Long productId, int year) {
		return jdbc.sql(SELECT + " WHERE r.kind = :kind AND r.subject_id = :subject AND COALESCE(r.product_id, 0) = :product"
				+ " AND r.year = :year")
			.param("kind", kind.name())
			.param("subject", subjectId)
			.param("product", productId == null ? 0L : productId)
			.param("year", year)
			.query((rs, n) -> record(rs))
			.optional();
	}

	long insert(SupportKind kind, long subjectId, Long productId, SupportForm form, String actor, Instant now) {
		return jdbc.sql("INSERT INTO ocop_support_record (kind, subject_id, product_id, year, supported_on, programme,"
				+ " funding_source, note, created_at, created_by, updated_at, updated_by) VALUES (:kind, :subject, :product, :year,"
				+ " :on, :programme, :funding, :note, :now, :actor, :now, :actor) RETURNING id")
			.param("kind", kind.name())
			.param("subject", subjectId)
			.param("product", productId)
			.params(values(form))
			.param("now", Timestamp.from(now))
			.param("actor", actor)
			.query(Long.class)
			.single();
	}

	void update(long id, SupportForm form, String actor, Instant now) {
		jdbc.sql("UPDATE ocop_support_record SET year = :year, supported_on = :on, programme = :programme,"
				+ " funding_source = :funding, note = :note, updated_at = :now, updated_by = :actor, version = version + 1"
				+ " WHERE id = :id")
			.params(values(form))
			.param("now", Timestamp.from(now))
			.param("actor", actor)
			.param("id", id)
			.update();
	}

	private static Map<String, Object> values(SupportForm form) {
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("year", form.getYear());
		values.put("on", form.getSupportedOn() == null ? null : Date.valueOf(form.getSupportedOn()));
		values.put("programme", form.getProgramme());
		values.put("funding", form.getFundingSource());
		values.put("note", form.getNote());
		return values;
	}

	List<SupportRecord> list(Query query) {
		StringBuilder where = new StringBuilder();
		Map<String, Object> params = where(query, where);
		return jdbc.sql(SELECT + where + " ORDER BY r.year DESC, r.kind, s.name, p.name, r.id LIMIT :limit OFFSET :offset")
			.params(params)
			.param("limit", query.size())
			.param("offset", (long) query.page() * query.size())
			.query((rs, n) -> record(rs))
			.list();
	}

	long count(Query query) {
		StringBuilder where = new StringBuilder();
		Map<String, Object> params = where(query, where);
		return jdbc.sql("SELECT count(*) FROM ocop_support_record r JOIN ocop_subject s ON s.id = r.subject_id" + where)
			.params(params)
			.query(Long.class)
			.single();
	}

	private static Map<String, Object> where(Query query, StringBuilder sql) {
		Map<String, Object> params = new LinkedHashMap<>();
		sql.append(" WHERE ").append(query.scope().sql());
		params.put("scope", query.scope().scope());
		if (query.kind() != null) {
			sql.append(" AND r.kind = :kind");
			params.put("kind", query.kind().name());
		}
		if (query.year() != null) {
			sql.append(" AND r.year = :year");
			params.put("year", query.year());
		}
		if (query.unitCode() != null) {
			sql.append(" AND :unit = ANY (s.area_codes)");
			params.put("unit", query.unitCode());
		}
		return params;
	}

	/** Records of the year per kind and the subject's unit: one aggregate query, a row per unit code and kind. */
	List<UnitCount> countsByUnit(int year) {
		return jdbc.sql("SELECT s.unit_code, s.area_codes, r.kind, count(*) AS n FROM ocop_support_record r"
				+ " JOIN ocop_subject s ON s.id = r.subject_id WHERE r.year = :year GROUP BY s.unit_code, s.area_codes, r.kind")
			.param("year", year)
			.query((rs, n) -> new UnitCount(rs.getString("unit_code"), areas(rs), SupportKind.valueOf(rs.getString("kind")),
					rs.getLong("n")))
			.list();
	}

	private static List<String> areas(ResultSet rs) throws SQLException {
		Array areas = rs.getArray("area_codes");
		return List.copyOf(Arrays.asList((String[]) areas.getArray()));
	}

	private static SupportRecord record(ResultSet rs) throws SQLException {
		long productId = rs.getLong("product_id");
		Long product = rs.wasNull() ? null : productId;
		Date on = rs.getDate("supported_on");
		return new SupportRecord(rs.getLong("id"), SupportKind.valueOf(rs.getString("kind")), rs.getLong("subject_id"),
				rs.getString("subject_name"), rs.getString("unit_code"), new ArrayList<>(areas(rs)), product,
				rs.getString("product_name"), rs.getString("product_code"), rs.getInt("year"), on == null ? null : on.toLocalDate(),
				rs.getString("programme"), rs.getString("funding_source"), rs.getString("note"), rs.getInt("version"));
	}

}
