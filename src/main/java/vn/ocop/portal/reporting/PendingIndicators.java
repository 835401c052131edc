package vn.ocop.portal.reporting;

import java.util.List;

/**
 * Indicators issue 5 asks for whose source module does not yet offer the records to measure them:
 * the OCOP support indicators (the evaluation and certificate ones are measured by
 * {@link OcopIndicators}). They are listed (names, units and
 * definitions in the bundles) so that the API and the report show them as "not yet available",
 * never as 0. When a family declares one of these codes (e.g. an {@code OcopIndicators} family
 * reading the OCOP and certification modules' statistics face), the catalogue measures it and it
 * stops being pending; nothing else changes.
 */
final class PendingIndicators {

	static final List<Indicator> INDICATORS = List.of(
			Indicator.measured("OCOP_TRACEABILITY", IndicatorUnit.PRODUCTS, 480),
			Indicator.measured("OCOP_VALUE_CHAIN", IndicatorUnit.PRODUCTS, 490),
			Indicator.measured("OCOP_QUALITY_SCALE", IndicatorUnit.PRODUCTS, 500),
			Indicator.measured("SUBJECTS_CONSOLIDATED", IndicatorUnit.SUBJECTS, 510),
			Indicator.measured("SUBJECTS_NEW_SUPPORTED", IndicatorUnit.SUBJECTS, 520));

	private PendingIndicators() {
	}

}
