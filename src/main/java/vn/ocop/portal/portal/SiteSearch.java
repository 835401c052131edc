package vn.ocop.portal.portal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import vn.ocop.portal.shared.web.SearchHit;
import vn.ocop.portal.shared.web.SearchProvider;

/**
 * The site search: asks every {@link SearchProvider} and groups what they find by kind, in the
 * providers' order. A provider that fails is logged and skipped, so one broken module does not
 * take the search page down.
 */
@Component
class SiteSearch {

	/** The longest query accepted; longer input is cut and the user told so. */
	static final int MAX_QUERY_LENGTH = 200;

	/** The most hits asked of each provider. */
	static final int HITS_PER_PROVIDER = 20;

	private static final Logger log = LoggerFactory.getLogger(SiteSearch.class);

	private final ObjectProvider<SearchProvider> providers;

	SiteSearch(ObjectProvider<SearchProvider> providers) {
		this.providers = providers;
	}

	Results search(String rawQuery, Locale locale) {
		String query = rawQuery == null ? "" : rawQuery.strip();
		boolean shortened = query.codePointCount(0, query.length()) > MAX_QUERY_LENGTH;
		if (shortened) {
			query = query.substring(0, query.offsetByCodePoints(0, MAX_QUERY_LENGTH)).strip();
		}
		if (query.isEmpty()) {
			return new Results("", shortened, List.of());
		}
		Map<String, List<SearchHit>> byKind = new LinkedHashMap<>();
		for (SearchProvider provider : providers.orderedStream().toList()) {
			for (SearchHit hit : hitsOf(provider, query, locale)) {
				byKind.computeIfAbsent(hit.kindKey(), kind -> new ArrayList<>()).add(hit);
			}
		}
		List<Group> groups = byKind.entrySet().stream().map(entry -> new Group(entry.getKey(), List.copyOf(entry.getValue()))).toList();
		return new Results(query, shortened, groups);
	}

	private static List<SearchHit> hitsOf(SearchProvider provider, String query, Locale locale) {
		try {
			List<SearchHit> hits = provider.search(query, locale, HITS_PER_PROVIDER);
			return hits == null ? List.of() : hits.stream().limit(HITS_PER_PROVIDER).toList();
		}
		catch (RuntimeException failure) {
			log.warn("Search provider {} failed; its results are left out", provider.getClass().getName(), failure);
			return List.of();
		}
	}

	/**
	 * @param query     the keywords actually searched (stripped, at most 200 characters)
	 * @param shortened whether the user's input was longer and has been cut
	 * @param groups    the hits by kind; empty when nothing was found or nothing was asked
	 */
	record Results(String query, boolean shortened, List<Group> groups) {

		public boolean asked() {
			return !query.isEmpty();
		}

		public int total() {
			return groups.stream().mapToInt(group -> group.hits().size()).sum();
		}

	}

	record Group(String kindKey, List<SearchHit> hits) {
	}

}
