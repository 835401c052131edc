package vn.ocop.portal.news;

import java.time.Instant;
import java.util.List;

/**
 * An article as stored. Its state changes only through {@link Newsroom}, which checks the
 * {@link ArticleAction workflow} and audits every change.
 *
 * @param tags the tags' names, in the order the editor typed them
 */
record Article(long id, String slug, String title, String lead, String bodyHtml, String authorLine, long categoryId,
		Long coverPhotoId, ArticleStatus status, Instant publishAt, Instant unpublishAt, Instant publishedAt,
		boolean everPublished, String reviewNote, String createdBy, Instant createdAt, String updatedBy, Instant updatedAt,
		int version, List<String> tags) {

	/** What the audit log keeps of an article: everything a reader or reviewer could tell apart. */
	java.util.Map<String, Object> auditValues() {
		java.util.Map<String, Object> values = new java.util.LinkedHashMap<>();
		values.put("slug", slug);
		values.put("title", title);
		values.put("lead", lead);
		values.put("body", bodyHtml);
		values.put("authorLine", authorLine);
		values.put("categoryId", categoryId);
		values.put("coverPhotoId", coverPhotoId);
		values.put("tags", String.join(", ", tags));
		values.put("status", status.name());
		values.put("publishAt", publishAt == null ? null : publishAt.toString());
		values.put("unpublishAt", unpublishAt == null ? null : unpublishAt.toString());
		values.put("publishedAt", publishedAt == null ? null : publishedAt.toString());
		values.put("reviewNote", reviewNote);
		return values;
	}

	boolean allows(ArticleAction action, boolean publisher) {
		return action.allowed(status, publisher);
	}

}
