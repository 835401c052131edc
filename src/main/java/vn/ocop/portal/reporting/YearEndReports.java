package vn.ocop.portal.reporting;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.ocop.portal.registry.RegistryStatistics;
import vn.ocop.portal.units.AdministrativeUnit;
import vn.ocop.portal.units.AdministrativeUnits;
import vn.ocop.portal.units.UnitCode;

/**
 * Computes year-end reports: for a unit code and a year, the unit and its child units as they were
 * on 31 December of the year (or today while the year runs — the current year uses the current
 * units, a past year the units valid then: province 06's 2022 report is by its 8 districts even
 * after the 2025 merger), and every indicator of the catalogue for them.
 */
@Component
@Transactional(readOnly = true)
class YearEndReports {

	/** How many years the charts over time show, the report's year included. */
	static final int HISTORY_YEARS = 5;

	private final IndicatorCatalogue catalogue;

	private final AdministrativeUnits units;

	private final RegistryStatistics statistics;

	private final Clock clock;

	YearEndReports(IndicatorCatalogue catalogue, AdministrativeUnits units, RegistryStatistics statistics, Clock clock) {
		this.catalogue = catalogue;
		this.units = units;
		this.statistics = statistics;
		this.clock = clock;
	}

	/** The years with annual updates, newest first. */
	List<Integer> reportedYears() {
		List<Integer> years = new ArrayList<>(statistics.reportedYears().keySet());
		Collections.reverse(years);
		return years;
	}

	/**
	 * The latest year most organisations have reported: the newest year whose annual updates are
	 * at least half as many as those of the best-reported year (a year whose updates are still
	 * coming in, or a few late ones, is not "the latest year" of a report); last year when none
	 * was reported.
	 */
	int latestReportedYear() {
		Map<Integer, Long> years = statistics.reportedYears();
		long most = years.values().stream().mapToLong(Long::longValue).max().orElse(0);
		return years.entrySet().stream()
			.filter(year -> year.getValue() * 2 >= most && year.getKey() <= today().getYear())
			.mapToInt(Map.Entry::getKey)
			.max()
			.orElse(today().getYear() - 1);
	}

	LocalDate today() {
		return LocalDate.now(clock);
	}

	/** The period of a year, or a {@link ReportNotAvailable} for a year outside the reports' range. */
	ReportPeriod period(int year) {
		ReportPeriod period = ReportPeriod.of(year, today());
		if (period == null) {
			throw new ReportNotAvailable("reporting.problem.year", String.valueOf(year), String.valueOf(ReportPeriod.FIRST_YEAR),
					String.valueOf(today().getYear()));
		}
		return period;
	}

	/** The unit as it was on the period's date, or a {@link ReportNotAvailable}. */
	AdministrativeUnit unit(String unitCode, ReportPeriod period) {
		if (unitCode == null || !UnitCode.isValid(unitCode.strip())) {
			throw new ReportNotAvailable("reporting.problem.unitCode", String.valueOf(unitCode));
		}
		return units.find(UnitCode.of(unitCode.strip()), period.date())
			.orElseThrow(() -> new ReportNotAvailable("reporting.problem.unit", unitCode.strip(),
					String.valueOf(period.year())));
	}

	/** The full report of the unit for the year: the unit, its children, the years before. */
	YearEndFigures figures(String unitCode, int year) {
		return figures(unitCode, year, true);
	}

	/** The indicators of the unit and each of its units on the date (open data): no years before. */
	YearEndFigures withoutHistory(String unitCode, int year) {
		return figures(unitCode, year, false);
	}

	/** Every indicator of the unit only (no children, no history): the API's answer. */
	Map<String, BigDecimal> indicators(String unitCode, int year) {
		ReportPeriod period = period(year);
		AdministrativeUnit unit = unit(unitCode, period);
		return catalogue.compute(List.of(unit.code().value()), period).values().get(unit.code().value());
	}

	private YearEndFigures figures(String unitCode, int year, boolean withHistory) {
		ReportPeriod period = period(year);
		AdministrativeUnit unit = unit(unitCode, period);
		String code = unit.code().value();
		List<AdministrativeUnit> children = units.validOn(period.date(), unit.code());
		List<String> codes = new ArrayList<>();
		codes.add(code);
		children.forEach(child -> codes.add(child.code().value()));
		IndicatorCatalogue.Computation computation = catalogue.compute(codes, period, List.of(code),
				withHistory ? earlierYears(period) : List.of());
		SortedMap<Integer, Map<String, BigDecimal>> history = new TreeMap<>();
		if (withHistory) {
			computation.earlier().forEach((earlier, values) -> history.put(earlier, values.get(code)));
			history.put(year - 1, computation.previous().get(code));
			history.put(year, computation.values().get(code));
		}
		return new YearEndFigures(unit, children, period, catalogue.all(), computation, history, catalogue.pending());
	}

	/**
	 * The whole country's figures for the year: every province valid on the year's date, each with
	 * its units, as {@link #figures(String, int)} gives them one by one, but in one pass: the units
	 * in two queries and one computation for every province and unit together (this year, last
	 * year and the targets; the years before for the provinces).
	 */
	List<YearEndFigures> country(int year) {
		ReportPeriod period = period(year);
		List<AdministrativeUnit> provinces = units.validOn(period.date(), null);
		Map<String, List<AdministrativeUnit>> children = new HashMap<>();
		provinces.forEach(province -> children.put(province.code().value(), new ArrayList<>()));
		units.findAll(units.territorialCodesValidOn(period.date()).stream().map(UnitCode::of).toList(), period.date())
			.values()
			.stream()
			.filter(unit -> unit.parentCode() != null && children.containsKey(unit.parentCode().value()))
			.sorted(AdministrativeUnit.BY_CODE)
			.forEach(unit -> children.get(unit.parentCode().value()).add(unit));
		List<String> provinceCodes = provinces.stream().map(province -> province.code().value()).toList();
		List<String> codes = new ArrayList<>(provinceCodes);
		children.values().forEach(list -> list.forEach(child -> codes.add(child.code().value())));
		IndicatorCatalogue.Computation computation = catalogue.compute(codes, period, provinceCodes, earlierYears(period));
		List<YearEndFigures> all = new ArrayList<>();
		for (AdministrativeUnit province : provinces) {
			String code = province.code().value();
			SortedMap<Integer, Map<String, BigDecimal>> history = new TreeMap<>();
			computation.earlier().forEach((when, values) -> history.put(when, values.get(code)));
			history.put(year - 1, computation.previous().get(code));
			history.put(year, computation.values().get(code));
			all.add(new YearEndFigures(province, List.copyOf(children.get(code)), period, catalogue.all(), computation, history,
					catalogue.pending()));
		}
		return all;
	}

	/** The years the charts over time show before last year, oldest first, on the period's units. */
	private static List<ReportPeriod> earlierYears(ReportPeriod period) {
		List<ReportPeriod> earlier = new ArrayList<>();
		for (int back = HISTORY_YEARS - 1; back >= 2; back--) {
			if (period.year() - back >= ReportPeriod.FIRST_YEAR) {
				earlier.add(period.yearsBefore(back));
			}
		}
		return earlier;
	}

	IndicatorCatalogue catalogue() {
		return catalogue;
	}

}
