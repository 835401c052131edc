package vn.ocop.portal.registry;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The registry's statistics read face (bean {@code registryStatistics}): aggregate figures of
 * organisations per administrative unit, on a date and for a reporting year, counted in SQL. Used
 * by reports and public statistics; it returns counts and sums only, never organisations, so it is
 * not limited to a user's data scope (callers decide who may see which unit's figures).
 * <p>
 * An organisation lies in unit U on date D when a non-lineage row of {@code registry_unit_area}
 * says its registered unit lay in U on D (docs/registry.md, "Units at a date"): a 2022 report of
 * province 06 by district uses the districts valid on 31/12/2022, even after the 2025 reform.
 */
@Component("registryStatistics")
@Transactional(readOnly = true)
public class RegistryStatistics {

	/*
	 * One pass over the organisations of the units for several dates (docs/benchmarks.md, "Year-end
	 * report"): the units' areas are joined with the wanted codes (a hash join, not a 3,000-element
	 * ANY tested on every row), each organisation is looked at once per date however many of the
	 * wanted units contain it (its status on each date from the status period in force then, kept
	 * by V34's triggers: no sort of the status changes per date; its annual update of each date's
	 * year by a join), counted per registered unit and date, and only those counts are added up per
	 * wanted unit. The organisations, areas and status periods are read once for all the dates (a
	 * report asks for this year, last year and three earlier years, all on this year's units).
	 * The codes and dates come without repeats (Java removes them), so that the planner's estimate
	 * of the wanted units is their number (a DISTINCT over them is estimated at 200 rows).
	 */
	private static final String FIGURES = """
			WITH period AS MATERIALIZED (
			  SELECT d.on_date, CAST(extract(year FROM d.on_date) AS integer) AS year,
			         make_date(CAST(extract(year FROM d.on_date) AS integer), 1, 1) AS year_start
			  FROM unnest(CAST(:dates AS date[])) AS d(on_date)
			),
			place AS MATERIALIZED (
			  SELECT a.unit_code, a.container_code
			  FROM registry_unit_area a
			  JOIN unnest(CAST(:units AS varchar[])) AS wanted(code) ON wanted.code = a.container_code
			  WHERE NOT a.lineage
			    AND a.valid_from <= :placeDate AND (a.valid_to IS NULL OR a.valid_to >= :placeDate)
			),
			org AS MATERIALIZED (
			  SELECT o.id, o.kind, o.unit_code, o.registration_date
			  FROM registry_organisation o
			  WHERE o.unit_code IN (SELECT p.unit_code FROM place p) AND o.registration_date <= :lastDate
			),
			dissolved AS (
			  SELECT DISTINCT s.organisation_id, p.on_date
			  FROM registry_status_change s
			  JOIN period p ON s.effective_date BETWEEN p.year_start AND p.on_date
			  WHERE s.transition = 'DISSOLVED'
			),
			membership AS (
			  SELECT p.on_date, um.union_id, count(*) AS members
			  FROM registry_union_membership um
			  JOIN period p ON um.joined_on <= p.on_date AND (um.left_on IS NULL OR um.left_on >= p.on_date)
			  GROUP BY p.on_date, um.union_id
			),
			by_unit AS (
			  SELECT p.on_date, org.unit_code, org.kind,
			         count(*) FILTER (WHERE st.status = 'OPERATING') AS operating,
			         count(*) FILTER (WHERE org.registration_date >= p.year_start) AS registered,
			         count(d.organisation_id) AS dissolved,
			         sum(CASE WHEN org.kind = 'LHHTX' THEN m.members
			             ELSE u.official_members + u.capital_associates + u.non_capital_associates END)
			             FILTER (WHERE st.status = 'OPERATING') AS members,
			         count(u.organisation_id) FILTER (WHERE st.status = 'OPERATING') AS reporting,
			         sum(u.workers) FILTER (WHERE st.status = 'OPERATING') AS workers,
			         sum(u.revenue) FILTER (WHERE st.status = 'OPERATING') AS revenue,
			         sum(u.average_income) FILTER (WHERE st.status = 'OPERATING') AS average_income
			  FROM org
			  JOIN period p ON org.registration_date <= p.on_date
			  LEFT JOIN registry_status_period st ON st.organisation_id = org.id
			       AND st.valid_from <= p.on_date AND (st.valid_until IS NULL OR st.valid_until > p.on_date)
			  LEFT JOIN dissolved d ON d.organisation_id = org.id AND d.on_date = p.on_date
			  LEFT JOIN registry_annual_update u ON u.organisation_id = org.id AND u.year = p.year AND u.status <> 'RETURNED'
			  LEFT JOIN membership m ON m.union_id = org.id AND m.on_date = p.on_date AND org.kind = 'LHHTX'
			  GROUP BY p.on_date, org.unit_code, org.kind
			)
			SELECT b.on_date, p.container_code AS unit, b.kind,
			       sum(b.operating) AS operating, sum(b.registered) AS registered, sum(b.dissolved) AS dissolved,
			       coalesce(sum(b.members), 0) AS members, sum(b.reporting) AS reporting, coalesce(sum(b.workers), 0) AS workers,
			       coalesce(sum(b.revenue), 0) AS revenue, coalesce(sum(b.average_income), 0) AS average_income
			FROM by_unit b JOIN place p ON p.unit_code = b.unit_code
			GROUP BY b.on_date, p.container_code, b.kind""";

	private final JdbcClient jdbc;

	RegistryStatistics(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The figures of every kind in each of the units on each of the {@code dates}, for the
	 * reporting year the date lies in (a date is normally 31 December of its year, or today for the
	 * current year), with the organisations placed in the units by where they lie on
	 * {@code placeDate} and counted by their status on each date: last year's figures on this
	 * year's units (a commune created in 2025 has its predecessors' organisations of 2024), so that
	 * a change against last year compares like with like. One query for all units and dates: a
	 * province and its districts are asked for together, and the organisations are read once, not
	 * once per date. Every date, unit and kind has an entry, zero when nothing lies there; in the
	 * order the dates and units were given.
	 */
	public Map<LocalDate, List<UnitKindFigures>> figures(Collection<String> unitCodes, LocalDate placeDate,
			Collection<LocalDate> dates) {
		Map<String, UnitKindFigures> found = new HashMap<>();
		if (!unitCodes.isEmpty() && !dates.isEmpty()) {
			// Planned for the codes given, never with a cached generic plan: that one estimates 10
			// wanted units whether they are a commune or the 3,355 units of the country, and its
			// nested loops took 90 s of CPU for the country instead of 2 s (docs/benchmarks.md).
			jdbc.sql("SET LOCAL plan_cache_mode = force_custom_plan").update();
			jdbc.sql(FIGURES)
				.param("units", new LinkedHashSet<>(unitCodes).toArray(String[]::new))
				.param("placeDate", placeDate)
				.param("dates", new LinkedHashSet<>(dates).stream().map(LocalDate::toString).toArray(String[]::new))
				.param("lastDate", dates.stream().max(Comparator.naturalOrder()).orElseThrow())
				.query(rs -> {
					UnitKindFigures figures = new UnitKindFigures(rs.getString("unit"),
							OrganisationKind.valueOf(rs.getString("kind")), rs.getLong("operating"), rs.getLong("registered"),
							rs.getLong("dissolved"), rs.getLong("members"), rs.getLong("reporting"), rs.getLong("workers"),
							rs.getBigDecimal("revenue"), rs.getBigDecimal("average_income"));
					found.put(key(rs.getObject("on_date", LocalDate.class), figures.unitCode(), figures.kind()), figures);
				});
		}
		Map<LocalDate, List<UnitKindFigures>> all = new LinkedHashMap<>();
		for (LocalDate date : dates) {
			List<UnitKindFigures> onDate = new ArrayList<>();
			for (String unit : unitCodes) {
				for (OrganisationKind kind : OrganisationKind.values()) {
					onDate.add(found.getOrDefault(key(date, unit, kind), UnitKindFigures.none(unit, kind)));
				}
			}
			all.put(date, onDate);
		}
		return all;
	}

	private static String key(LocalDate date, String unit, OrganisationKind kind) {
		return date + "/" + unit + "/" + kind;
	}

	/** The years with at least one annual update, with how many updates each has, oldest first. */
	public Map<Integer, Long> reportedYears() {
		Map<Integer, Long> years = new LinkedHashMap<>();
		jdbc.sql("SELECT year, count(*) FROM registry_annual_update WHERE status <> 'RETURNED' GROUP BY year ORDER BY year")
			.query(rs -> {
				years.put(rs.getInt(1), rs.getLong(2));
			});
		return years;
	}

}
