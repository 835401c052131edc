package vn.ocop.portal.ocop;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

/**
 * Cleans a product's story (rich text typed by officers and representatives) before it is stored:
 * only simple text formatting, lists, quotations and links survive (jsoup's basic safelist with
 * headings); scripts, event handlers, styles and {@code javascript:} links are removed.
 */
final class StorySanitiser {

	private static final Safelist SAFELIST = Safelist.basic().addTags("h2", "h3", "h4");

	private StorySanitiser() {
	}

	/** The cleaned HTML, or null when nothing readable is left. */
	static String clean(String html) {
		if (html == null || html.isBlank()) {
			return null;
		}
		String clean = Jsoup.clean(html, "", SAFELIST, new Document.OutputSettings().prettyPrint(false)).strip();
		return Jsoup.parse(clean).text().isBlank() ? null : clean;
	}

}
