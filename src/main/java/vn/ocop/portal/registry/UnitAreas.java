package vn.ocop.portal.registry;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.ocop.portal.units.AdministrativeUnit;
import vn.ocop.portal.units.AdministrativeUnits;
import vn.ocop.portal.units.UnitCode;
import vn.ocop.portal.units.UnitSuccession;

/**
 * Which administrative units an organisation's unit lies in, and when: the unit itself, its
 * parents, and across the 2025 reform the units that took over its territory. An organisation
 * registered in 2022 in commune 01888 of district 061 (province 06) lies in 01888, 061 and 06
 * until 30/6/2025 and, from 1/7/2025, in the commune that 01888 went into and in province 19.
 * <p>
 * The rules are those of {@link AdministrativeUnits#contains} (docs/units.md), with dates:
 * <ul>
 * <li><b>whole territory</b> – a unit lies in its parents while they are its parents, and from a
 * succession on in the unit its whole territory went into ({@code full});</li>
 * <li><b>successor</b> – a commune lies, before a succession, in the units its predecessors lay
 * in (any coverage).</li>
 * </ul>
 * The rows are computed through the units module's public API the first time an organisation uses
 * a unit code, and kept in {@code registry_unit_area}, so that list filters and data scopes are
 * plain SQL joins. The two walks are never mixed, as in the units module.
 */
@Component
class UnitAreas {

	/**
	 * One row: {@code unitCode} lies in {@code containerCode} from {@code from} to {@code to}
	 * (inclusive, null: open). A lineage row says that a new commune's territory lay in the
	 * container before the commune existed: it counts for data scopes, not on dates.
	 */
	record Area(String unitCode, String containerCode, LocalDate from, LocalDate to, boolean lineage) {

		boolean validOn(LocalDate date) {
			return !date.isBefore(from) && (to == null || !date.isAfter(to));
		}

	}

	private final AdministrativeUnits units;

	private final JdbcClient jdbc;

	private final Clock clock;

	UnitAreas(AdministrativeUnits units, JdbcClient jdbc, Clock clock) {
		this.units = units;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Computes and stores the areas of the codes not stored yet; returns how many codes were computed. */
	@Transactional
	int ensure(Collection<String> unitCodes) {
		Set<String> wanted = new LinkedHashSet<>(unitCodes);
		if (wanted.isEmpty()) {
			return 0;
		}
		List<String> known = jdbc.sql("SELECT unit_code FROM registry_unit WHERE unit_code = ANY(:codes)")
			.param("codes", wanted.toArray(String[]::new))
			.query(String.class)
			.list();
		wanted.removeAll(known);
		if (wanted.isEmpty()) {
			return 0;
		}
		Walk walk = new Walk(units);
		List<Area> areas = new ArrayList<>();
		for (String code : wanted) {
			areas.addAll(walk.areasOf(code));
		}
		jdbc.sql("""
				INSERT INTO registry_unit_area (unit_code, container_code, valid_from, valid_to, lineage)
				SELECT * FROM unnest(:units::varchar[], :containers::varchar[], :froms::date[], :tos::date[], :lineages::boolean[])
				ON CONFLICT DO NOTHING""")
			.param("units", areas.stream().map(Area::unitCode).toArray(String[]::new))
			.param("containers", areas.stream().map(Area::containerCode).toArray(String[]::new))
			.param("froms", areas.stream().map(area -> area.from().toString()).toArray(String[]::new))
			.param("tos", areas.stream().map(area -> area.to() == null ? null : area.to().toString()).toArray(String[]::new))
			.param("lineages", areas.stream().map(Area::lineage).toArray(Boolean[]::new))
			.update();
		jdbc.sql("""
				INSERT INTO registry_unit (unit_code, computed_at)
				SELECT code, :now FROM unnest(:codes::varchar[]) AS code ON CONFLICT DO NOTHING""")
			.param("codes", wanted.toArray(String[]::new))
			.param("now", OrganisationStore.timestamp(clock.instant()))
			.update();
		return wanted.size();
	}

	/** The stored areas of one unit code (empty before {@link #ensure}). */
	@Transactional(readOnly = true)
	List<Area> of(String unitCode) {
		return jdbc.sql("SELECT unit_code, container_code, valid_from, valid_to, lineage FROM registry_unit_area"
				+ " WHERE unit_code = :code ORDER BY lineage, valid_from, length(container_code), container_code")
			.param("code", unitCode)
			.query((rs, n) -> new Area(rs.getString(1), rs.getString(2), rs.getObject(3, LocalDate.class),
					rs.getObject(4, LocalDate.class), rs.getBoolean(5)))
			.list();
	}

	/**
	 * The finest unit the code lies in on the date (itself while it is valid; after a merge the
	 * unit that took it over; after a split only the province), with its name on that date.
	 */
	@Transactional(readOnly = true)
	Optional<AdministrativeUnit> unitOn(String unitCode, LocalDate date) {
		return Optional.ofNullable(unitsOn(List.of(unitCode), date).get(unitCode));
	}

	/**
	 * {@link #unitOn} for many codes at once, by code (codes with no unit on the date are left
	 * out): one query on the stored areas, one on the units module, whatever the number of codes.
	 */
	@Transactional(readOnly = true)
	Map<String, AdministrativeUnit> unitsOn(Collection<String> unitCodes, LocalDate date) {
		if (unitCodes.isEmpty()) {
			return Map.of();
		}
		Map<String, String> finest = new HashMap<>();
		jdbc.sql("SELECT DISTINCT ON (unit_code) unit_code, container_code FROM registry_unit_area"
				+ " WHERE unit_code = ANY(:codes) AND NOT lineage AND valid_from <= :date AND (valid_to IS NULL OR valid_to >= :date)"
				+ " ORDER BY unit_code, length(container_code) DESC, valid_from, container_code")
			.param("codes", unitCodes.stream().distinct().toArray(String[]::new))
			.param("date", date)
			.query(rs -> {
				finest.put(rs.getString(1), rs.getString(2));
			});
		Map<UnitCode, AdministrativeUnit> found = units.findAll(
				finest.values().stream().filter(UnitCode::isValid).map(UnitCode::of).collect(Collectors.toSet()), date);
		Map<String, AdministrativeUnit> result = new HashMap<>();
		finest.forEach((code, container) -> {
			AdministrativeUnit unit = UnitCode.isValid(container) ? found.get(UnitCode.of(container)) : null;
			if (unit != null) {
				result.put(code, unit);
			}
		});
		return result;
	}

	/**
	 * The walks of one computation, with the units module's answers remembered: the parents of a
	 * district or province are asked for once for all its communes.
	 */
	static final class Walk {

		private static final LocalDate OPEN = LocalDate.MAX;

		private final AdministrativeUnits units;

		private final Map<String, List<AdministrativeUnit>> histories = new HashMap<>();

		private final Map<String, List<UnitSuccession>> successors = new HashMap<>();

		private final Map<String, List<UnitSuccession>> predecessors = new HashMap<>();

		Walk(AdministrativeUnits units) {
			this.units = units;
		}

		private record Step(String code, LocalDate from, LocalDate to) {
		}

		/** Every area of the code: both walks, each row clipped to the validity of its container. */
		List<Area> areasOf(String unitCode) {
			Set<Area> found = new LinkedHashSet<>();
			walk(unitCode, false, found);
			if (unitCode.length() == 5) {
				walk(unitCode, true, found);
			}
			return List.copyOf(found);
		}

		private void walk(String start, boolean successorRule, Set<Area> found) {
			Deque<Step> todo = new ArrayDeque<>();
			Set<Step> seen = new HashSet<>();
			todo.add(new Step(start, LocalDate.MIN, OPEN));
			while (!todo.isEmpty()) {
				Step step = todo.removeFirst();
				if (!seen.add(step)) {
					continue;
				}
				List<AdministrativeUnit> rows = history(step.code());
				if (rows.isEmpty()) {
					continue;
				}
				LocalDate validFrom = rows.get(0).validFrom();
				LocalDate validTo = rows.stream().anyMatch(row -> row.validTo() == null) ? OPEN
						: rows.stream().map(AdministrativeUnit::validTo).max(LocalDate::compareTo).orElse(OPEN);
				LocalDate from = later(step.from(), validFrom);
				LocalDate to = earlier(step.to(), validTo);
				if (from.isAfter(to)) {
					continue;
				}
				found.add(new Area(start, step.code(), from, to.equals(OPEN) ? null : to, successorRule));
				for (AdministrativeUnit row : rows) {
					LocalDate rowTo = row.validTo() == null ? OPEN : row.validTo();
					LocalDate parentFrom = later(from, row.validFrom());
					LocalDate parentTo = earlier(to, rowTo);
					if (row.parentCode() != null && !parentFrom.isAfter(parentTo)) {
						todo.add(new Step(row.parentCode().value(), parentFrom, parentTo));
					}
				}
				if (!successorRule) {
					for (UnitSuccession succession : successors(step.code())) {
						boolean continues = to.equals(OPEN) || !to.isBefore(succession.effectiveDate().minusDays(1));
						// a unit that kept its code succeeded itself: it goes on from the succession
						if (succession.coverage() == UnitSuccession.Coverage.FULL && continues) {
							todo.add(new Step(succession.successor().value(), succession.effectiveDate(), OPEN));
						}
					}
				}
				else if (step.code().length() == 5) {
					for (UnitSuccession succession : predecessors(step.code())) {
						if (!succession.predecessor().value().equals(step.code())) {
							todo.add(new Step(succession.predecessor().value(), LocalDate.MIN,
									succession.effectiveDate().minusDays(1)));
						}
					}
				}
			}
		}

		private List<AdministrativeUnit> history(String code) {
			return histories.computeIfAbsent(code, key -> UnitCode.isValid(key) ? units.history(UnitCode.of(key)) : List.of());
		}

		private List<UnitSuccession> successors(String code) {
			return successors.computeIfAbsent(code, key -> units.successorsOf(UnitCode.of(key)));
		}

		private List<UnitSuccession> predecessors(String code) {
			return predecessors.computeIfAbsent(code, key -> units.predecessorsOf(UnitCode.of(key)));
		}

		private static LocalDate later(LocalDate a, LocalDate b) {
			return a.isAfter(b) ? a : b;
		}

		private static LocalDate earlier(LocalDate a, LocalDate b) {
			return a.isBefore(b) ? a : b;
		}

	}

}
