package vn.ocop.portal.news;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.ocop.portal.audit.AuditRecord;
import vn.ocop.portal.audit.Auditor;
import vn.ocop.portal.shared.web.SearchText;

/**
 * The newsroom's commands: write, submit, review, schedule, publish, unpublish, archive, restore a
 * revision. Each checks the {@link ArticleAction workflow} against the actor's role, stores the
 * change with a new revision when the text changed, and audits it in the same transaction. Bodies
 * are sanitised here, so no path into the database skips it.
 */
@Service
class Newsroom {

	static final String MODULE = "news";

	static final String ENTITY = "NewsArticle";

	private final Articles articles;

	private final Photos photos;

	private final Auditor auditor;

	private final NewsroomAccess access;

	private final Clock clock;

	Newsroom(Articles articles, Photos photos, Auditor auditor, NewsroomAccess access, Clock clock) {
		this.articles = articles;
		this.photos = photos;
		this.auditor = auditor;
		this.access = access;
		this.clock = clock;
	}

	@Transactional
	long write(ArticleContent content) {
		ArticleContent clean = clean(content, null);
		Instant now = clock.instant();
		String user = access.actor();
		String slug = freeSlug(wantedSlug(clean), 0);
		long id = articles.insert(clean, slug, searchText(clean), user, now);
		articles.replaceTags(id, clean.tags());
		articles.addRevision(id, clean, user, now);
		auditor.record(AuditRecord.created(MODULE, ENTITY, String.valueOf(id), load(id).auditValues()));
		return id;
	}

	@Transactional
	void edit(long id, int version, ArticleContent content) {
		Article before = require(id, ArticleAction.EDIT);
		save(before, version, clean(content, before.categoryId()), "UPDATED");
	}

	@Transactional
	void restore(long id, int version, int revisionNumber) {
		Article before = require(id, ArticleAction.EDIT);
		Revision revision = articles.revision(id, revisionNumber).orElseThrow(() -> new ArticleNotFound("revision " + revisionNumber));
		String slug = before.everPublished() ? before.slug() : "";
		save(before, version, clean(revision.content(before.coverPhotoId(), slug), before.categoryId()), "RESTORED");
	}

	@Transactional
	void submit(long id, int version) {
		Article before = require(id, ArticleAction.SUBMIT);
		change(before, version, ArticleStatus.IN_REVIEW, null, before.unpublishAt(), before.publishedAt(), null, "SUBMITTED");
	}

	/** Back to the editor with the publisher's note. */
	@Transactional
	void returnToEditor(long id, int version, String note) {
		Article before = require(id, ArticleAction.RETURN);
		if (note == null || note.isBlank()) {
			throw new NewsRuleViolation("news.rule.noteRequired");
		}
		change(before, version, ArticleStatus.DRAFT, null, before.unpublishAt(), before.publishedAt(), note.strip(), "RETURNED");
	}

	/** Publishes at a future time (the {@link NewsPublicationJob} does it), and optionally takes it down later. */
	@Transactional
	void schedule(long id, int version, Instant publishAt, Instant unpublishAt) {
		Article before = require(id, ArticleAction.SCHEDULE);
		Instant now = clock.instant();
		if (publishAt == null || !publishAt.isAfter(now)) {
			throw new NewsRuleViolation("news.rule.scheduleInFuture");
		}
		if (unpublishAt != null && !unpublishAt.isAfter(publishAt)) {
			throw new NewsRuleViolation("news.rule.unpublishAfterPublish");
		}
		change(before, version, ArticleStatus.SCHEDULED, publishAt, unpublishAt, before.publishedAt(), null, "SCHEDULED");
	}

	@Transactional
	void publish(long id, int version, Instant unpublishAt) {
		Article before = require(id, ArticleAction.PUBLISH);
		Instant now = clock.instant();
		if (unpublishAt != null && !unpublishAt.isAfter(now)) {
			throw new NewsRuleViolation("news.rule.unpublishAfterPublish");
		}
		publishNow(before, version, now, unpublishAt);
	}

	@Transactional
	void unpublish(long id, int version) {
		Article before = require(id, ArticleAction.UNPUBLISH);
		change(before, version, ArticleStatus.DRAFT, null, null, before.publishedAt(), null, "UNPUBLISHED");
	}

	@Transactional
	void archive(long id, int version) {
		Article before = require(id, ArticleAction.ARCHIVE);
		change(before, version, ArticleStatus.ARCHIVED, null, null, before.publishedAt(), null, "ARCHIVED");
	}

	// ------------------------------------------------------------------------------------ scheduled work

	/** Publishes what is due, then takes down what has expired; returns how many articles changed. */
	@Transactional
	int applySchedule(Instant now) {
		int changed = 0;
		for (long id : articles.dueToPublish(now)) {
			Article article = load(id);
			Instant unpublishAt = article.unpublishAt();
			publishNow(article, article.version(), article.publishAt(), unpublishAt);
			changed++;
		}
		for (long id : articles.dueToUnpublish(now)) {
			Article article = load(id);
			change(article, article.version(), ArticleStatus.DRAFT, null, null, article.publishedAt(), null, "UNPUBLISHED");
			changed++;
		}
		return changed;
	}

	// ------------------------------------------------------------------------------------ internals

	private void publishNow(Article before, int version, Instant publishedAt, Instant unpublishAt) {
		Instant shown = before.publishedAt() != null && before.everPublished() ? before.publishedAt() : publishedAt;
		change(before, version, ArticleStatus.PUBLISHED, null, unpublishAt, shown, null, "PUBLISHED");
	}

	private void change(Article before, int version, ArticleStatus status, Instant publishAt, Instant unpublishAt,
			Instant publishedAt, String note, String action) {
		checkVersion(before, version);
		boolean ever = before.everPublished() || status == ArticleStatus.PUBLISHED;
		Article after = new Article(before.id(), before.slug(), before.title(), before.lead(), before.bodyHtml(),
				before.authorLine(), before.categoryId(), before.coverPhotoId(), status, publishAt, unpublishAt, publishedAt,
				ever, note, before.createdBy(), before.createdAt(), before.updatedBy(), before.updatedAt(), before.version(),
				before.tags());
		Instant now = clock.instant();
		if (!articles.updateState(after, access.actor(), now)) {
			throw new NewsRuleViolation("news.rule.changedMeanwhile");
		}
		if (before.status().readable() || status.readable()) {
			articles.publicPagesChanged(now);
		}
		auditor.record(new AuditRecord(MODULE, ENTITY, String.valueOf(before.id()), action, before.auditValues(),
				load(before.id()).auditValues()));
	}

	private void save(Article before, int version, ArticleContent content, String action) {
		checkVersion(before, version);
		Instant now = clock.instant();
		String user = access.actor();
		String slug = before.everPublished() && (content.slug() == null || content.slug().isBlank()) ? before.slug()
				: freeSlug(wantedSlug(content), before.id());
		if (!articles.updateContent(before.id(), version, content, slug, searchText(content), user, now)) {
			throw new NewsRuleViolation("news.rule.changedMeanwhile");
		}
		if (!slug.equals(before.slug()) && before.everPublished()) {
			articles.rememberOldSlug(before.slug(), before.id());
		}
		articles.replaceTags(before.id(), content.tags());
		articles.addRevision(before.id(), content, user, now);
		if (before.status().readable()) {
			articles.publicPagesChanged(now);
		}
		auditor.record(new AuditRecord(MODULE, ENTITY, String.valueOf(before.id()), action, before.auditValues(),
				load(before.id()).auditValues()));
	}

	private Article require(long id, ArticleAction action) {
		Article article = load(id);
		if (!article.allows(action, access.mayPublish())) {
			throw new NewsRuleViolation("news.rule.notAllowed." + action.name());
		}
		return article;
	}

	private static void checkVersion(Article article, int version) {
		if (article.version() != version) {
			throw new NewsRuleViolation("news.rule.changedMeanwhile");
		}
	}

	Article load(long id) {
		return articles.find(id).orElseThrow(() -> new ArticleNotFound("article " + id));
	}

	/** The content as stored; a hidden category may only stay the one the article already has ({@code current}). */
	private ArticleContent clean(ArticleContent content, Long current) {
		Category category = articles.category(content.categoryId())
			.orElseThrow(() -> new NewsRuleViolation("news.rule.unknownCategory"));
		if (category.hidden() && !Long.valueOf(category.id()).equals(current)) {
			throw new NewsRuleViolation("news.rule.hiddenCategory");
		}
		if (content.coverPhotoId() != null && photos.find(content.coverPhotoId()).isEmpty()) {
			throw new NewsRuleViolation("news.rule.unknownPhoto");
		}
		String body = NewsHtml.sanitise(content.bodyHtml());
		if (NewsHtml.text(body).isBlank() && !body.contains("<img")) {
			throw new NewsRuleViolation("news.rule.bodyRequired");
		}
		LinkedHashSet<String> tags = new LinkedHashSet<>();
		for (String tag : content.tags()) {
			String name = tag.strip().replaceAll("\\s+", " ");
			if (!SearchText.fold(name).isEmpty()) {
				tags.add(name.length() > 80 ? name.substring(0, 80) : name);
			}
		}
		String slug = content.slug() == null ? "" : content.slug().strip();
		if (!slug.isEmpty() && !Slugs.valid(slug)) {
			throw new NewsRuleViolation("news.rule.badSlug");
		}
		return new ArticleContent(content.title().strip(), content.lead().strip(), body, content.authorLine().strip(),
				content.categoryId(), content.coverPhotoId(), new ArrayList<>(tags), slug);
	}

	private static String wantedSlug(ArticleContent content) {
		return content.slug() == null || content.slug().isBlank() ? Slugs.of(content.title()) : content.slug();
	}

	/** The slug, or the slug with {@code -2}, {@code -3} ... when another article has or had it. */
	private String freeSlug(String wanted, long articleId) {
		String candidate = wanted;
		for (int n = 2; articles.slugTaken(candidate, articleId); n++) {
			candidate = wanted + "-" + n;
		}
		return candidate;
	}

	private static String searchText(ArticleContent content) {
		return " " + SearchText.fold(String.join(" ", content.title(), content.lead(), NewsHtml.text(content.bodyHtml()),
				content.authorLine(), String.join(" ", content.tags())));
	}

}
