/**
 * Administrative units (domain §2): the national lists of provinces, districts and communes as
 * dated rows, before and after the 2025 reform, the successions between them, search, and the
 * territorial hierarchy that identity's scope checks use (it implements
 * {@link vn.ocop.portal.identity.UnitHierarchy}). Its public face is
 * {@link vn.ocop.portal.units.AdministrativeUnits} (reads) and {@link vn.ocop.portal.units.UnitSets}
 * (loading further dated unit sets).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Administrative units", allowedDependencies = { "audit", "identity" })
package vn.ocop.portal.units;
