package vn.ocop.portal.catalogue;

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
		return directory.search(query, limit)
			.stream()
			.map(entry -> new SearchHit("catalogue.search.kind", entry.name(), DirectoryController.PATH + "/" + entry.slug(),
					messages.getMessage("catalogue.search.snippet", new Object[] {
							messages.getMessage(entry.kind().messageKey(), null, locale), entry.unit().label(),
							messages.getMessage(entry.sector().messageKey(), null, locale) }, locale)))
			.toList();
	}

}
