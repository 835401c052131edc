package vn.ocop.portal.news;

/**
 * Where an article stands in the newsroom's workflow (docs/news.md):
 * <pre>
 * DRAFT ──submit──▶ IN_REVIEW ──schedule──▶ SCHEDULED ──(time comes)──▶ PUBLISHED ──archive──▶ ARCHIVED
 *   ▲                  │    └──────────publish──────────────────────────▲    │
 *   └────return────────┘                                                     │
 *   └──────────────────────────────unpublish (or its time comes)─────────────┘
 * </pre>
 * Readers see PUBLISHED articles in listings, feeds and search; ARCHIVED articles stay readable at
 * their address (the portal's archive) but leave the listings.
 */
enum ArticleStatus {

	DRAFT, IN_REVIEW, SCHEDULED, PUBLISHED, ARCHIVED;

	public String messageKey() {
		return "news.status." + name();
	}

	/** Whether readers may open the article's page. */
	public boolean readable() {
		return this == PUBLISHED || this == ARCHIVED;
	}

}
