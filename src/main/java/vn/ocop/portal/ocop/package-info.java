/**
 * OCOP programme (planned): products and the OCOP subjects that own them, evaluation rounds,
 * evaluation councils, scoring against the scorecards in force, star ratings, certificates and
 * their renewal or revocation. Refers to registry organisations by ID only.
 */
@org.springframework.modulith.ApplicationModule(displayName = "OCOP programme",
		allowedDependencies = { "audit", "identity", "units", "registry" })
package vn.ocop.portal.ocop;
