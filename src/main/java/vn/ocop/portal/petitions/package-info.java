/**
 * Petitions (planned): dialogue conferences with cooperatives, the petitions raised there or
 * submitted online, their routing to provincial departments, answers and answer deadlines.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Petitions",
		allowedDependencies = { "audit", "identity", "units", "registry", "ocop" })
package vn.ocop.portal.petitions;
