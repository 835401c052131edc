package vn.ocop.portal.catalogue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import vn.ocop.portal.registry.PublicOrganisations;
import vn.ocop.portal.shared.web.SearchHit;
import vn.ocop.portal.shared.web.SearchProvider;

/**
 * Finds public cooperatives and unions for the site search by name, registration number or tax
 * code, with or without diacritics; each hit links to the organisation's public profile.
 */
@Component
@Order(30)
class DirectorySearch implements SearchProvider {

	private final PublicOrganisations directory;

	private final MessageSource messages;

	DirectorySearch(PublicOrganisations directory, MessageSource messages) {
		this.directory = directory;
		this.messages = messages;
	}

	@Override
	public List<SearchHit> search(String query, Locale locale, int limit) {
		return search(query, locale, limit, limit);
	}

	/** As {@link #search(String, Locale, int)}; the hits after the first {@code described} have no snippet. */
	@Override
	public List<SearchHit> search(String query, Locale locale, int limit, int described) {
		List<PublicOrganisations.Entry> entries = directory.search(query, limit);
		List<SearchHit> hits = new ArrayList<>(entries.size());
		for (PublicOrganisations.Entry entry : entries) {
			String snippet = hits.size() >= described ? "" : messages.getMessage("catalogue.search.snippet", new Object[] {
					messages.getMessage(entry.kind().messageKey(), null, locale), entry.unit().label(),
					messages.getMessage(entry.sector().messageKey(), null, locale) }, locale);
			hits.add(new SearchHit("catalogue.search.kind", entry.name(), DirectoryController.PATH + "/" + entry.slug(), snippet));
		}
		return hits;
	}

}
