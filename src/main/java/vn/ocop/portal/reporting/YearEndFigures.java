package vn.ocop.portal.reporting;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

import vn.ocop.portal.units.AdministrativeUnit;

/**
 * Everything a year-end report of one unit shows, computed from records: the unit and its child
 * units as they were on the report's date, every indicator of the catalogue for each of them (with
 * last year's values and this year's targets), and the main unit's measured values of the years
 * before, for the charts over time.
 *
 * @param unit        the unit, as valid on the report's date
 * @param children    its units on that date (districts of a province in 2022, communes after the reform)
 * @param period      the year and the date of the figures
 * @param indicators  the catalogue, in table order
 * @param computation this year's values, last year's and the targets, by unit code and indicator code
 * @param history     the main unit's measured values by year (oldest first, the report's year last)
 * @param pending     the indicators no family measures yet (shown as not yet available, never 0)
 */
public record YearEndFigures(AdministrativeUnit unit, List<AdministrativeUnit> children, ReportPeriod period,
		List<Indicator> indicators, IndicatorCatalogue.Computation computation,
		SortedMap<Integer, Map<String, BigDecimal>> history, List<Indicator> pending) {

	public String unitCode() {
		return unit.code().value();
	}

	public int year() {
		return period.year();
	}

	/** The main unit's value of the indicator (null: no value). */
	public BigDecimal value(String code) {
		return computation.value(unitCode(), code);
	}

	/** A child unit's (or the main unit's) value of the indicator. */
	public BigDecimal value(String unitCode, String code) {
		return computation.value(unitCode, code);
	}

}
