package vn.ocop.portal.portal;

import java.io.StringWriter;
import java.util.List;
import java.util.Optional;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import vn.ocop.portal.shared.web.SitemapContribution;
import vn.ocop.portal.shared.web.SitemapEntry;

/**
 * {@code /sitemap.xml} is a sitemap index: one file per module contribution and page of
 * {@value #PAGE_SIZE} entries ({@code /sitemap-tin-tuc-1.xml}, ...), below the protocol's 50,000
 * URLs per file whatever a module's size. {@code /robots.txt} points crawlers at it and keeps them
 * out of the back office, administration, sign-in and the JSON API.
 */
@RestController
class SitemapController {

	static final int PAGE_SIZE = 10_000;

	private static final String NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9";

	private final ObjectProvider<SitemapContribution> contributions;

	SitemapController(ObjectProvider<SitemapContribution> contributions) {
		this.contributions = contributions;
	}

	@GetMapping(value = "/robots.txt", produces = MediaType.TEXT_PLAIN_VALUE)
	ResponseEntity<String> robots() {
		String body = """
				User-agent: *
				Disallow: /backoffice
				Disallow: /admin
				Disallow: /account
				Disallow: /login
				Disallow: /api/
				Disallow: /tim-kiem
				Sitemap: %s
				""".formatted(absolute("/sitemap.xml"));
		return ResponseEntity.ok().cacheControl(CacheControl.maxAge(java.time.Duration.ofHours(1)).cachePublic()).body(body);
	}

	@GetMapping(value = "/sitemap.xml", produces = MediaType.APPLICATION_XML_VALUE)
	ResponseEntity<String> index() throws XMLStreamException {
		StringWriter out = new StringWriter();
		XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
		xml.writeStartDocument("UTF-8", "1.0");
		xml.writeStartElement("sitemapindex");
		xml.writeDefaultNamespace(NAMESPACE);
		for (SitemapContribution contribution : contributions.orderedStream().toList()) {
			long pages = Math.max(1, (contribution.count() + PAGE_SIZE - 1) / PAGE_SIZE);
			for (int page = 1; page <= pages; page++) {
				xml.writeStartElement("sitemap");
				element(xml, "loc", absolute("/sitemap-" + contribution.name() + "-" + page + ".xml"));
				xml.writeEndElement();
			}
		}
		xml.writeEndElement();
		xml.writeEndDocument();
		return xml(out);
	}

	@GetMapping(value = "/sitemap-{name}-{page:\\d+}.xml", produces = MediaType.APPLICATION_XML_VALUE)
	ResponseEntity<String> page(@PathVariable String name, @PathVariable int page) throws XMLStreamException {
		Optional<SitemapContribution> contribution = contributions.orderedStream()
			.filter(candidate -> candidate.name().equals(name))
			.findFirst();
		if (contribution.isEmpty() || page < 1 || page > 100_000) {
			return ResponseEntity.notFound().build();
		}
		List<SitemapEntry> entries = contribution.get().entries((page - 1) * PAGE_SIZE, PAGE_SIZE);
		if (entries.isEmpty() && page > 1) {
			return ResponseEntity.notFound().build();
		}
		StringWriter out = new StringWriter();
		XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
		xml.writeStartDocument("UTF-8", "1.0");
		xml.writeStartElement("urlset");
		xml.writeDefaultNamespace(NAMESPACE);
		for (SitemapEntry entry : entries) {
			xml.writeStartElement("url");
			element(xml, "loc", absolute(entry.path()));
			if (entry.lastModified() != null) {
				element(xml, "lastmod", entry.lastModified().truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString());
			}
			xml.writeEndElement();
		}
		xml.writeEndElement();
		xml.writeEndDocument();
		return xml(out);
	}

	private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
		xml.writeStartElement(name);
		xml.writeCharacters(text);
		xml.writeEndElement();
	}

	private static ResponseEntity<String> xml(StringWriter out) {
		return ResponseEntity.ok()
			.contentType(new MediaType("application", "xml", java.nio.charset.StandardCharsets.UTF_8))
			.cacheControl(CacheControl.noCache().cachePublic())
			.body(out.toString());
	}

	private static String absolute(String path) {
		return ServletUriComponentsBuilder.fromCurrentContextPath().path(path).toUriString();
	}

}
