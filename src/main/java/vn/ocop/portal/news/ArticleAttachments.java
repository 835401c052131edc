package vn.ocop.portal.news;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.ocop.portal.audit.AuditRecord;
import vn.ocop.portal.audit.Auditor;

/**
 * PDF attachments follow their article's workflow: whoever may edit the article (an editor its
 * draft, a publisher also in review, scheduled or published) may attach or remove files; readers
 * download them once the article is readable. Each change is audited on the article
 * ({@code ATTACHMENT_ADDED}, {@code ATTACHMENT_REMOVED}, with the list before and after) and, when
 * readers see the article, moves the public pages' validators.
 */
@Service
class ArticleAttachments {

	private final Attachments attachments;

	private final Articles articles;

	private final PdfFiles pdfFiles;

	private final Auditor auditor;

	private final NewsroomAccess access;

	private final Clock clock;

	ArticleAttachments(Attachments attachments, Articles articles, PdfFiles pdfFiles, Auditor auditor, NewsroomAccess access,
			Clock clock) {
		this.attachments = attachments;
		this.articles = articles;
		this.pdfFiles = pdfFiles;
		this.auditor = auditor;
		this.access = access;
		this.clock = clock;
	}

	@Transactional
	long attach(long articleId, String title, String originalName, byte[] content) {
		Article article = editable(articleId);
		String cleanTitle = title == null ? "" : title.strip().replaceAll("\\s+", " ");
		if (cleanTitle.isEmpty()) {
			throw new NewsRuleViolation("news.attachment.rule.titleRequired");
		}
		if (cleanTitle.length() > 300) {
			throw new NewsRuleViolation("news.attachment.rule.titleTooLong");
		}
		PdfFiles.Checked file = pdfFiles.check(originalName, content);
		List<Attachment> before = attachments.of(articleId);
		Instant now = clock.instant();
		long id = attachments.insert(articleId, cleanTitle, file, access.actor(), now);
		changed(article, before, "ATTACHMENT_ADDED", now);
		return id;
	}

	@Transactional
	void remove(long articleId, long attachmentId) {
		Article article = editable(articleId);
		List<Attachment> before = attachments.of(articleId);
		if (!attachments.delete(attachmentId, articleId)) {
			throw new ArticleNotFound("attachment " + attachmentId + " of article " + articleId);
		}
		changed(article, before, "ATTACHMENT_REMOVED", clock.instant());
	}

	/**
	 * The attachment when the current visitor may download it: anyone once the article is readable
	 * ({@code publicly}), else only the newsroom.
	 */
	java.util.Optional<Download> downloadable(long attachmentId) {
		return attachments.find(attachmentId).flatMap(attachment -> articles.find(attachment.articleId()).flatMap(article -> {
			if (article.status().readable()) {
				return java.util.Optional.of(new Download(attachment, true));
			}
			return access.mayWrite() ? java.util.Optional.of(new Download(attachment, false)) : java.util.Optional.empty();
		}));
	}

	private Article editable(long articleId) {
		Article article = articles.find(articleId).orElseThrow(() -> new ArticleNotFound("article " + articleId));
		if (!article.allows(ArticleAction.EDIT, access.mayPublish())) {
			throw new NewsRuleViolation("news.attachment.rule.notAllowed");
		}
		return article;
	}

	private void changed(Article article, List<Attachment> before, String action, Instant now) {
		if (article.status().readable()) {
			articles.publicPagesChanged(now);
		}
		auditor.record(new AuditRecord(Newsroom.MODULE, Newsroom.ENTITY, String.valueOf(article.id()), action,
				values(before), values(attachments.of(article.id()))));
	}

	private static Map<String, Object> values(List<Attachment> list) {
		return Map.of("attachments", list.stream().map(Attachment::auditValues).toList());
	}

	/** An attachment someone may download, and whether everyone may (so caches may keep it). */
	record Download(Attachment attachment, boolean publicly) {
	}

}
