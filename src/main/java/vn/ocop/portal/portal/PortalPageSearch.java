package vn.ocop.portal.portal;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

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

	/** The sections' hits by language, worked out once (from the modules' tiles and the message bundles). */
	private final Map<Locale, List<Page>> pages = new ConcurrentHashMap<>();

	PortalPageSearch(HomeTiles tiles, MessageSource messages) {
		this.tiles = tiles;
		this.messages = messages;
	}

	@Override
	public List<SearchHit> search(String query, Locale locale, int limit) {
		List<String> words = SearchText.words(query);
		if (words.isEmpty()) {
			return List.of();
		}
		return pages.computeIfAbsent(locale, this::pagesIn)
			.stream()
			.filter(page -> words.stream().allMatch(page.foldedText()::contains))
			.map(Page::hit)
			.limit(limit)
			.toList();
	}

	/** The sections as hits in the language, with their folded title and description (the tiles and texts are fixed). */
	private List<Page> pagesIn(Locale locale) {
		return tiles.all().stream().map(tile -> hit(tile, locale)).map(hit -> new Page(hit, SearchText.fold(hit.title() + " " + hit.snippet()))).toList();
	}

	private record Page(SearchHit hit, String foldedText) {
	}

	private SearchHit hit(HomeTile tile, Locale locale) {
		return new SearchHit("portal.search.kind.pages", messages.getMessage(tile.titleKey(), null, locale), tile.path(),
				messages.getMessage(tile.descriptionKey(), null, locale));
	}

}
