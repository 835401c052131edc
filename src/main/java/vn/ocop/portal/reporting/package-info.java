/**
 * Reporting (planned): indicators, yearly plans and targets, and the year-end report that
 * compares results with the plan. Computes figures from the public read views of the registry,
 * OCOP and petitions modules; it owns no official records of its own beyond plans and reports.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reporting",
		allowedDependencies = { "audit", "identity", "units", "registry", "ocop", "petitions" })
package vn.ocop.portal.reporting;
