package vn.ocop.portal.news;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * The rich text of articles, sanitised on save with jsoup's allow-list cleaner: paragraphs,
 * headings, lists, quotes, tables, links (http, https, mailto, or inside the portal), and figures
 * with images and captions. Everything else goes: scripts, styles, event handlers, {@code javascript:}
 * and {@code data:} URLs, iframes and embedded objects of any origin, forms. Links leaving the
 * portal get {@code rel="noopener noreferrer nofollow"}.
 */
final class NewsHtml {

	/** Only used to resolve relative links while cleaning; never written out. */
	private static final String BASE = "https://portal.invalid/";

	private static final Safelist BODY = Safelist.none()
		.addTags("p", "br", "h2", "h3", "h4", "strong", "b", "em", "i", "u", "s", "sub", "sup", "small", "blockquote",
				"ul", "ol", "li", "a", "figure", "figcaption", "img", "table", "caption", "thead", "tbody", "tr", "th", "td",
				"hr", "span", "abbr", "cite", "q")
		.addAttributes("a", "href", "title")
		.addAttributes("img", "src", "alt", "width", "height", "title")
		.addAttributes("th", "scope", "colspan", "rowspan")
		.addAttributes("td", "colspan", "rowspan")
		.addAttributes("abbr", "title")
		.addAttributes("ol", "start")
		.addProtocols("a", "href", "http", "https", "mailto")
		.addProtocols("img", "src", "http", "https")
		.preserveRelativeLinks(true);

	private NewsHtml() {
	}

	/** The body as stored: only what the allow-list keeps, as well-formed HTML. */
	static String sanitise(String html) {
		if (html == null || html.isBlank()) {
			return "";
		}
		Document dirty = Jsoup.parseBodyFragment(html, BASE);
		Document clean = new Cleaner(BODY).clean(dirty);
		for (Element link : clean.select("a[href]")) {
			String href = link.attr("href");
			if (href.startsWith(BASE)) {
				link.attr("href", "/" + href.substring(BASE.length()));
			}
			else if (!href.startsWith("/") && !href.startsWith("#") && !href.startsWith("mailto:")) {
				link.attr("rel", "noopener noreferrer nofollow");
			}
		}
		for (Element image : clean.select("img[src]")) {
			String src = image.attr("src");
			if (src.startsWith(BASE)) {
				image.attr("src", "/" + src.substring(BASE.length()));
			}
			if (!image.hasAttr("alt")) {
				image.attr("alt", "");
			}
		}
		clean.outputSettings().prettyPrint(false);
		return clean.body().html();
	}

	/** The text of a body without markup, whitespace collapsed (search, snippets, feed summaries). */
	static String text(String html) {
		return html == null ? "" : Jsoup.parseBodyFragment(html).text();
	}

}
