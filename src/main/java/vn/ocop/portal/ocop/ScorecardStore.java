package vn.ocop.portal.ocop;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;

/** The module's tables: instruments with parts, bands and taxonomy, and the scorecard versions. */
@Repository
class ScorecardStore {

	private static final TypeReference<Map<String, BigDecimal>> MAXIMA = new TypeReference<>() {
	};

	private static final TypeReference<List<ScorecardDefinition.Shortfall>> SHORTFALLS = new TypeReference<>() {
	};

	private static final String SUMMARY = """
			SELECT s.id, s.instrument_code, s.product_set_code, p.number AS set_number, p.name AS set_name, p.group_code,
			       s.version, s.title, s.max_points, s.shortfalls::text AS shortfalls, s.unverified, s.origin, s.created_at,
			       s.created_by
			FROM ocop_scorecard s
			JOIN ocop_product_set p ON p.instrument_code = s.instrument_code AND p.code = s.product_set_code
			""";

	private static final String CURRENT = """
			s.version = (SELECT max(v.version) FROM ocop_scorecard v
			             WHERE v.instrument_code = s.instrument_code AND v.product_set_code = s.product_set_code)
			""";

	private final JdbcClient jdbc;

	ScorecardStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void lock() {
		jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('ocop-portal.ocop.scorecards'))").query(Object.class).single();
	}

	List<String> instrumentCodes() {
		return jdbc.sql("SELECT code FROM ocop_instrument ORDER BY valid_from DESC, code").query(String.class).list();
	}

	Optional<Instrument> instrument(String code) {
		record Row(String code, String number, String title, LocalDate signedOn, LocalDate validFrom, LocalDate validUntil,
				int recognisedFromStar, String provenance) {
		}
		Optional<Row> row = jdbc.sql("""
				SELECT code, number, title, signed_on, valid_from, valid_until, recognised_from_star, provenance
				FROM ocop_instrument WHERE code = ?""").param(code).query(Row.class).optional();
		return row.map(r -> new Instrument(r.code(), r.number(), r.title(), r.signedOn(), r.validFrom(), r.validUntil(),
				r.provenance(),
				jdbc.sql("SELECT code, name, max_points FROM ocop_instrument_part WHERE instrument_code = ? ORDER BY position")
					.param(code).query(Instrument.Part.class).list(),
				new StarBands(jdbc.sql("""
						SELECT star, from_points AS "from", to_points AS "to", to_inclusive
						FROM ocop_star_band WHERE instrument_code = ?""").param(code).query(StarBands.Band.class).list(),
						r.recognisedFromStar()),
				jdbc.sql("SELECT code, name FROM ocop_product_group WHERE instrument_code = ? ORDER BY position")
					.param(code).query(Instrument.ProductGroup.class).list(),
				jdbc.sql("""
						SELECT code, group_code, number, name, subgroup, ministry, evidence
						FROM ocop_product_set WHERE instrument_code = ? ORDER BY number, code""")
					.param(code).query(Instrument.ProductSet.class).list()));
	}

	void insertInstrument(Instrument instrument, Instant now) {
		jdbc.sql("""
				INSERT INTO ocop_instrument (code, number, title, signed_on, valid_from, valid_until, recognised_from_star,
				                             provenance, created_at, updated_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(instrument.code(), instrument.number(), instrument.title(), instrument.signedOn(), instrument.validFrom(),
					instrument.validUntil(), instrument.bands().recognisedFromStar(), instrument.provenance(),
					Timestamp.from(now), Timestamp.from(now))
			.update();
		int position = 0;
		for (Instrument.Part part : instrument.parts()) {
			jdbc.sql("INSERT INTO ocop_instrument_part (instrument_code, code, name, max_points, position) VALUES (?, ?, ?, ?, ?)")
				.params(instrument.code(), part.code(), part.name(), part.maxPoints(), position++)
				.update();
		}
		for (StarBands.Band band : instrument.bands().bands()) {
			jdbc.sql("INSERT INTO ocop_star_band (instrument_code, star, from_points, to_points, to_inclusive) VALUES (?, ?, ?, ?, ?)")
				.params(instrument.code(), band.star(), band.from(), band.to(), band.toInclusive())
				.update();
		}
	}

	void updateInstrument(Instrument instrument, Instant now) {
		jdbc.sql("""
				UPDATE ocop_instrument SET number = ?, title = ?, signed_on = ?, valid_from = ?, valid_until = ?,
				       provenance = ?, updated_at = ?
				WHERE code = ?""")
			.params(instrument.number(), instrument.title(), instrument.signedOn(), instrument.validFrom(),
					instrument.validUntil(), instrument.provenance(), Timestamp.from(now), instrument.code())
			.update();
	}

	void upsertGroup(String instrumentCode, Instrument.ProductGroup group, int position) {
		jdbc.sql("""
				INSERT INTO ocop_product_group (instrument_code, code, name, position) VALUES (?, ?, ?, ?)
				ON CONFLICT (instrument_code, code) DO UPDATE SET name = EXCLUDED.name, position = EXCLUDED.position""")
			.params(instrumentCode, group.code(), group.name(), position)
			.update();
	}

	void upsertProductSet(String instrumentCode, Instrument.ProductSet set) {
		jdbc.sql("""
				INSERT INTO ocop_product_set (instrument_code, code, group_code, number, name, subgroup, ministry, evidence)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?)
				ON CONFLICT (instrument_code, code) DO UPDATE SET group_code = EXCLUDED.group_code, number = EXCLUDED.number,
				    name = EXCLUDED.name, subgroup = EXCLUDED.subgroup, ministry = EXCLUDED.ministry, evidence = EXCLUDED.evidence""")
			.params(instrumentCode, set.code(), set.groupCode(), set.number(), set.name(), set.subgroup(), set.ministry(),
					set.evidence())
			.update();
	}

	/** The versions of a product set's scorecard, newest first: ID, version, hash and origin. */
	List<StoredVersion> versions(String instrumentCode, String productSetCode) {
		return jdbc.sql("""
				SELECT id, version, content_hash, origin FROM ocop_scorecard
				WHERE instrument_code = ? AND product_set_code = ? ORDER BY version DESC""")
			.params(instrumentCode, productSetCode)
			.query((rs, n) -> new StoredVersion(rs.getLong("id"), rs.getInt("version"), rs.getString("content_hash"),
					Scorecard.Origin.valueOf(rs.getString("origin"))))
			.list();
	}

	record StoredVersion(long id, int version, String contentHash, Scorecard.Origin origin) {
	}

	long insertScorecard(String instrumentCode, int version, ScorecardDefinition definition, String hash,
			Scorecard.Origin origin, Map<String, BigDecimal> partMaxima, List<ScorecardDefinition.Shortfall> shortfalls,
			Instant now, String actor) {
		return jdbc.sql("""
				INSERT INTO ocop_scorecard (instrument_code, product_set_code, version, title, source, unverified, origin,
				                            definition, content_hash, max_points, part_maxima, shortfalls, created_at, created_by)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?::jsonb, ?::jsonb, ?, ?)
				RETURNING id""")
			.params(instrumentCode, definition.productSetCode(), version, definition.title(), definition.source(),
					definition.unverified(), origin.name(), ScorecardJson.definition(definition), hash, definition.maxPoints(),
					ScorecardJson.MAPPER.writeValueAsString(partMaxima), ScorecardJson.MAPPER.writeValueAsString(shortfalls),
					Timestamp.from(now), actor)
			.query(Long.class)
			.single();
	}

	Optional<Scorecard> scorecard(long id) {
		return jdbc.sql("""
				SELECT id, instrument_code, version, origin, created_at, created_by, max_points, part_maxima::text AS part_maxima,
				       shortfalls::text AS shortfalls, definition::text AS definition
				FROM ocop_scorecard WHERE id = ?""")
			.param(id)
			.query(ScorecardStore::scorecard)
			.optional();
	}

	Optional<Long> currentId(String instrumentCode, String productSetCode) {
		return jdbc.sql("""
				SELECT id FROM ocop_scorecard WHERE instrument_code = ? AND product_set_code = ?
				ORDER BY version DESC LIMIT 1""")
			.params(instrumentCode, productSetCode)
			.query(Long.class)
			.optional();
	}

	/** Current versions, filtered, one page. */
	List<ScorecardSummary> currentSummaries(String instrumentCode, String groupCode, int offset, int limit) {
		StringBuilder sql = new StringBuilder(SUMMARY).append(" WHERE ").append(CURRENT);
		List<Object> params = new ArrayList<>();
		filter(sql, params, instrumentCode, groupCode);
		sql.append(" ORDER BY (SELECT valid_from FROM ocop_instrument i WHERE i.code = s.instrument_code) DESC, p.number, s.product_set_code")
			.append(" LIMIT ? OFFSET ?");
		params.add(limit);
		params.add(offset);
		return jdbc.sql(sql.toString()).params(params).query(ScorecardStore::summary).list();
	}

	long countCurrent(String instrumentCode, String groupCode) {
		StringBuilder sql = new StringBuilder("SELECT count(*) FROM ocop_scorecard s JOIN ocop_product_set p"
				+ " ON p.instrument_code = s.instrument_code AND p.code = s.product_set_code WHERE ").append(CURRENT);
		List<Object> params = new ArrayList<>();
		filter(sql, params, instrumentCode, groupCode);
		return jdbc.sql(sql.toString()).params(params).query(Long.class).single();
	}

	List<ScorecardSummary> allVersions(String instrumentCode, String productSetCode) {
		return jdbc.sql(SUMMARY + " WHERE s.instrument_code = ? AND s.product_set_code = ? ORDER BY s.version DESC")
			.params(instrumentCode, productSetCode)
			.query(ScorecardStore::summary)
			.list();
	}

	/** The current definitions of an instrument's scorecards, in product-set order. */
	List<ScorecardDefinition> currentDefinitions(String instrumentCode) {
		return jdbc.sql("""
				SELECT s.definition::text FROM ocop_scorecard s JOIN ocop_product_set p
				  ON p.instrument_code = s.instrument_code AND p.code = s.product_set_code
				WHERE s.instrument_code = ? AND """ + " " + CURRENT + " ORDER BY p.number, s.product_set_code")
			.param(instrumentCode)
			.query(String.class)
			.list()
			.stream()
			.map(ScorecardJson::definition)
			.toList();
	}

	private static void filter(StringBuilder sql, List<Object> params, String instrumentCode, String groupCode) {
		if (instrumentCode != null) {
			sql.append(" AND s.instrument_code = ?");
			params.add(instrumentCode);
		}
		if (groupCode != null) {
			sql.append(" AND p.group_code = ?");
			params.add(groupCode);
		}
	}

	private static ScorecardSummary summary(ResultSet rs, int row) throws SQLException {
		return new ScorecardSummary(rs.getLong("id"), rs.getString("instrument_code"), rs.getString("product_set_code"),
				rs.getInt("set_number"), rs.getString("set_name"), rs.getString("group_code"), rs.getInt("version"),
				rs.getString("title"), Copies.points(rs.getBigDecimal("max_points")),
				ScorecardJson.MAPPER.readValue(rs.getString("shortfalls"), SHORTFALLS), rs.getBoolean("unverified"),
				Scorecard.Origin.valueOf(rs.getString("origin")), rs.getTimestamp("created_at").toInstant(),
				rs.getString("created_by"));
	}

	private static Scorecard scorecard(ResultSet rs, int row) throws SQLException {
		Map<String, BigDecimal> maxima = new LinkedHashMap<>(ScorecardJson.MAPPER.readValue(rs.getString("part_maxima"), MAXIMA));
		return new Scorecard(rs.getLong("id"), rs.getString("instrument_code"), rs.getInt("version"),
				Scorecard.Origin.valueOf(rs.getString("origin")), rs.getTimestamp("created_at").toInstant(),
				rs.getString("created_by"), Copies.points(rs.getBigDecimal("max_points")), maxima,
				ScorecardJson.MAPPER.readValue(rs.getString("shortfalls"), SHORTFALLS),
				ScorecardJson.definition(rs.getString("definition")));
	}

}
