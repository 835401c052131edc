package vn.ocop.portal.news;

import java.time.Instant;

/** A photo of the media library (its bytes are read separately). */
record Photo(long id, String fileName, String mediaType, int width, int height, String caption, String altText,
		String credit, String uploadedBy, Instant uploadedAt) {

	/** The page-size image's address; {@code thumb} for the thumbnail. */
	public String path(String size) {
		return "/media/anh/" + id + "/" + size + ("image/png".equals(mediaType) ? ".png" : ".jpg");
	}

	public String pagePath() {
		return path("trang");
	}

	public String thumbnailPath() {
		return path("nho");
	}

	/** The HTML an editor pastes into an article's body to show this photo with its caption. */
	public String snippet() {
		return "<figure><img src=\"" + pagePath() + "\" alt=\"" + org.jsoup.nodes.Entities.escape(altText) + "\" width=\""
				+ width + "\" height=\"" + height + "\"><figcaption>" + org.jsoup.nodes.Entities.escape(caption)
				+ "</figcaption></figure>";
	}

}
