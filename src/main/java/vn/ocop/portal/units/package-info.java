/**
 * Administrative units: provinces, districts and communes of the official national lists, before
 * and after the 2025 reform, with their successions. Implements identity's
 * {@link vn.ocop.portal.identity.UnitHierarchy} SPI.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Administrative units", allowedDependencies = { "audit", "identity" })
package vn.ocop.portal.units;
