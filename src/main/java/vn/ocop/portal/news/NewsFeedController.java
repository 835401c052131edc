package vn.ocop.portal.news;

import java.io.StringWriter;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

/**
 * Atom feeds (RFC 4287) of the latest published articles: all news at {@code /tin-tuc/atom.xml},
 * one category at {@code /tin-tuc/chuyen-muc/{slug}/atom.xml}. Entries carry the lead as summary
 * and the sanitised body as HTML content.
 */
@RestController
class NewsFeedController {

	static final int ENTRIES = 20;

	static final MediaType ATOM = new MediaType("application", "atom+xml", java.nio.charset.StandardCharsets.UTF_8);

	private static final String NAMESPACE = "http://www.w3.org/2005/Atom";

	private final Articles articles;

	private final PublicCaching caching;

	private final NewsLinks links;

	private final MessageSource messages;

	NewsFeedController(Articles articles, PublicCaching caching, NewsLinks links, MessageSource messages) {
		this.articles = articles;
		this.caching = caching;
		this.links = links;
		this.messages = messages;
	}

	@GetMapping(NewsPublicController.PATH + "/atom.xml")
	ResponseEntity<String> allNews(WebRequest request, HttpServletResponse response, Locale locale) throws XMLStreamException {
		if (caching.notModified(request, response, "feed")) {
			return null;
		}
		String title = messages.getMessage("news.feed.title", new Object[] { links.siteName() }, locale);
		return feed(title, NewsPublicController.PATH + "/atom.xml", NewsPublicController.PATH, null);
	}

	@GetMapping(NewsPublicController.PATH + "/chuyen-muc/{slug}/atom.xml")
	ResponseEntity<String> category(@PathVariable String slug, WebRequest request, HttpServletResponse response,
			Locale locale) throws XMLStreamException {
		Category category = articles.category(slug).orElseThrow(() -> new ArticleNotFound("category " + slug));
		if (caching.notModified(request, response, "feed-" + slug)) {
			return null;
		}
		String title = messages.getMessage("news.feed.categoryTitle", new Object[] { category.name(locale), links.siteName() },
				locale);
		String path = NewsPublicController.PATH + "/chuyen-muc/" + category.slug();
		return feed(title, path + "/atom.xml", path, category.id());
	}

	private ResponseEntity<String> feed(String title, String self, String alternate, Long categoryId)
			throws XMLStreamException {
		List<ArticleSummary> latest = articles.published(categoryId, null, 0, ENTRIES).getContent();
		Instant updated = latest.stream().map(ArticleSummary::updatedAt).max(Instant::compareTo).orElse(Instant.EPOCH);
		StringWriter out = new StringWriter();
		XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
		xml.writeStartDocument("UTF-8", "1.0");
		xml.writeStartElement("feed");
		xml.writeDefaultNamespace(NAMESPACE);
		xml.writeAttribute("xml:lang", "vi");
		text(xml, "title", title);
		text(xml, "id", links.absolute(self));
		text(xml, "updated", DateTimeFormatter.ISO_INSTANT.format(updated));
		link(xml, "self", links.absolute(self), ATOM.getType() + "/" + ATOM.getSubtype());
		link(xml, "alternate", links.absolute(alternate), "text/html");
		xml.writeStartElement("author");
		text(xml, "name", links.siteName());
		xml.writeEndElement();
		for (ArticleSummary summary : latest) {
			Article article = articles.find(summary.id()).orElseThrow();
			String url = links.absolute(summary.path());
			xml.writeStartElement("entry");
			text(xml, "title", article.title());
			text(xml, "id", url);
			link(xml, "alternate", url, "text/html");
			text(xml, "published", DateTimeFormatter.ISO_INSTANT.format(article.publishedAt()));
			text(xml, "updated", DateTimeFormatter.ISO_INSTANT.format(article.updatedAt()));
			xml.writeStartElement("author");
			text(xml, "name", article.authorLine());
			xml.writeEndElement();
			for (String tag : article.tags()) {
				xml.writeEmptyElement("category");
				xml.writeAttribute("term", tag);
			}
			text(xml, "summary", article.lead());
			xml.writeStartElement("content");
			xml.writeAttribute("type", "html");
			xml.writeCharacters(absoluteImages(article.bodyHtml()));
			xml.writeEndElement();
			xml.writeEndElement();
		}
		xml.writeEndElement();
		xml.writeEndDocument();
		return ResponseEntity.ok().contentType(ATOM).body(out.toString());
	}

	/** Feed readers show the content away from the portal: its own images need the full address. */
	private String absoluteImages(String html) {
		return html.replace("src=\"/", "src=\"" + links.absolute("/")).replace("href=\"/", "href=\"" + links.absolute("/"));
	}

	private static void text(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
		xml.writeStartElement(name);
		xml.writeCharacters(value);
		xml.writeEndElement();
	}

	private static void link(XMLStreamWriter xml, String rel, String href, String type) throws XMLStreamException {
		xml.writeEmptyElement("link");
		xml.writeAttribute("rel", rel);
		xml.writeAttribute("href", href);
		xml.writeAttribute("type", type);
	}

}
