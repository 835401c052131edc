package vn.ocop.portal.catalogue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import vn.ocop.portal.certification.PublicCertificates;
import vn.ocop.portal.shared.web.HomeTile;
import vn.ocop.portal.shared.web.HomeTileContribution;
import vn.ocop.portal.shared.web.MenuContribution;
import vn.ocop.portal.shared.web.MenuItem;
import vn.ocop.portal.shared.web.SearchHit;
import vn.ocop.portal.shared.web.SearchProvider;
import vn.ocop.portal.shared.web.SitemapContribution;
import vn.ocop.portal.shared.web.SitemapEntry;

/**
 * How people find certified OCOP products outside the catalogue's own pages: the public menu and a
 * home tile, the site search (with or without diacritics) and the sitemap (read a page at a time).
 */
@Component
@Order(25)
class ProductDiscovery implements MenuContribution, HomeTileContribution, SearchProvider, SitemapContribution {

	private final PublicCertificates certificates;

	private final MessageSource messages;

	ProductDiscovery(PublicCertificates certificates, MessageSource messages) {
		this.certificates = certificates;
		this.messages = messages;
	}

	@Override
	public List<MenuItem> publicItems() {
		return List.of(MenuItem.forEveryone("catalogue.menu.products", ProductCatalogueController.PATH, 25),
				MenuItem.forEveryone("catalogue.menu.verify", PublicCertificates.VERIFICATION_PATH, 26));
	}

	@Override
	public List<HomeTile> homeTiles() {
		return List.of(new HomeTile("catalogue.tile.products.title", "catalogue.tile.products.text", ProductCatalogueController.PATH, 25));
	}

	@Override
	public List<SearchHit> search(String query, Locale locale, int limit) {
		return search(query, locale, limit, limit);
	}

	/** As {@link #search(String, Locale, int)}; the hits after the first {@code described} have no snippet. */
	@Override
	public List<SearchHit> search(String query, Locale locale, int limit, int described) {
		List<SearchHit> hits = new ArrayList<>();
		for (var c : certificates.search(query, limit)) {
			String snippet = hits.size() >= described ? ""
					: messages.getMessage("catalogue.search.products.snippet", new Object[] { c.star(), c.holderName() }, locale);
			hits.add(new SearchHit("catalogue.search.products.kind", c.productName(), ProductCatalogueController.productPath(c), snippet));
		}
		return hits;
	}

	@Override
	public String name() {
		return "san-pham-ocop";
	}

	@Override
	public long count() {
		return certificates.countValid();
	}

	@Override
	public List<SitemapEntry> entries(int offset, int limit) {
		return certificates.valid(offset, limit)
			.stream()
			.map(c -> new SitemapEntry(ProductCatalogueController.productPath(c), null))
			.toList();
	}

}
