/**
 * Reporting: the catalogue of indicators (stable codes such as {@code THT_ACTIVE}, names and
 * definitions in Vietnamese and English) computed from records for a unit and a year on the units
 * valid then, yearly plan targets (back office, API, import sheet {@code ke-hoach}; audited), the
 * year-end report (page, DOCX, XLSX, PDF, in both languages; API {@code /api/v1/reports/year-end};
 * command {@code report}) and the public statistics with open data. Indicators are measured by
 * families ({@code IndicatorFamily}); the registry's family reads the registry's statistics face
 * ({@link vn.ocop.portal.registry.RegistryStatistics}); the petitions' and OCOP's read
 * {@link vn.ocop.portal.petitions.PetitionStatistics}, {@link vn.ocop.portal.ocop.OcopStatistics},
 * {@link vn.ocop.portal.ocop.OcopSupport} and
 * {@link vn.ocop.portal.certification.CertificationStatistics}. Owns only the plan targets (table {@code reporting_plan_target}). See
 * {@code docs/reporting.md}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reporting",
		allowedDependencies = { "audit", "identity", "units", "importing", "registry", "ocop", "certification", "petitions" })
package vn.ocop.portal.reporting;
