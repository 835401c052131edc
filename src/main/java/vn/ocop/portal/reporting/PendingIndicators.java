package vn.ocop.portal.reporting;

import java.util.List;

/**
 * Indicators issue 5 asks for whose source module does not yet offer the records to measure them:
 * none at present (every code of issue 5 is measured by a family). They are listed (names, units and
 * definitions in the bundles) so that the API and the report show them as "not yet available",
 * never as 0. When a family declares one of these codes (e.g. an {@code OcopIndicators} family
 * reading the OCOP and certification modules' statistics face), the catalogue measures it and it
 * stops being pending; nothing else changes.
 */
final class PendingIndicators {

	/** None at present. */
	static final List<Indicator> INDICATORS = List.of();

	private PendingIndicators() {
	}

}
