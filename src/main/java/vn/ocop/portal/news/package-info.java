/**
 * Newsroom (planned): categories, articles, the editor → publisher review workflow, scheduled
 * publication and the public news pages.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Newsroom",
		allowedDependencies = { "audit", "identity", "units", "registry", "ocop", "petitions", "reporting" })
package vn.ocop.portal.news;
