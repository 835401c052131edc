package vn.ocop.portal.registry;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
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
	 * One pass over the organisations of the units (docs/benchmarks.md, "Year-end report"): the
	 * units' areas are joined with the wanted codes (a hash join, not a 3,000-element ANY tested on
	 * every row), each organisation is looked at once however many of the wanted units contain it
	 * (its status on the date from one sorted pass over its status changes, its annual update by a
	 * join: set-based, no query per organisation), counted per registered unit, and only those counts
	 * are added up per wanted unit.
	 */
	private static final String FIGURES = """
			WITH place AS MATERIALIZED (
			  SELECT a.unit_code, a.container_code
			  FROM registry_unit_area a
			  JOIN (SELECT DISTINCT w.code FROM unnest(CAST(:units AS varchar[])) AS w(code)) wanted ON wanted.code = a.container_code
			  WHERE NOT a.lineage
			    AND a.valid_from <= :placeDate AND (a.valid_to IS NULL OR a.valid_to >= :placeDate)
			),
			org AS MATERIALIZED (
			  SELECT o.id, o.kind, o.unit_code, o.registration_date >= :yearStart AS registered_in_year
			  FROM registry_organisation o
			  WHERE o.unit_code IN (SELECT p.unit_code FROM place p) AND o.registration_date <= :date
			),
			dissolved AS (
			  SELECT DISTINCT s.organisation_id
			  FROM registry_status_change s
			  WHERE s.transition = 'DISSOLVED' AND s.effective_date BETWEEN :yearStart AND :date
			),
			membership AS (
			  SELECT um.union_id, count(*) AS members
			  FROM registry_union_membership um
			  WHERE um.joined_on <= :date AND (um.left_on IS NULL OR um.left_on >= :date)
			  GROUP BY um.union_id
			),
			by_unit AS (
			  SELECT org.unit_code, org.kind,
			         count(*) FILTER (WHERE st.status = 'OPERATING') AS operating,
			         count(*) FILTER (WHERE org.registered_in_year) AS registered,
			         count(d.organisation_id) AS dissolved,
			         sum(CASE WHEN org.kind = 'LHHTX' THEN m.members
			             ELSE u.official_members + u.capital_associates + u.non_capital_associates END)
			             FILTER (WHERE st.status = 'OPERATING') AS members,
			         count(u.organisation_id) FILTER (WHERE st.status = 'OPERATING') AS reporting,
			         sum(u.workers) FILTER (WHERE st.status = 'OPERATING') AS workers,
			         sum(u.revenue) FILTER (WHERE st.status = 'OPERATING') AS revenue,
			         sum(u.average_income) FILTER (WHERE st.status = 'OPERATING') AS average_income
			  FROM org
			  LEFT JOIN (SELECT DISTINCT ON (s.organisation_id) s.organisation_id, s.status
			             FROM registry_status_change s
			             WHERE s.organisation_id IN (SELECT org.id FROM org) AND s.effective_date <= :date
			             ORDER BY s.organisation_id, s.effective_date DESC, s.seq DESC) st ON st.organisation_id = org.id
			  LEFT JOIN dissolved d ON d.organisation_id = org.id
			  LEFT JOIN registry_annual_update u ON u.organisation_id = org.id AND u.year = :year AND u.status <> 'RETURNED'
			  LEFT JOIN membership m ON m.union_id = org.id AND org.kind = 'LHHTX'
			  GROUP BY org.unit_code, org.kind
			)
			SELECT p.container_code AS unit, b.kind,
			       sum(b.operating) AS operating, sum(b.registered) AS registered, sum(b.dissolved) AS dissolved,
			       coalesce(sum(b.members), 0) AS members, sum(b.reporting) AS reporting, coalesce(sum(b.workers), 0) AS workers,
			       coalesce(sum(b.revenue), 0) AS revenue, coalesce(sum(b.average_income), 0) AS average_income
			FROM by_unit b JOIN place p ON p.unit_code = b.unit_code
			GROUP BY p.container_code, b.kind""";

	private final JdbcClient jdbc;

	RegistryStatistics(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The figures of every kind in each of the units, on {@code date} for the reporting year
	 * {@code year} (the date is normally 31 December of the year, or today for the current year).
	 * One query for all units: a province and its districts are asked for together. Every unit and
	 * kind has an entry, zero when nothing lies there; in the order the units were given.
	 */
	public List<UnitKindFigures> figures(Collection<String> unitCodes, LocalDate date, int year) {
		return figures(unitCodes, date, date, year);
	}

	/**
	 * As {@link #figures(Collection, LocalDate, int)}, with the organisations placed in the units
	 * by where they lie on {@code placeDate} and counted by their status on {@code date}: last
	 * year's figures on this year's units (a commune created in 2025 has its predecessors'
	 * organisations of 2024), so that a change against last year compares like with like.
	 */
	public List<UnitKindFigures> figures(Collection<String> unitCodes, LocalDate placeDate, LocalDate date, int year) {
		Map<String, UnitKindFigures> found = new LinkedHashMap<>();
		if (!unitCodes.isEmpty()) {
			jdbc.sql(FIGURES)
				.param("units", unitCodes.toArray(String[]::new))
				.param("placeDate", placeDate)
				.param("date", date)
				.param("yearStart", LocalDate.of(year, 1, 1))
				.param("year", year)
				.query((rs, n) -> new UnitKindFigures(rs.getString("unit"), OrganisationKind.valueOf(rs.getString("kind")),
						rs.getLong("operating"), rs.getLong("registered"), rs.getLong("dissolved"), rs.getLong("members"),
						rs.getLong("reporting"), rs.getLong("workers"), rs.getBigDecimal("revenue"),
						rs.getBigDecimal("average_income")))
				.list()
				.forEach(figures -> found.put(figures.unitCode() + "/" + figures.kind(), figures));
		}
		List<UnitKindFigures> all = new ArrayList<>();
		for (String unit : unitCodes) {
			for (OrganisationKind kind : OrganisationKind.values()) {
				all.add(found.getOrDefault(unit + "/" + kind, UnitKindFigures.none(unit, kind)));
			}
		}
		return all;
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
