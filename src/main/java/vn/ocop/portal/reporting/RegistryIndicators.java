package vn.ocop.portal.reporting;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import vn.ocop.portal.registry.OrganisationKind;
import vn.ocop.portal.registry.RegistryStatistics;
import vn.ocop.portal.registry.UnitKindFigures;

/**
 * The collective-economy indicators, measured through the registry's statistics face
 * ({@link RegistryStatistics}): cooperative groups, cooperatives and unions operating, their
 * members, new and dissolved ones, workers, average revenue and income of cooperatives, and the
 * changes and plan shares derived from them.
 */
@Component
@Order(100)
class RegistryIndicators implements IndicatorFamily {

	static final List<Indicator> INDICATORS = List.of(
			Indicator.measured("THT_ACTIVE", IndicatorUnit.ORGANISATIONS, 100),
			Indicator.measured("THT_MEMBERS", IndicatorUnit.PERSONS, 110),
			Indicator.change("THT_CHANGE", "THT_ACTIVE", IndicatorUnit.ORGANISATIONS, 120),
			Indicator.planShare("THT_PLAN_PERCENT", "THT_ACTIVE", 130),
			Indicator.measured("THT_NEW", IndicatorUnit.ORGANISATIONS, 140),
			Indicator.measured("THT_DISSOLVED", IndicatorUnit.ORGANISATIONS, 150),
			Indicator.measured("HTX_ACTIVE", IndicatorUnit.ORGANISATIONS, 200),
			Indicator.measured("HTX_MEMBERS", IndicatorUnit.PERSONS, 210),
			Indicator.change("HTX_CHANGE", "HTX_ACTIVE", IndicatorUnit.ORGANISATIONS, 220),
			Indicator.planShare("HTX_PLAN_PERCENT", "HTX_ACTIVE", 230),
			Indicator.measured("HTX_NEW", IndicatorUnit.ORGANISATIONS, 240),
			Indicator.measured("HTX_DISSOLVED", IndicatorUnit.ORGANISATIONS, 250),
			Indicator.measured("HTX_WORKERS", IndicatorUnit.PERSONS, 260),
			Indicator.measured("HTX_AVERAGE_REVENUE", IndicatorUnit.DONG, 270),
			Indicator.measured("HTX_AVERAGE_INCOME", IndicatorUnit.DONG_PER_WORKER_YEAR, 280),
			Indicator.measured("LHHTX_ACTIVE", IndicatorUnit.ORGANISATIONS, 300),
			Indicator.measured("LHHTX_MEMBERS", IndicatorUnit.COOPERATIVES, 310));

	private final RegistryStatistics statistics;

	RegistryIndicators(RegistryStatistics statistics) {
		this.statistics = statistics;
	}

	@Override
	public List<Indicator> indicators() {
		return INDICATORS;
	}

	@Override
	public Map<String, Map<String, BigDecimal>> measure(List<String> unitCodes, ReportPeriod period) {
		return measure(Map.of(period, unitCodes)).get(period);
	}

	/**
	 * The periods on the same units (the same place date) in one query of the registry, for all
	 * their units together: a unit's figures do not depend on which other units are asked for.
	 */
	@Override
	public Map<ReportPeriod, Map<String, Map<String, BigDecimal>>> measure(Map<ReportPeriod, List<String>> unitsByPeriod) {
		Map<LocalDate, List<ReportPeriod>> byPlaceDate = new LinkedHashMap<>();
		unitsByPeriod.keySet()
			.forEach(period -> byPlaceDate.computeIfAbsent(period.placeDate(), date -> new ArrayList<>()).add(period));
		Map<ReportPeriod, Map<String, Map<String, BigDecimal>>> values = new LinkedHashMap<>();
		byPlaceDate.forEach((placeDate, periods) -> {
			Set<String> units = new LinkedHashSet<>();
			periods.forEach(period -> units.addAll(unitsByPeriod.get(period)));
			Map<LocalDate, Map<String, Map<String, BigDecimal>>> measured = new HashMap<>();
			statistics.figures(units, placeDate, periods.stream().map(ReportPeriod::date).toList())
				.forEach((date, figures) -> measured.put(date, values(figures)));
			for (ReportPeriod period : periods) {
				Map<String, Map<String, BigDecimal>> inPeriod = new LinkedHashMap<>();
				unitsByPeriod.get(period).forEach(unit -> inPeriod.put(unit, measured.get(period.date()).get(unit)));
				values.put(period, inPeriod);
			}
		});
		return values;
	}

	private static Map<String, Map<String, BigDecimal>> values(List<UnitKindFigures> all) {
		Map<String, Map<String, BigDecimal>> values = new LinkedHashMap<>();
		for (UnitKindFigures figures : all) {
			Map<String, BigDecimal> unit = values.computeIfAbsent(figures.unitCode(), code -> new HashMap<>());
			String kind = figures.kind().name();
			unit.put(kind + "_ACTIVE", BigDecimal.valueOf(figures.operating()));
			unit.put(kind + "_MEMBERS", BigDecimal.valueOf(figures.members()));
			if (figures.kind() != OrganisationKind.LHHTX) {
				unit.put(kind + "_NEW", BigDecimal.valueOf(figures.registered()));
				unit.put(kind + "_DISSOLVED", BigDecimal.valueOf(figures.dissolved()));
			}
			if (figures.kind() == OrganisationKind.HTX) {
				unit.put("HTX_WORKERS", BigDecimal.valueOf(figures.workers()));
				if (figures.reporting() > 0) {
					BigDecimal reporting = BigDecimal.valueOf(figures.reporting());
					unit.put("HTX_AVERAGE_REVENUE", figures.revenue().divide(reporting, 0, RoundingMode.HALF_UP));
					unit.put("HTX_AVERAGE_INCOME", figures.averageIncome().divide(reporting, 0, RoundingMode.HALF_UP));
				}
			}
		}
		return values;
	}

}
