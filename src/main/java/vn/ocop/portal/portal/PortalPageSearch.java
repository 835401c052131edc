package vn.ocop.portal.portal;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import vn.ocop.portal.shared.web.HomeTile;
import vn.ocop.portal.shared.web.SearchHit;
import vn.ocop.portal.shared.web.SearchProvider;
import vn.ocop.portal.shared.web.SearchText;

/**
 * Finds the portal's sections (the home page tiles) by their title and description, with or
 * without diacritics. Listed after the modules' own, richer results.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class PortalPageSearch implements SearchProvider {

	private final HomeTiles tiles;

	private final MessageSource messages;

	PortalPageSearch(HomeTiles tiles, MessageSource messages) {
		this.tiles = tiles;
		this.messages = messages;
	}

	@Override
	public List<SearchHit> search(String query, Locale locale, int limit) {
		return tiles.all().stream()
			.map(tile -> hit(tile, locale))
			.filter(hit -> SearchText.matches(query, hit.title() + " " + hit.snippet()))
			.limit(limit)
			.toList();
	}

	private SearchHit hit(HomeTile tile, Locale locale) {
		return new SearchHit("portal.search.kind.pages", messages.getMessage(tile.titleKey(), null, locale), tile.path(),
				messages.getMessage(tile.descriptionKey(), null, locale));
	}

}
