/**
 * Administrative units (domain §2): the national lists of provinces, districts and communes as
 * dated rows, the successions between them (the 2025 reform), search, and the territorial
 * hierarchy that identity's scope checks use. Its public face is {@link
 * vn.ocop.portal.units.AdministrativeUnits} (reads) and {@link vn.ocop.portal.units.UnitSets}
 * (loading further dated unit sets).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Administrative units")
package vn.ocop.portal.units;
