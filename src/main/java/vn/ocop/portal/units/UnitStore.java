package vn.ocop.portal.units;

import java.sql.Date;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.ocop.portal.units.UnitSetReader.UnitRow;

/** The loader's reads and writes of the unit tables (PostgreSQL; bulk inserts through arrays). */
@Component
class UnitStore {

	/** Key of the transaction-level advisory lock that serialises loads across nodes. */
	static final String LOCK_NAME = "ocop-portal.units.load";

	/** A stored row's period, for overlap checks. */
	record Period(LocalDate validFrom, LocalDate validTo, String unitSet) {

		boolean overlaps(LocalDate from, LocalDate to) {
			boolean startsBeforeOtherEnds = to == null || !validFrom.isAfter(to);
			boolean endsAfterOtherStarts = validTo == null || !validTo.isBefore(from);
			return startsBeforeOtherEnds && endsAfterOtherStarts;
		}

	}

	/** A stored row as the checks need it. */
	record Stored(String code, LocalDate validFrom, LocalDate validTo, String name, String level, String parentCode,
			String provinceCode) {
	}

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	UnitStore(JdbcClient jdbc, JdbcTemplate template) {
		this.jdbc = jdbc;
		this.template = template;
	}

	/** Waits for the load lock; released when the transaction ends. */
	void lock() {
		jdbc.sql("SELECT pg_advisory_xact_lock(hashtext(:name))").param("name", LOCK_NAME).query((rs, n) -> 1).list();
	}

	boolean setExists(String code) {
		return jdbc.sql("SELECT count(*) FROM unit_set WHERE code = :code").param("code", code).query(Integer.class).single() > 0;
	}

	void insertSet(UnitSetDefinition set, int rowCount, OffsetDateTime loadedAt) {
		jdbc.sql("""
				INSERT INTO unit_set (code, kind, file_name, valid_from, valid_to, legal_basis, source, row_count, loaded_at)
				VALUES (:code, :kind, :file, :validFrom, :validTo, :legalBasis, :source, :rows, :loadedAt)
				""")
			.param("code", set.code())
			.param("kind", set.kind().value())
			.param("file", set.file())
			.param("validFrom", set.validFrom())
			.param("validTo", set.validTo())
			.param("legalBasis", set.legalBasis())
			.param("source", set.source())
			.param("rows", rowCount)
			.param("loadedAt", loadedAt)
			.update();
	}

	Map<String, List<Period>> periodsOf(Collection<String> codes) {
		Map<String, List<Period>> periods = new HashMap<>();
		jdbc.sql("SELECT code, valid_from, valid_to, unit_set FROM administrative_unit WHERE code = ANY(:codes)")
			.param("codes", codes.toArray(String[]::new))
			.query(rs -> {
				periods.computeIfAbsent(rs.getString(1), code -> new java.util.ArrayList<>())
					.add(new Period(rs.getObject(2, LocalDate.class), rs.getObject(3, LocalDate.class), rs.getString(4)));
			});
		return periods;
	}

	/** The rows of these codes valid on the date. */
	Map<String, Stored> validOn(Collection<String> codes, LocalDate date) {
		Map<String, Stored> rows = new HashMap<>();
		jdbc.sql("""
				SELECT code, valid_from, valid_to, name, level, parent_code, province_code FROM administrative_unit
				WHERE code = ANY(:codes) AND valid_from <= :date AND (valid_to IS NULL OR valid_to >= :date)
				""")
			.param("codes", codes.toArray(String[]::new))
			.param("date", date)
			.query(rs -> {
				rows.put(rs.getString(1), new Stored(rs.getString(1), rs.getObject(2, LocalDate.class),
						rs.getObject(3, LocalDate.class), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7)));
			});
		return rows;
	}

	Optional<Stored> validOn(String code, LocalDate date) {
		return Optional.ofNullable(validOn(List.of(code), date).get(code));
	}

	/**
	 * Codes among these that were closed for good: predecessors of a succession (not to themselves)
	 * that do not continue under their own code. Maps the code to the effective date of its closing.
	 */
	Map<String, LocalDate> closedCodes(Collection<String> codes) {
		Map<String, LocalDate> closed = new HashMap<>();
		jdbc.sql("""
				SELECT s.predecessor_code, min(s.effective_date) FROM unit_succession s
				WHERE s.predecessor_code = ANY(:codes) AND s.predecessor_code <> s.successor_code
				  AND NOT EXISTS (SELECT 1 FROM unit_succession self
				                  WHERE self.predecessor_code = s.predecessor_code AND self.successor_code = s.predecessor_code
				                    AND self.effective_date = s.effective_date)
				GROUP BY s.predecessor_code
				""")
			.param("codes", codes.toArray(String[]::new))
			.query(rs -> {
				closed.put(rs.getString(1), rs.getObject(2, LocalDate.class));
			});
		return closed;
	}

	/** Pairs {@code old>new} already stored for this effective date. */
	Set<String> storedSuccessions(Collection<String> predecessors, LocalDate effectiveDate) {
		Set<String> pairs = new HashSet<>();
		jdbc.sql("SELECT predecessor_code, successor_code FROM unit_succession WHERE predecessor_code = ANY(:codes) AND effective_date = :date")
			.param("codes", predecessors.toArray(String[]::new))
			.param("date", effectiveDate)
			.query(rs -> {
				pairs.add(rs.getString(1) + ">" + rs.getString(2));
			});
		return pairs;
	}

	static final String INSERT_UNITS = """
				INSERT INTO administrative_unit (code, valid_from, valid_to, name, level, kind, parent_code, province_code,
				                                 unit_set, legal_basis, search_name)
				SELECT code, CAST(valid_from AS date), CAST(valid_to AS date), name, level, kind, parent_code, province_code,
				       unit_set, legal_basis, search_name
				FROM unnest(CAST(? AS text[]), CAST(? AS text[]), CAST(? AS text[]), CAST(? AS text[]), CAST(? AS text[]),
				            CAST(? AS text[]), CAST(? AS text[]), CAST(? AS text[]), CAST(? AS text[]), CAST(? AS text[]),
				            CAST(? AS text[]))
				     AS t(code, valid_from, valid_to, name, level, kind, parent_code, province_code, unit_set, legal_basis, search_name)
				""";

	void insertUnits(List<UnitRow> rows) {
		int size = rows.size();
		String[] code = new String[size];
		String[] validFrom = new String[size];
		String[] validTo = new String[size];
		String[] name = new String[size];
		String[] level = new String[size];
		String[] kind = new String[size];
		String[] parent = new String[size];
		String[] province = new String[size];
		String[] set = new String[size];
		String[] legalBasis = new String[size];
		String[] search = new String[size];
		for (int i = 0; i < size; i++) {
			UnitRow row = rows.get(i);
			code[i] = row.code();
			validFrom[i] = row.validFrom().toString();
			validTo[i] = row.validTo() == null ? null : row.validTo().toString();
			name[i] = row.name();
			level[i] = row.level().value();
			kind[i] = row.kind() == null ? null : row.kind().word();
			parent[i] = row.parentCode();
			province[i] = row.provinceCode();
			set[i] = row.unitSet();
			legalBasis[i] = row.legalBasis();
			search[i] = row.searchName();
		}
		template.update(INSERT_UNITS, code, validFrom, validTo, name, level, kind, parent, province, set, legalBasis, search);
	}

	void insertSuccessions(List<UnitSuccession> successions, String unitSet) {
		int size = successions.size();
		String[] predecessor = new String[size];
		String[] successor = new String[size];
		String[] coverage = new String[size];
		for (int i = 0; i < size; i++) {
			UnitSuccession succession = successions.get(i);
			predecessor[i] = succession.predecessor().value();
			successor[i] = succession.successor().value();
			coverage[i] = succession.coverage().value();
		}
		LocalDate effective = successions.isEmpty() ? null : successions.get(0).effectiveDate();
		template.update("""
				INSERT INTO unit_succession (predecessor_code, successor_code, effective_date, coverage, unit_set)
				SELECT predecessor_code, successor_code, ?, coverage, ?
				FROM unnest(CAST(? AS text[]), CAST(? AS text[]), CAST(? AS text[])) AS t(predecessor_code, successor_code, coverage)
				""", effective == null ? null : Date.valueOf(effective), unitSet, predecessor, successor, coverage);
	}

	/** Closes, the day before {@code date}, every row started before it and still valid on it. */
	int closeOpenRows(LocalDate date) {
		return jdbc.sql("""
				UPDATE administrative_unit SET valid_to = :dayBefore
				WHERE valid_from < :date AND (valid_to IS NULL OR valid_to >= :date)
				""")
			.param("dayBefore", date.minusDays(1))
			.param("date", date)
			.update();
	}

	/** Sets the last day of a stored row (an amendment closes the row the day before it takes effect). */
	void closeRow(String code, LocalDate validFrom, LocalDate validTo) {
		jdbc.sql("UPDATE administrative_unit SET valid_to = :validTo WHERE code = :code AND valid_from = :validFrom")
			.param("validTo", validTo)
			.param("code", code)
			.param("validFrom", validFrom)
			.update();
	}

}
