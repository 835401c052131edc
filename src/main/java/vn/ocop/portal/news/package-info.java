/**
 * Newsroom: categories, tags, articles with their editor → publisher review workflow, revisions,
 * scheduled publication, the photo library, and the public news pages, feeds and about page. It
 * needs only the audit log and identity (who may write and publish); the portal shows its latest
 * articles, search hits and sitemap entries through the contracts of {@code shared.web}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Newsroom", allowedDependencies = { "audit", "identity" })
package vn.ocop.portal.news;
