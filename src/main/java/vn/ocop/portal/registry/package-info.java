/**
 * Collective-economy registry (domain §3): cooperative groups (THT), cooperatives (HTX) and unions
 * of cooperatives (LHHTX), their registration and dated status changes (operating, suspended,
 * dissolved — records are never deleted), union memberships, and the annual update each
 * organisation reports (Circular 09/2024/TT-BKHĐT), with the minimum-members and classification
 * rules kept as versioned data ({@code registry/*.csv}).
 * <p>
 * Public face: {@link vn.ocop.portal.registry.RegistryManagement} (commands),
 * {@link vn.ocop.portal.registry.Organisations} (reads, limited to the caller's data scope),
 * {@link vn.ocop.portal.registry.RegistryAccess} (bean {@code registryAccess} for
 * {@code @PreAuthorize}), {@link vn.ocop.portal.registry.RegistryStatistics} (aggregate figures per
 * unit at a date, for reports), IDs, value objects, read-view records and the events
 * {@link vn.ocop.portal.registry.OrganisationRegistered} and
 * {@link vn.ocop.portal.registry.OrganisationDissolved}. Reads administrative units and scopes
 * through the public faces of {@code units} and {@code identity}; every change goes through
 * {@code audit}. See {@code docs/registry.md}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Collective economy registry",
		allowedDependencies = { "audit", "identity", "units", "importing" })
package vn.ocop.portal.registry;
