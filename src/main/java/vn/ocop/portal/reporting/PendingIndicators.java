package vn.ocop.portal.reporting;

import java.util.List;

/**
 * Indicators issue 5 asks for whose source module does not yet offer the records to measure them:
 * the OCOP evaluation and certificate indicators (the support ones are measured by
 * {@link OcopSupportIndicators}). They are listed (names, units and
 * definitions in the bundles) so that the API and the report show them as "not yet available",
 * never as 0. When a family declares one of these codes (e.g. an {@code OcopIndicators} family
 * reading the OCOP and certification modules' statistics face), the catalogue measures it and it
 * stops being pending; nothing else changes.
 */
final class PendingIndicators {

	static final List<Indicator> INDICATORS = List.of(
			Indicator.measured("OCOP_EVALUATED", IndicatorUnit.PRODUCTS, 400),
			Indicator.measured("OCOP_UPGRADE_REQUESTS", IndicatorUnit.PRODUCTS, 410),
			Indicator.measured("OCOP_RENEWAL_REQUESTS", IndicatorUnit.PRODUCTS, 420),
			Indicator.measured("OCOP_FIRST_TIME", IndicatorUnit.PRODUCTS, 430),
			Indicator.measured("OCOP_UPGRADED", IndicatorUnit.PRODUCTS, 440),
			Indicator.measured("OCOP_RENEWED", IndicatorUnit.PRODUCTS, 450),
			Indicator.measured("OCOP_NEW_RECOGNISED", IndicatorUnit.PRODUCTS, 460),
			Indicator.measured("OCOP_NEW_4STAR", IndicatorUnit.PRODUCTS, 470));

	private PendingIndicators() {
	}

}
