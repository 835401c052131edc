package vn.ocop.portal.reporting;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import vn.ocop.portal.certification.CertificationStatistics;
import vn.ocop.portal.certification.CertificationStatistics.ValidCertificates;
import vn.ocop.portal.ocop.OcopStatistics;
import vn.ocop.portal.ocop.OcopStatistics.EvaluationFigures;

/**
 * The OCOP evaluation and certificate indicators, measured through the evaluation's statistics face
 * ({@link OcopStatistics}: applications of provincial rounds decided in the year up to the period's
 * date, by kind, and what they gave) and the certificates' ({@link CertificationStatistics}: products
 * holding a valid certificate on the period's date, by star and by product group of the taxonomy,
 * one query for both). When no wanted unit has any such
 * application (or certificate), the figures are not available (never 0); otherwise a unit without
 * any has 0.
 */
@Component
@Order(300)
class OcopIndicators implements IndicatorFamily {

	static final List<Indicator> EVALUATION = List.of(
			Indicator.measured("OCOP_EVALUATED", IndicatorUnit.PRODUCTS, 400),
			Indicator.measured("OCOP_UPGRADE_REQUESTS", IndicatorUnit.PRODUCTS, 410),
			Indicator.measured("OCOP_RENEWAL_REQUESTS", IndicatorUnit.PRODUCTS, 420),
			Indicator.measured("OCOP_FIRST_TIME", IndicatorUnit.PRODUCTS, 430),
			Indicator.measured("OCOP_UPGRADED", IndicatorUnit.PRODUCTS, 440),
			Indicator.measured("OCOP_RENEWED", IndicatorUnit.PRODUCTS, 450),
			Indicator.measured("OCOP_NEW_RECOGNISED", IndicatorUnit.PRODUCTS, 460),
			Indicator.measured("OCOP_NEW_4STAR", IndicatorUnit.PRODUCTS, 470));

	static final List<Indicator> CERTIFIED = List.of(
			Indicator.measured("OCOP_CERTIFIED_3STAR", IndicatorUnit.PRODUCTS, 530),
			Indicator.measured("OCOP_CERTIFIED_4STAR", IndicatorUnit.PRODUCTS, 540),
			Indicator.measured("OCOP_CERTIFIED_5STAR", IndicatorUnit.PRODUCTS, 550));

	/**
	 * The product groups of the OCOP taxonomy (instruments 148/2023 and 26/2026), in the order of
	 * the instruments: food, beverages, medicinal herbs, handicrafts, ornamental plants and animals,
	 * community and eco-tourism services. A certificate's group code is one of these.
	 */
	static final List<String> GROUPS = List.of("TP", "DU", "DL", "TC", "SV", "DV");

	/** Products holding a valid certificate on the period's date, by product group ({@code OCOP_GROUP_TP}, …). */
	static final List<Indicator> BY_GROUP = GROUPS.stream()
		.map(group -> Indicator.measured(groupCode(group), IndicatorUnit.PRODUCTS, 560 + 10 * GROUPS.indexOf(group)))
		.toList();

	/** The evaluation and certificates-by-star indicators (table 6 of the report). */
	static final List<Indicator> RESULTS = java.util.stream.Stream.concat(EVALUATION.stream(), CERTIFIED.stream()).toList();

	static final List<Indicator> INDICATORS = java.util.stream.Stream.concat(RESULTS.stream(), BY_GROUP.stream()).toList();

	private final OcopStatistics evaluation;

	private final CertificationStatistics certificates;

	OcopIndicators(OcopStatistics evaluation, CertificationStatistics certificates) {
		this.evaluation = evaluation;
		this.certificates = certificates;
	}

	@Override
	public List<Indicator> indicators() {
		return INDICATORS;
	}

	@Override
	public Map<String, Map<String, BigDecimal>> measure(List<String> unitCodes, ReportPeriod period) {
		Map<String, Map<String, BigDecimal>> values = new HashMap<>();
		Map<String, EvaluationFigures> decided = evaluation.provincialEvaluation(unitCodes, period.date());
		if (!decided.isEmpty()) {
			EvaluationFigures none = new EvaluationFigures(0, 0, 0, 0, 0, 0, 0, 0, 0);
			for (String unit : unitCodes) {
				EvaluationFigures f = decided.getOrDefault(unit, none);
				Map<String, BigDecimal> unitValues = values.computeIfAbsent(unit, code -> new LinkedHashMap<>());
				put(unitValues, "OCOP_EVALUATED", f.decided());
				put(unitValues, "OCOP_UPGRADE_REQUESTS", f.upgrades());
				put(unitValues, "OCOP_RENEWAL_REQUESTS", f.renewals());
				put(unitValues, "OCOP_FIRST_TIME", f.firstTime());
				put(unitValues, "OCOP_UPGRADED", f.upgraded());
				put(unitValues, "OCOP_RENEWED", f.renewed());
				put(unitValues, "OCOP_NEW_RECOGNISED", f.firstTimeRecognised());
				put(unitValues, "OCOP_NEW_4STAR", f.new4());
			}
		}
		Map<String, ValidCertificates> valid = certificates.valid(unitCodes, period.date());
		if (!valid.isEmpty()) {
			ValidCertificates none = new ValidCertificates(Map.of(), Map.of());
			for (String unit : unitCodes) {
				ValidCertificates figures = valid.getOrDefault(unit, none);
				Map<String, BigDecimal> unitValues = values.computeIfAbsent(unit, code -> new LinkedHashMap<>());
				for (int star = 3; star <= 5; star++) {
					put(unitValues, "OCOP_CERTIFIED_" + star + "STAR", figures.byStar().getOrDefault(star, 0));
				}
				for (String group : GROUPS) {
					put(unitValues, groupCode(group), figures.productsByGroup().getOrDefault(group, 0));
				}
			}
		}
		return values;
	}

	/** The indicator of a product group: {@code OCOP_GROUP_TP} for {@code TP}. */
	static String groupCode(String group) {
		return "OCOP_GROUP_" + group;
	}

	private static void put(Map<String, BigDecimal> values, String code, int value) {
		values.put(code, BigDecimal.valueOf(value));
	}

}
