package vn.ocop.portal.reporting;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The catalogue of indicators (every family's, in table order) and their computation for units
 * and a period: the families measure, the catalogue derives the changes against the previous year
 * (on the same units) and the shares of plan (one decimal, half up) from the stored targets.
 */
@Component
@Transactional(readOnly = true)
class IndicatorCatalogue {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private final List<IndicatorFamily> families;

	private final List<Indicator> indicators;

	private final Map<String, Indicator> byCode = new LinkedHashMap<>();

	private final List<Indicator> pending;

	private final PlanTargets targets;

	IndicatorCatalogue(List<IndicatorFamily> families, PlanTargets targets) {
		this.families = List.copyOf(families);
		this.targets = targets;
		this.indicators = families.stream()
			.flatMap(family -> family.indicators().stream())
			.sorted(Comparator.comparingInt(Indicator::order).thenComparing(Indicator::code))
			.toList();
		for (Indicator indicator : indicators) {
			if (byCode.put(indicator.code(), indicator) != null) {
				throw new IllegalStateException("Indicator " + indicator.code() + " is declared twice");
			}
		}
		for (Indicator indicator : indicators) {
			if (indicator.base() != null && !byCode.containsKey(indicator.base())) {
				throw new IllegalStateException("Indicator " + indicator.code() + " derives from unknown " + indicator.base());
			}
		}
		this.pending = PendingIndicators.INDICATORS.stream().filter(indicator -> !byCode.containsKey(indicator.code())).toList();
	}

	/** Every indicator, in table order. */
	List<Indicator> all() {
		return indicators;
	}

	/**
	 * The indicators no family measures yet (their source module has no statistics to read): the
	 * API and the report show them as not yet available, never as 0.
	 */
	List<Indicator> pending() {
		return pending;
	}

	/** Every indicator and every pending one, in table order. */
	List<Indicator> allWithPending() {
		List<Indicator> every = new ArrayList<>(indicators);
		every.addAll(pending);
		every.sort(Comparator.comparingInt(Indicator::order).thenComparing(Indicator::code));
		return every;
	}

	/**
	 * Whether a unit's value of the indicator is missing because its source has no data: a pending
	 * indicator, a measured one without a value, or a change whose base has none. (A share of plan
	 * without a value is a missing target, not missing data.)
	 */
	boolean notAvailable(Indicator indicator, Map<String, BigDecimal> values) {
		if (values.get(indicator.code()) != null) {
			return false;
		}
		return switch (indicator.kind()) {
			case MEASURED -> true;
			case CHANGE -> values.get(indicator.base()) == null;
			case PLAN_SHARE -> false;
		};
	}

	Optional<Indicator> find(String code) {
		return Optional.ofNullable(code == null ? null : byCode.get(code));
	}

	/** The indicators a plan may set a target for. */
	List<Indicator> plannable() {
		return indicators.stream().filter(Indicator::plannable).toList();
	}

	/**
	 * The measured values of every family in each period for that period's units, each family asked
	 * once for all of them (the registry reads its organisations once for all the periods on the
	 * same units).
	 */
	Map<ReportPeriod, Map<String, Map<String, BigDecimal>>> measure(Map<ReportPeriod, List<String>> unitsByPeriod) {
		Map<ReportPeriod, Map<String, Map<String, BigDecimal>>> values = new LinkedHashMap<>();
		unitsByPeriod.forEach((period, unitCodes) -> {
			Map<String, Map<String, BigDecimal>> inPeriod = new LinkedHashMap<>();
			unitCodes.forEach(unit -> inPeriod.put(unit, new HashMap<>()));
			values.put(period, inPeriod);
		});
		for (IndicatorFamily family : families) {
			family.measure(unitsByPeriod)
				.forEach((period, measured) -> measured.forEach((unit, unitValues) -> values.get(period)
					.computeIfAbsent(unit, code -> new HashMap<>())
					.putAll(unitValues)));
		}
		return values;
	}

	/** Every indicator for the units and the period, with last year's values and this year's targets. */
	Computation compute(List<String> unitCodes, ReportPeriod period) {
		return compute(unitCodes, period, List.of(), List.of());
	}

	/**
	 * As {@link #compute(List, ReportPeriod)}, with the measured values of the {@code earlier}
	 * periods as well for the {@code earlierUnits} (the years before last year of the main unit, for
	 * the charts over time), all measured together: the registry reads its organisations once for
	 * the five years of a report, not five times.
	 */
	Computation compute(List<String> unitCodes, ReportPeriod period, List<String> earlierUnits, List<ReportPeriod> earlier) {
		ReportPeriod lastYear = period.previousYear();
		Map<ReportPeriod, List<String>> unitsByPeriod = new LinkedHashMap<>();
		earlier.forEach(year -> unitsByPeriod.put(year, earlierUnits));
		unitsByPeriod.put(lastYear, unitCodes);
		unitsByPeriod.put(period, unitCodes);
		Map<ReportPeriod, Map<String, Map<String, BigDecimal>>> measured = measure(unitsByPeriod);
		Map<String, Map<String, BigDecimal>> current = measured.get(period);
		Map<String, Map<String, BigDecimal>> previous = measured.get(lastYear);
		SortedMap<Integer, Map<String, Map<String, BigDecimal>>> earlierValues = new TreeMap<>();
		earlier.forEach(year -> earlierValues.put(year.year(), measured.get(year)));
		Map<String, Map<String, BigDecimal>> plans = targets.of(unitCodes, period.year());
		for (String unit : unitCodes) {
			Map<String, BigDecimal> values = current.get(unit);
			Map<String, BigDecimal> before = previous.getOrDefault(unit, Map.of());
			Map<String, BigDecimal> planned = plans.getOrDefault(unit, Map.of());
			for (Indicator indicator : indicators) {
				BigDecimal base = indicator.base() == null ? null : values.get(indicator.base());
				if (base == null) {
					continue;
				}
				switch (indicator.kind()) {
					case CHANGE -> Optional.ofNullable(before.get(indicator.base()))
						.ifPresent(last -> values.put(indicator.code(), base.subtract(last)));
					case PLAN_SHARE -> Optional.ofNullable(planned.get(indicator.base()))
						.ifPresent(target -> values.put(indicator.code(), share(base, target)));
					default -> {
					}
				}
			}
		}
		return new Computation(current, previous, plans, earlierValues);
	}

	/** {@code value} as a percentage of {@code target}, one decimal, half up: 656 of 395 is 166.1. */
	static BigDecimal share(BigDecimal value, BigDecimal target) {
		return value.multiply(HUNDRED).divide(target, 1, RoundingMode.HALF_UP);
	}

	/**
	 * The values of a computation by unit and indicator code: this year's (measured and derived),
	 * last year's (measured), this year's plan targets, and the measured values of the earlier
	 * years asked for, by year. A missing code means no value.
	 */
	record Computation(Map<String, Map<String, BigDecimal>> values, Map<String, Map<String, BigDecimal>> previous,
			Map<String, Map<String, BigDecimal>> targets, SortedMap<Integer, Map<String, Map<String, BigDecimal>>> earlier) {

		BigDecimal value(String unit, String code) {
			return values.getOrDefault(unit, Map.of()).get(code);
		}

		BigDecimal previousValue(String unit, String code) {
			return previous.getOrDefault(unit, Map.of()).get(code);
		}

		BigDecimal target(String unit, String code) {
			return targets.getOrDefault(unit, Map.of()).get(code);
		}

	}

}
