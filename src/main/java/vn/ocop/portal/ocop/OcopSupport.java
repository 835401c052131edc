package vn.ocop.portal.ocop;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.ocop.portal.units.AdministrativeUnit;
import vn.ocop.portal.units.AdministrativeUnits;
import vn.ocop.portal.units.UnitCode;

/**
 * OCOP support work as reports read it (bean {@code ocopSupport}): counts of support records per
 * kind, unit and year, never the records themselves, so it applies no data scope (the caller
 * decides who may see which unit's figures).
 * <p>
 * A record lies in unit U on a date when its subject's unit was U or lay in U on that date (the
 * units module's parents on the date): a 2022 report of province 06 by district uses the districts
 * valid on 31/12/2022, even after the 2025 reform. A subject whose unit was not valid on that date
 * (a commune created later) is placed by the units stored with it when it was recorded.
 */
@Service("ocopSupport")
@Transactional(readOnly = true)
public class OcopSupport {

	private final SupportStore store;

	private final AdministrativeUnits units;

	OcopSupport(SupportStore store, AdministrativeUnits units) {
		this.store = store;
		this.units = units;
	}

	/**
	 * The support records of {@code year} in each of the units, per kind, with the subjects placed
	 * in the units where they lay on {@code placeDate}. Every unit and kind has an entry, zero when
	 * nothing lies there; in the order the units were given. One aggregate query for all units.
	 */
	public List<SupportCount> counts(Collection<String> unitCodes, LocalDate placeDate, int year) {
		Set<String> wanted = new LinkedHashSet<>(unitCodes);
		List<SupportStore.UnitCount> rows = store.countsByUnit(year);
		Map<String, Set<String>> containers = containersOn(rows, placeDate);
		Map<String, Map<SupportKind, Long>> totals = new HashMap<>();
		for (SupportStore.UnitCount row : rows) {
			Set<String> in = containers.getOrDefault(row.unitCode(), Set.of());
			if (in.isEmpty()) {
				in = new LinkedHashSet<>(row.areaCodes());
			}
			for (String container : in) {
				if (wanted.contains(container)) {
					totals.computeIfAbsent(container, code -> new HashMap<>()).merge(row.kind(), row.count(), Long::sum);
				}
			}
		}
		List<SupportCount> counts = new ArrayList<>();
		for (String unit : wanted) {
			Map<SupportKind, Long> of = totals.getOrDefault(unit, Map.of());
			for (SupportKind kind : SupportKind.values()) {
				counts.add(new SupportCount(unit, kind, of.getOrDefault(kind, 0L)));
			}
		}
		return counts;
	}

	/**
	 * For each distinct unit code of the rows that was valid on the date: the unit and its parents
	 * then. One query per level (commune, district, province), whatever the number of codes.
	 */
	private Map<String, Set<String>> containersOn(List<SupportStore.UnitCount> rows, LocalDate date) {
		Map<String, Set<String>> containers = new HashMap<>();
		Map<String, String> current = new HashMap<>();
		for (SupportStore.UnitCount row : rows) {
			if (UnitCode.isValid(row.unitCode())) {
				current.put(row.unitCode(), row.unitCode());
			}
		}
		boolean first = true;
		for (int level = 0; level < 5 && !current.isEmpty(); level++) {
			Map<UnitCode, AdministrativeUnit> found = units.findAll(current.values().stream().distinct().map(UnitCode::of).toList(), date);
			Map<String, String> next = new HashMap<>();
			for (Map.Entry<String, String> entry : current.entrySet()) {
				AdministrativeUnit unit = found.get(UnitCode.of(entry.getValue()));
				if (unit == null) {
					continue;
				}
				if (first || containers.containsKey(entry.getKey())) {
					containers.computeIfAbsent(entry.getKey(), code -> new LinkedHashSet<>()).add(unit.code().value());
				}
				if (unit.parentCode() != null && !containers.get(entry.getKey()).contains(unit.parentCode().value())) {
					next.put(entry.getKey(), unit.parentCode().value());
				}
			}
			current = next;
			first = false;
		}
		return containers;
	}

}
