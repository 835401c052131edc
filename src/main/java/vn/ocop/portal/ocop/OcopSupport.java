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
		Map<String, Map<SupportKind, Long>> totals = new HashMap<>();
		Map<String, Set<String>> containers = new HashMap<>();
		for (SupportStore.UnitCount row : store.countsByUnit(year)) {
			Set<String> in = containers.computeIfAbsent(row.unitCode(), code -> containersOn(code, row.areaCodes(), placeDate));
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

	private Set<String> containersOn(String unitCode, List<String> stored, LocalDate date) {
		if (!UnitCode.isValid(unitCode) || units.find(UnitCode.of(unitCode), date).isEmpty()) {
			return new LinkedHashSet<>(stored);
		}
		Set<String> in = new LinkedHashSet<>();
		in.add(unitCode);
		for (AdministrativeUnit parent : units.ancestors(UnitCode.of(unitCode), date)) {
			in.add(parent.code().value());
		}
		return in;
	}

}
