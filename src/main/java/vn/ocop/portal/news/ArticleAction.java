package vn.ocop.portal.news;

import java.util.EnumSet;
import java.util.Set;

/**
 * What people do to an article, with the states it may start from and whether it takes the
 * publisher's role. Editors write and submit; publishers also return, schedule, publish, unpublish,
 * archive, and may edit an article in review or already out.
 */
enum ArticleAction {

	EDIT(EnumSet.of(ArticleStatus.DRAFT), EnumSet.of(ArticleStatus.IN_REVIEW, ArticleStatus.SCHEDULED, ArticleStatus.PUBLISHED)),
	SUBMIT(EnumSet.of(ArticleStatus.DRAFT), EnumSet.noneOf(ArticleStatus.class)),
	RETURN(EnumSet.noneOf(ArticleStatus.class), EnumSet.of(ArticleStatus.IN_REVIEW, ArticleStatus.SCHEDULED)),
	SCHEDULE(EnumSet.noneOf(ArticleStatus.class), EnumSet.of(ArticleStatus.IN_REVIEW, ArticleStatus.SCHEDULED)),
	PUBLISH(EnumSet.noneOf(ArticleStatus.class), EnumSet.of(ArticleStatus.IN_REVIEW, ArticleStatus.SCHEDULED)),
	UNPUBLISH(EnumSet.noneOf(ArticleStatus.class), EnumSet.of(ArticleStatus.PUBLISHED, ArticleStatus.ARCHIVED)),
	ARCHIVE(EnumSet.noneOf(ArticleStatus.class), EnumSet.of(ArticleStatus.PUBLISHED));

	private final Set<ArticleStatus> forEditors;

	private final Set<ArticleStatus> forPublishers;

	ArticleAction(EnumSet<ArticleStatus> forEditors, EnumSet<ArticleStatus> onlyForPublishers) {
		this.forEditors = forEditors;
		EnumSet<ArticleStatus> publishers = EnumSet.copyOf(onlyForPublishers);
		publishers.addAll(forEditors);
		this.forPublishers = publishers;
	}

	/** Whether someone (a publisher or only an editor) may do this to an article in this state. */
	boolean allowed(ArticleStatus status, boolean publisher) {
		return (publisher ? forPublishers : forEditors).contains(status);
	}

}
