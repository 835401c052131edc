package vn.ocop.portal.units;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

import vn.ocop.portal.identity.UnitHierarchy;
import vn.ocop.portal.units.UnitSuccession.Coverage;

/**
 * The administrative units as they were on any date (bean {@code administrativeUnits}). Lists are
 * in official code order unless said otherwise; {@link AdministrativeUnit#BY_NAME} sorts by name
 * in Vietnamese order.
 * <p>
 * As identity's {@link UnitHierarchy}, a unit lies inside another when it is (or was) below it in
 * any unit set, and also across the 2025 reform:
 * <ul>
 * <li>a commune that succeeded a unit lying inside X lies inside X (an officer of province 06 or
 * district 061 keeps seeing the communes that succeeded the communes of 06 or 061);</li>
 * <li>a unit whose whole territory went into a unit lying inside X lies inside X (06 went wholly
 * into 19, so the old communes and districts of 06 lie inside 19).</li>
 * </ul>
 * A province that succeeded a province does not lie inside it (19 does not lie inside 06).
 */
@Component("administrativeUnits")
@Transactional(readOnly = true)
public class AdministrativeUnits implements UnitHierarchy {

	/** Largest number of search results. */
	public static final int MAX_SEARCH_RESULTS = 50;

	private static final String SELECT = """
			SELECT u.code, u.valid_from, u.valid_to, u.name, u.level, u.kind, u.parent_code, u.province_code, u.unit_set,
			       COALESCE(u.legal_basis, s.legal_basis) AS legal_basis
			FROM administrative_unit u JOIN unit_set s ON s.code = u.unit_set
			""";

	private static final String VALID_ON = " u.valid_from <= :date AND (u.valid_to IS NULL OR u.valid_to >= :date) ";

	private static final String KIND_WORDS = "(tinh|thanh pho|huyen|quan|thi xa|xa|phuong|thi tran|dac khu)";

	private final JdbcClient jdbc;

	private final Clock clock;

	AdministrativeUnits(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Today in Vietnam, from the injected clock. */
	public LocalDate today() {
		return LocalDate.now(clock);
	}

	/** The unit with this code as it was on the date. */
	public Optional<AdministrativeUnit> find(UnitCode code, LocalDate date) {
		return jdbc.sql(SELECT + " WHERE u.code = :code AND" + VALID_ON)
			.param("code", code.value())
			.param("date", date)
			.query(AdministrativeUnits::unit)
			.optional();
	}

	/**
	 * The units with these codes as they were on the date, by code, in one query (for lists that
	 * name many units at once); codes that were not valid then are left out.
	 */
	public Map<UnitCode, AdministrativeUnit> findAll(Collection<UnitCode> codes, LocalDate date) {
		if (codes.isEmpty()) {
			return Map.of();
		}
		Map<UnitCode, AdministrativeUnit> found = new HashMap<>();
		jdbc.sql(SELECT + " WHERE u.code = ANY(:codes) AND" + VALID_ON)
			.param("codes", codes.stream().map(UnitCode::value).distinct().toArray(String[]::new))
			.param("date", date)
			.query(AdministrativeUnits::unit)
			.list()
			.forEach(unit -> found.putIfAbsent(unit.code(), unit));
		return found;
	}

	/** Every row of the code, oldest first: its names, kinds and parents over time. Empty when unknown. */
	public List<AdministrativeUnit> history(UnitCode code) {
		return jdbc.sql(SELECT + " WHERE u.code = :code ORDER BY u.valid_from")
			.param("code", code.value())
			.query(AdministrativeUnits::unit)
			.list();
	}

	/** The latest row of the code (the current one, or the last before it was closed). */
	public Optional<AdministrativeUnit> latest(UnitCode code) {
		List<AdministrativeUnit> rows = history(code);
		return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(rows.size() - 1));
	}

	/**
	 * The units valid on the date whose parent is {@code parentCode}, in official code order; the
	 * provinces when {@code parentCode} is null.
	 */
	public List<AdministrativeUnit> validOn(LocalDate date, UnitCode parentCode) {
		String where = parentCode == null ? " WHERE u.level = 'province' AND" : " WHERE u.parent_code = :parent AND";
		var spec = jdbc.sql(SELECT + where + VALID_ON + " ORDER BY u.code").param("date", date);
		if (parentCode != null) {
			spec = spec.param("parent", parentCode.value());
		}
		return spec.query(AdministrativeUnits::unit).list();
	}

	/** How many units valid on the date have this parent. */
	public int childrenCount(UnitCode parentCode, LocalDate date) {
		return jdbc.sql("SELECT count(*) FROM administrative_unit u WHERE u.parent_code = :parent AND" + VALID_ON)
			.param("parent", parentCode.value())
			.param("date", date)
			.query(Integer.class)
			.single();
	}

	/** The parent, grandparent … of the unit on the date, province first. Empty when the unit was not valid then. */
	public List<AdministrativeUnit> ancestors(UnitCode code, LocalDate date) {
		Deque<AdministrativeUnit> chain = new ArrayDeque<>();
		Optional<AdministrativeUnit> current = find(code, date);
		Set<UnitCode> seen = new HashSet<>();
		while (current.isPresent() && current.get().parentCode() != null && seen.add(current.get().parentCode())) {
			current = find(current.get().parentCode(), date);
			current.ifPresent(chain::addFirst);
		}
		return List.copyOf(chain);
	}

	/**
	 * The province with this code as it was on the date, with its districts and number of communes.
	 * When the code had been closed by then, the province that succeeded it, with
	 * {@link ProvinceView#successorOf()} set (06 on 2026-01-01 → 19 Thái Nguyên). Empty for a code
	 * that is not a province code or was never valid up to that date.
	 */
	public Optional<ProvinceView> provinceOn(UnitCode code, LocalDate date) {
		if (code.level() != UnitLevel.PROVINCE) {
			return Optional.empty();
		}
		Optional<AdministrativeUnit> province = find(code, date).or(() -> successorOn(code, date));
		return province.map(found -> {
			List<AdministrativeUnit> districts = validOn(date, found.code()).stream()
				.filter(unit -> unit.level() == UnitLevel.DISTRICT)
				.toList();
			int communes = jdbc.sql("SELECT count(*) FROM administrative_unit u WHERE u.province_code = :province AND u.level = 'commune' AND" + VALID_ON)
				.param("province", found.code().value())
				.param("date", date)
				.query(Integer.class)
				.single();
			return new ProvinceView(date, found, found.code().equals(code) ? null : code, districts, communes);
		});
	}

	/** Follows successions from a closed code to the unit of the same level valid on the date. */
	private Optional<AdministrativeUnit> successorOn(UnitCode code, LocalDate date) {
		Deque<UnitCode> todo = new ArrayDeque<>(List.of(code));
		Set<UnitCode> seen = new HashSet<>();
		while (!todo.isEmpty()) {
			UnitCode next = todo.removeFirst();
			if (!seen.add(next)) {
				continue;
			}
			for (UnitSuccession succession : successorsOf(next)) {
				if (succession.effectiveDate().isAfter(date) || succession.successor().level() != code.level()) {
					continue;
				}
				Optional<AdministrativeUnit> found = find(succession.successor(), date);
				if (found.isPresent()) {
					return found;
				}
				todo.addLast(succession.successor());
			}
		}
		return Optional.empty();
	}

	/** The units this unit went into, by effective date. */
	public List<UnitSuccession> successorsOf(UnitCode code) {
		return jdbc.sql("SELECT predecessor_code, successor_code, effective_date, coverage FROM unit_succession WHERE predecessor_code = :code ORDER BY effective_date, successor_code")
			.param("code", code.value())
			.query(AdministrativeUnits::succession)
			.list();
	}

	/** The units that went into this unit, by effective date. */
	public List<UnitSuccession> predecessorsOf(UnitCode code) {
		return jdbc.sql("SELECT predecessor_code, successor_code, effective_date, coverage FROM unit_succession WHERE successor_code = :code ORDER BY effective_date, predecessor_code")
			.param("code", code.value())
			.query(AdministrativeUnits::succession)
			.list();
	}

	/**
	 * Units valid on the date whose name contains the text, ignoring case and diacritics ("ba be"
	 * finds "Huyện Ba Bể"), or whose code starts with it. Best matches first (the whole name, then
	 * names starting with it, then words starting with it), provinces before districts before
	 * communes, then in Vietnamese name order.
	 */
	public List<AdministrativeUnit> search(String text, LocalDate date, int limit) {
		String query = VietnameseText.fold(text);
		if (query.isEmpty() || limit <= 0) {
			return List.of();
		}
		int max = Math.min(limit, MAX_SEARCH_RESULTS);
		String digits = query.replace(" ", "");
		boolean byCode = digits.chars().allMatch(Character::isDigit) && digits.length() <= 5;
		Map<UnitCode, Integer> ranks = new HashMap<>();
		List<AdministrativeUnit> found = jdbc.sql("""
				SELECT * FROM (
				  SELECT x.*, CASE
				      WHEN x.code = :code OR x.search_name = :q OR x.search_name ~ ('^' || :kinds || ' ' || :q || '$') THEN 0
				      WHEN x.search_name LIKE :q || '%' OR x.search_name ~ ('^' || :kinds || ' ' || :q) OR x.code LIKE :code || '%' THEN 1
				      WHEN (' ' || x.search_name) LIKE '% ' || :q || '%' THEN 2
				      ELSE 3 END AS rank
				  FROM (""" + SELECT.replace("SELECT u.code,", "SELECT u.search_name, u.code,") + """
				        WHERE""" + VALID_ON + """
				          AND (u.search_name LIKE '%' || :q || '%' OR (:byCode AND u.code LIKE :code || '%'))) x
				) ranked
				ORDER BY rank, length(code), search_name, code
				LIMIT :limit
				""")
			.param("q", query)
			.param("kinds", KIND_WORDS)
			.param("code", byCode ? digits : "-")
			.param("byCode", byCode)
			.param("date", date)
			.param("limit", max)
			.query((rs, n) -> {
				AdministrativeUnit unit = unit(rs, n);
				ranks.put(unit.code(), rs.getInt("rank"));
				return unit;
			})
			.list();
		List<AdministrativeUnit> sorted = new ArrayList<>(found);
		sorted.sort(Comparator.<AdministrativeUnit>comparingInt(unit -> ranks.get(unit.code()))
			.thenComparing(AdministrativeUnit::level)
			.thenComparing(AdministrativeUnit.BY_NAME));
		return List.copyOf(sorted);
	}

	/** For each province valid on the date: how many districts and communes lie in it. */
	public Map<UnitCode, UnitCounts> countsByProvince(LocalDate date) {
		Map<UnitCode, int[]> counts = new HashMap<>();
		jdbc.sql("SELECT u.province_code, u.level, count(*) FROM administrative_unit u WHERE u.level <> 'province' AND" + VALID_ON
				+ " GROUP BY u.province_code, u.level")
			.param("date", date)
			.query(rs -> {
				int[] pair = counts.computeIfAbsent(UnitCode.of(rs.getString(1)), code -> new int[2]);
				pair["district".equals(rs.getString(2)) ? 0 : 1] = rs.getInt(3);
			});
		Map<UnitCode, UnitCounts> result = new HashMap<>();
		counts.forEach((code, pair) -> result.put(code, new UnitCounts(pair[0], pair[1])));
		return result;
	}

	/**
	 * Server-side check of a unit code typed into a form (the picker without JavaScript): rejects
	 * the field with {@code units.picker.error.format} or {@code units.picker.error.unknown}.
	 *
	 * @return the unit when the code is valid on the date
	 */
	public Optional<AdministrativeUnit> validateCode(Errors errors, String field, String value, LocalDate date) {
		String code = value == null ? "" : value.strip();
		if (!UnitCode.isValid(code)) {
			errors.rejectValue(field, "units.picker.error.format", new Object[] { code }, "units.picker.error.format");
			return Optional.empty();
		}
		Optional<AdministrativeUnit> unit = find(UnitCode.of(code), date);
		if (unit.isEmpty()) {
			errors.rejectValue(field, "units.picker.error.unknown", new Object[] { code }, "units.picker.error.unknown");
		}
		return unit;
	}

	// ---------------------------------------------------------------------------------------------
	// UnitHierarchy (identity's scope checks)

	@Override
	public boolean exists(String unitCode) {
		if (!UnitCode.isValid(unitCode)) {
			return false;
		}
		return jdbc.sql("SELECT EXISTS (SELECT 1 FROM administrative_unit WHERE code = :code)")
			.param("code", unitCode)
			.query(Boolean.class)
			.single();
	}

	@Override
	public boolean contains(String ancestorCode, String unitCode) {
		if (!UnitCode.isValid(ancestorCode) || !UnitCode.isValid(unitCode)) {
			return false;
		}
		return ancestorCode.equals(unitCode) || containersOf(unitCode).contains(ancestorCode);
	}

	@Override
	public Optional<String> nameOf(String unitCode) {
		if (!UnitCode.isValid(unitCode)) {
			return Optional.empty();
		}
		return latest(UnitCode.of(unitCode)).map(AdministrativeUnit::name);
	}

	@Override
	public List<String> territorialCodesValidOn(LocalDate date) {
		return jdbc.sql("SELECT u.code FROM administrative_unit u WHERE" + VALID_ON + " ORDER BY length(u.code), u.code")
			.param("date", date)
			.query(String.class)
			.list();
	}

	/**
	 * Every code the unit lies inside (see the class comment), the unit itself included. Two walks
	 * up that are not mixed: parents plus "successor lies inside its predecessor's containers"
	 * (commune successors only), and parents plus "whole predecessor lies inside its successor".
	 */
	Set<String> containersOf(String unitCode) {
		List<String> codes = jdbc.sql("""
				WITH RECURSIVE up(code, mode) AS (
				    VALUES (CAST(:unit AS varchar), 'successor'), (CAST(:unit AS varchar), 'whole')
				  UNION
				    SELECT edge.container, up.mode
				    FROM up
				    JOIN LATERAL (
				        SELECT u.parent_code AS container FROM administrative_unit u
				        WHERE u.code = up.code AND u.parent_code IS NOT NULL
				      UNION ALL
				        SELECT s.predecessor_code FROM unit_succession s
				        WHERE up.mode = 'successor' AND s.successor_code = up.code AND length(s.successor_code) = 5
				          AND s.predecessor_code <> s.successor_code
				      UNION ALL
				        SELECT s.successor_code FROM unit_succession s
				        WHERE up.mode = 'whole' AND s.predecessor_code = up.code AND s.coverage = 'full'
				          AND s.predecessor_code <> s.successor_code
				    ) edge ON true
				)
				SELECT DISTINCT code FROM up
				""")
			.param("unit", unitCode)
			.query(String.class)
			.list();
		return new LinkedHashSet<>(codes);
	}

	// ---------------------------------------------------------------------------------------------

	private static AdministrativeUnit unit(ResultSet rs, int row) throws SQLException {
		String parent = rs.getString("parent_code");
		String kind = rs.getString("kind");
		return new AdministrativeUnit(UnitCode.of(rs.getString("code")), rs.getString("name"),
				UnitLevel.fromValue(rs.getString("level")).orElseThrow(),
				kind == null ? null : UnitKind.fromWord(kind).orElse(null),
				parent == null ? null : UnitCode.of(parent), UnitCode.of(rs.getString("province_code")),
				rs.getObject("valid_from", LocalDate.class), rs.getObject("valid_to", LocalDate.class),
				rs.getString("unit_set"), rs.getString("legal_basis"));
	}

	private static UnitSuccession succession(ResultSet rs, int row) throws SQLException {
		return new UnitSuccession(UnitCode.of(rs.getString(1)), UnitCode.of(rs.getString(2)),
				rs.getObject(3, LocalDate.class), Coverage.valueOf(rs.getString(4).toUpperCase(java.util.Locale.ROOT)));
	}

}
