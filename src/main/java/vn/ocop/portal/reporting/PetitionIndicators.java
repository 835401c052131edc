package vn.ocop.portal.reporting;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import vn.ocop.portal.petitions.PetitionFigures;
import vn.ocop.portal.petitions.PetitionStatistics;

/**
 * The petitions indicators, measured through the petitions' statistics face
 * ({@link PetitionStatistics}): petitions received in the year, answered, answered on time,
 * overdue and published, as they stood on the period's date. Petitions are received and answered
 * by the province that runs the portal ({@code ocop.portal.province-code}) and carry no district or
 * commune, so only that province has values; a year without any petition recorded has none either
 * (not yet available, never 0).
 */
@Component
@Order(200)
class PetitionIndicators implements IndicatorFamily {

	static final List<Indicator> INDICATORS = List.of(
			Indicator.measured("PETITIONS_RECEIVED", IndicatorUnit.PETITIONS, 600),
			Indicator.measured("PETITIONS_ANSWERED", IndicatorUnit.PETITIONS, 610),
			Indicator.measured("PETITIONS_ANSWERED_ON_TIME", IndicatorUnit.PETITIONS, 620),
			Indicator.measured("PETITIONS_OVERDUE", IndicatorUnit.PETITIONS, 630),
			Indicator.measured("PETITIONS_PUBLISHED", IndicatorUnit.PETITIONS, 640));

	private final PetitionStatistics statistics;

	private final String provinceCode;

	PetitionIndicators(PetitionStatistics statistics, @Value("${ocop.portal.province-code:06}") String provinceCode) {
		this.statistics = statistics;
		this.provinceCode = provinceCode;
	}

	@Override
	public List<Indicator> indicators() {
		return INDICATORS;
	}

	@Override
	public Map<String, Map<String, BigDecimal>> measure(List<String> unitCodes, ReportPeriod period) {
		if (!unitCodes.contains(provinceCode)) {
			return Map.of();
		}
		PetitionFigures total = statistics.total(period.year(), period.date());
		if (total.received() == 0) {
			return Map.of();
		}
		Map<String, BigDecimal> values = new LinkedHashMap<>();
		values.put("PETITIONS_RECEIVED", BigDecimal.valueOf(total.received()));
		values.put("PETITIONS_ANSWERED", BigDecimal.valueOf(total.answered()));
		values.put("PETITIONS_ANSWERED_ON_TIME", BigDecimal.valueOf(total.answeredOnTime()));
		values.put("PETITIONS_OVERDUE", BigDecimal.valueOf(total.overdue()));
		values.put("PETITIONS_PUBLISHED", BigDecimal.valueOf(total.published()));
		return Map.of(provinceCode, values);
	}

}
