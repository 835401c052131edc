package vn.ocop.portal.reporting;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A family of indicators measured from one module's records (the SPI of the catalogue): the
 * registry's ({@link RegistryIndicators}), the petitions' ({@link PetitionIndicators}), the OCOP
 * evaluation and certificates' ({@link OcopIndicators}) and the OCOP support work's
 * ({@link OcopSupportIndicators}), each a bean reading that module's public statistics face. The catalogue derives changes against the previous
 * year and shares of plan itself, so a family only measures.
 */
interface IndicatorFamily {

	/** The family's indicators, measured and derived (derived ones have a measured base of any family). */
	List<Indicator> indicators();

	/**
	 * The family's measured values in each unit for the period; a unit missing from the answer,
	 * or a code missing for a unit, means no value (not zero). One call for all units: the
	 * implementation answers with a few aggregate queries, never by loading records.
	 */
	Map<String, Map<String, BigDecimal>> measure(List<String> unitCodes, ReportPeriod period);

	/**
	 * The family's measured values in each period for that period's units, as
	 * {@link #measure(List, ReportPeriod)} answers for each one; a family whose source reads its
	 * records once for several periods overrides this (a report asks for this year and last year on
	 * its units, and the three years before on its main unit).
	 */
	default Map<ReportPeriod, Map<String, Map<String, BigDecimal>>> measure(Map<ReportPeriod, List<String>> unitsByPeriod) {
		Map<ReportPeriod, Map<String, Map<String, BigDecimal>>> values = new LinkedHashMap<>();
		unitsByPeriod.forEach((period, unitCodes) -> values.put(period, measure(unitCodes, period)));
		return values;
	}

}
