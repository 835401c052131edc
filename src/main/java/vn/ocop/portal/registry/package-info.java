/**
 * Collective economy registry (planned): cooperative groups, cooperatives and unions of
 * cooperatives, their members, registrations and status changes, and the annual updates each
 * organisation reports. Reads administrative units and scopes through the public faces of
 * {@code units} and {@code identity}; every change to official data goes through {@code audit}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Collective economy registry",
		allowedDependencies = { "audit", "identity", "units" })
package vn.ocop.portal.registry;
