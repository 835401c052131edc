/**
 * Public catalogue (planned): the public OCOP product catalogue, QR codes and traceability pages
 * for certified products, and the public directory of cooperatives. Read-only views built from
 * the public faces of the registry and OCOP modules.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Public catalogue",
		allowedDependencies = { "audit", "identity", "units", "registry", "ocop", "petitions", "reporting", "news" })
package vn.ocop.portal.catalogue;
