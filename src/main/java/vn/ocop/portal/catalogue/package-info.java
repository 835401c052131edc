/**
 * Public catalogue: the public directory of cooperatives and unions of cooperatives
 * ({@code /hop-tac-xa}, built on the registry's public face
 * {@link vn.ocop.portal.registry.PublicOrganisations}), and later the public OCOP product
 * catalogue, QR codes and traceability pages for certified products. Read-only pages for
 * citizens, without sign-in and without personal data. See {@code docs/catalogue.md}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Public catalogue",
		allowedDependencies = { "audit", "identity", "units", "registry", "ocop", "certification", "petitions", "reporting", "news" })
package vn.ocop.portal.catalogue;
