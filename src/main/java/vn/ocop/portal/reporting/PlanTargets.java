package vn.ocop.portal.reporting;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The stored plan targets (table {@code reporting_plan_target}); plain SQL, no rules. */
@Component
class PlanTargets {

	private static final String COLUMNS = "indicator_code, unit_code, year, target, note, updated_at, updated_by";

	private final JdbcClient jdbc;

	PlanTargets(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The targets of the units for the year: unit code, then indicator code, to target. */
	Map<String, Map<String, BigDecimal>> of(Collection<String> unitCodes, int year) {
		Map<String, Map<String, BigDecimal>> targets = new HashMap<>();
		if (unitCodes.isEmpty()) {
			return targets;
		}
		jdbc.sql("SELECT unit_code, indicator_code, target FROM reporting_plan_target WHERE year = :year AND unit_code = ANY(:units)")
			.param("year", year)
			.param("units", unitCodes.toArray(String[]::new))
			.query(rs -> {
				targets.computeIfAbsent(rs.getString(1), unit -> new HashMap<>()).put(rs.getString(2), rs.getBigDecimal(3));
			});
		return targets;
	}

	Optional<PlanTarget> find(String indicatorCode, String unitCode, int year) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM reporting_plan_target WHERE indicator_code = :indicator AND unit_code = :unit AND year = :year")
			.param("indicator", indicatorCode)
			.param("unit", unitCode)
			.param("year", year)
			.query(PlanTargets::row)
			.optional();
	}

	/** One page of the targets of a unit and year, by indicator code. */
	List<PlanTarget> list(String unitCode, int year, int limit, long offset) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM reporting_plan_target WHERE unit_code = :unit AND year = :year"
				+ " ORDER BY indicator_code LIMIT :limit OFFSET :offset")
			.param("unit", unitCode)
			.param("year", year)
			.param("limit", limit)
			.param("offset", offset)
			.query(PlanTargets::row)
			.list();
	}

	long count(String unitCode, int year) {
		return jdbc.sql("SELECT count(*) FROM reporting_plan_target WHERE unit_code = :unit AND year = :year")
			.param("unit", unitCode)
			.param("year", year)
			.query(Long.class)
			.single();
	}

	/** Inserts or replaces the target; true when something changed. */
	boolean upsert(PlanTarget target) {
		return jdbc.sql("""
				INSERT INTO reporting_plan_target (indicator_code, unit_code, year, target, note, updated_at, updated_by)
				VALUES (:indicator, :unit, :year, :target, :note, :at, :by)
				ON CONFLICT (unit_code, year, indicator_code) DO UPDATE
				  SET target = EXCLUDED.target, note = EXCLUDED.note, updated_at = EXCLUDED.updated_at,
				      updated_by = EXCLUDED.updated_by, version = reporting_plan_target.version + 1
				  WHERE reporting_plan_target.target IS DISTINCT FROM EXCLUDED.target
				     OR reporting_plan_target.note IS DISTINCT FROM EXCLUDED.note""")
			.param("indicator", target.indicatorCode())
			.param("unit", target.unitCode())
			.param("year", target.year())
			.param("target", target.target())
			.param("note", target.note())
			.param("at", Timestamp.from(target.updatedAt()))
			.param("by", target.updatedBy())
			.update() > 0;
	}

	/** The years that have targets, newest first. */
	List<Integer> years() {
		return jdbc.sql("SELECT DISTINCT year FROM reporting_plan_target ORDER BY year DESC").query(Integer.class).list();
	}

	static LocalDate endOf(int year) {
		return LocalDate.of(year, 12, 31);
	}

	private static PlanTarget row(ResultSet rs, int n) throws SQLException {
		Timestamp at = rs.getTimestamp("updated_at");
		return new PlanTarget(rs.getString("indicator_code"), rs.getString("unit_code"), rs.getInt("year"),
				rs.getBigDecimal("target"), rs.getString("note"), at == null ? Instant.EPOCH : at.toInstant(),
				rs.getString("updated_by"));
	}

}
