package vn.ocop.portal.reporting;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import vn.ocop.portal.ocop.OcopSupport;
import vn.ocop.portal.ocop.SupportCount;
import vn.ocop.portal.ocop.SupportKind;

/**
 * The OCOP support indicators, measured through the OCOP module's support face
 * ({@link OcopSupport}): support records of the year per kind, in each unit of the period's date
 * (products with process traceability, made in value chains, with improved quality and scale;
 * subjects of the 2018–2020 phase consolidated, new subjects supported).
 */
@Component
@Order(300)
class OcopSupportIndicators implements IndicatorFamily {

	/** The indicator of each kind of support. */
	static final Map<SupportKind, String> CODES = Map.of(SupportKind.TRACEABILITY, "OCOP_TRACEABILITY", SupportKind.VALUE_CHAIN,
			"OCOP_VALUE_CHAIN", SupportKind.QUALITY_SCALE, "OCOP_QUALITY_SCALE", SupportKind.CONSOLIDATION,
			"SUBJECTS_CONSOLIDATED", SupportKind.NEW_SUBJECT, "SUBJECTS_NEW_SUPPORTED");

	static final List<Indicator> INDICATORS = List.of(
			Indicator.measured("OCOP_TRACEABILITY", IndicatorUnit.PRODUCTS, 700),
			Indicator.measured("OCOP_VALUE_CHAIN", IndicatorUnit.PRODUCTS, 710),
			Indicator.measured("OCOP_QUALITY_SCALE", IndicatorUnit.PRODUCTS, 720),
			Indicator.measured("SUBJECTS_CONSOLIDATED", IndicatorUnit.SUBJECTS, 730),
			Indicator.measured("SUBJECTS_NEW_SUPPORTED", IndicatorUnit.SUBJECTS, 740));

	private final OcopSupport support;

	OcopSupportIndicators(OcopSupport support) {
		this.support = support;
	}

	@Override
	public List<Indicator> indicators() {
		return INDICATORS;
	}

	@Override
	public Map<String, Map<String, BigDecimal>> measure(List<String> unitCodes, ReportPeriod period) {
		Map<String, Map<String, BigDecimal>> values = new LinkedHashMap<>();
		for (SupportCount count : support.counts(unitCodes, period.placeDate(), period.year())) {
			values.computeIfAbsent(count.unitCode(), code -> new HashMap<>())
				.put(CODES.get(count.kind()), BigDecimal.valueOf(count.count()));
		}
		return values;
	}

}
