package vn.ocop.portal.news;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The newsroom's settings ({@code ocop.news.*}).
 *
 * @param pageSize            articles per page of every list (public and back office)
 * @param publicationInterval how often the scheduled publishing job looks for due articles
 * @param maxPhotoSize        the largest photo upload accepted
 * @param pageWidth           photos are scaled down to this width for article pages
 * @param thumbnailWidth      and to this width for lists and the media library
 * @param maxAttachmentSize   the largest PDF attachment accepted (must stay under
 *                            {@code spring.servlet.multipart.max-file-size})
 * @param siteUrl             the portal's public address used in feeds, sitemaps and share links when
 *                            set (e.g. {@code https://ocop.backan.gov.vn}); empty: the request's own
 */
@ConfigurationProperties("ocop.news")
record NewsProperties(@DefaultValue("10") int pageSize, @DefaultValue("1m") Duration publicationInterval,
		@DefaultValue("8MB") DataSize maxPhotoSize, @DefaultValue("1200") int pageWidth,
		@DefaultValue("400") int thumbnailWidth, @DefaultValue("") String siteUrl,
		@DefaultValue("20MB") DataSize maxAttachmentSize) {

	NewsProperties {
		if (pageSize < 1 || pageSize > 100) {
			throw new IllegalArgumentException("ocop.news.page-size must be 1..100, got " + pageSize);
		}
		if (thumbnailWidth < 50 || pageWidth < thumbnailWidth) {
			throw new IllegalArgumentException("ocop.news photo widths: thumbnail >= 50 and page >= thumbnail");
		}
	}

}
