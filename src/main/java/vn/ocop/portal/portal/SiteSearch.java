package vn.ocop.portal.portal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;

import jakarta.annotation.PreDestroy;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import vn.ocop.portal.shared.web.SearchHit;
import vn.ocop.portal.shared.web.SearchProvider;
import vn.ocop.portal.shared.web.SearchText;

/**
 * The site search: asks every {@link SearchProvider} and groups what they find by kind, in the
 * providers' order, with the count of each kind (the facets; one kind can be chosen) and the
 * query's words (and the providers' close matches for mistyped ones) to highlight. With every kind
 * shown, each shows its first {@value #PREVIEW_HITS} hits and links to its own list. A provider that
 * fails is logged and skipped, so one broken module does not take the search page down.
 */
@Component
class SiteSearch {

	/** The longest query accepted; longer input is cut and the user told so. */
	static final int MAX_QUERY_LENGTH = 200;

	/** The most hits asked of each provider. */
	static final int HITS_PER_PROVIDER = 20;

	/**
	 * The hits of each kind shown when every kind is shown, each group then linking to its kind's
	 * full list (the facet, up to {@value #HITS_PER_PROVIDER}): a few of each kind first, as large
	 * portals show them, rather than a page of up to a hundred hits.
	 */
	static final int PREVIEW_HITS = 5;

	/** Threads of the pool that runs providers beside the request's thread (shared by all searches). */
	static final int PARALLEL_PROVIDERS = 6;

	private static final Logger log = LoggerFactory.getLogger(SiteSearch.class);

	private final ObjectProvider<SearchProvider> providers;

	private final ExecutorService pool;

	SiteSearch(ObjectProvider<SearchProvider> providers) {
		this.providers = providers;
		AtomicInteger threads = new AtomicInteger();
		this.pool = Executors.newFixedThreadPool(PARALLEL_PROVIDERS, task -> {
			Thread thread = new Thread(task, "site-search-" + threads.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		});
	}

	Results search(String rawQuery, Locale locale) {
		return search(rawQuery, null, locale, UnaryOperator.identity());
	}

	/**
	 * @param kind the kind key of the one group to show, or null (or unknown) for all
	 * @param link turns a hit's path into the address written in the page (the context path, the
	 *             response's URL encoding), as a template's {@code @{...}} would
	 */
	Results search(String rawQuery, String kind, Locale locale, UnaryOperator<String> link) {
		String query = rawQuery == null ? "" : rawQuery.strip();
		boolean shortened = query.codePointCount(0, query.length()) > MAX_QUERY_LENGTH;
		if (shortened) {
			query = query.substring(0, query.offsetByCodePoints(0, MAX_QUERY_LENGTH)).strip();
		}
		if (query.isEmpty()) {
			return new Results("", shortened, List.of(), null, List.of(), List.of(), List.of());
		}
		Map<String, List<SearchHit>> byKind = new LinkedHashMap<>();
		// every kind is shown unless one is asked for (an unknown kind shows all too, fully described)
		int described = kind == null ? PREVIEW_HITS : HITS_PER_PROVIDER;
		for (List<SearchHit> hits : hitsOfAll(query, locale, described)) {
			for (SearchHit hit : hits) {
				byKind.computeIfAbsent(hit.kindKey(), key -> new ArrayList<>()).add(hit);
			}
		}
		List<Group> groups = byKind.entrySet().stream().map(entry -> new Group(entry.getKey(), List.copyOf(entry.getValue()))).toList();
		List<String> words = SearchText.words(query);
		Set<String> closeMatches = new LinkedHashSet<>();
		groups.forEach(group -> group.hits().forEach(hit -> closeMatches.addAll(hit.matched())));
		closeMatches.removeAll(words);
		String chosen = byKind.containsKey(kind) ? kind : null;
		List<String> highlighted = new ArrayList<>(words);
		highlighted.addAll(closeMatches);
		// only the groups shown are highlighted (a chosen kind shows one of them)
		List<ShownGroup> shown = groups.stream()
			.filter(group -> chosen == null || group.kindKey().equals(chosen))
			.map(group -> ShownGroup.of(group, chosen == null ? PREVIEW_HITS : HITS_PER_PROVIDER, highlighted, link))
			.toList();
		return new Results(query, shortened, groups, chosen, shown, List.copyOf(closeMatches), List.copyOf(highlighted));
	}

	/**
	 * Every provider's hits, in the providers' order. The providers run at the same time (the
	 * first on the request's thread, the others on the search's own small pool), so a search takes
	 * as long as its slowest provider rather than all of them together; when the pool is busy a
	 * provider simply waits its turn. Providers get everything they need as arguments (the locale),
	 * none reads the request's thread-bound state.
	 */
	private List<List<SearchHit>> hitsOfAll(String query, Locale locale, int described) {
		List<SearchProvider> all = providers.orderedStream().toList();
		List<CompletableFuture<List<SearchHit>>> others = new ArrayList<>();
		for (SearchProvider provider : all.subList(Math.min(1, all.size()), all.size())) {
			others.add(CompletableFuture.supplyAsync(() -> hitsOf(provider, query, locale, described), pool));
		}
		List<List<SearchHit>> hits = new ArrayList<>(all.size());
		if (!all.isEmpty()) {
			hits.add(hitsOf(all.get(0), query, locale, described));
		}
		for (CompletableFuture<List<SearchHit>> other : others) {
			hits.add(other.join());
		}
		return hits;
	}

	@PreDestroy
	void stop() {
		pool.shutdownNow();
	}

	private static List<SearchHit> hitsOf(SearchProvider provider, String query, Locale locale, int described) {
		try {
			List<SearchHit> hits = provider.search(query, locale, HITS_PER_PROVIDER, described);
			return hits == null ? List.of() : hits.stream().limit(HITS_PER_PROVIDER).toList();
		}
		catch (RuntimeException failure) {
			log.warn("Search provider {} failed; its results are left out", provider.getClass().getName(), failure);
			return List.of();
		}
	}

	/**
	 * @param query        the keywords actually searched (stripped, at most 200 characters)
	 * @param shortened    whether the user's input was longer and has been cut
	 * @param groups       every kind found, with its hits (the facets); empty when nothing was found
	 *                     or nothing was asked
	 * @param kind         the kind chosen among the facets, or null for all
	 * @param shown        the groups shown: all, or the chosen kind's, with their hits highlighted
	 * @param closeMatches folded words found instead of mistyped ones of the query
	 * @param highlightWords the words marked in titles and snippets: the query's and the close matches
	 */
	record Results(String query, boolean shortened, List<Group> groups, String kind, List<ShownGroup> shown,
			List<String> closeMatches, List<String> highlightWords) {

		public boolean asked() {
			return !query.isEmpty();
		}

		public int total() {
			return groups.stream().mapToInt(group -> group.hits().size()).sum();
		}

	}

	/**
	 * @param kindKey the message key of the kind
	 * @param hits    at most {@value SiteSearch#HITS_PER_PROVIDER} per provider
	 */
	record Group(String kindKey, List<SearchHit> hits) {

		/** Whether the providers had more to give than shown (the count is then "20+"). */
		public boolean more() {
			return hits.size() >= HITS_PER_PROVIDER;
		}

	}

	/**
	 * A group as the page shows it: the list items of its first hits as HTML, worked out here in one
	 * pass (escaped text, the words found inside {@code <mark>}) and written by the template at once.
	 * A template loop with a link, a condition and the highlighted parts of each of up to a hundred
	 * hits was the largest part of the search page's time.
	 *
	 * @param kindKey   the message key of the kind
	 * @param more      whether the providers had more to give than found here (the count is "20+")
	 * @param count     how many hits of the kind were found
	 * @param shown     how many of them are shown (the first ones)
	 * @param itemsHtml one {@code <li>} per hit shown: the link with the title, and the snippet when
	 *                  there is one
	 */
	record ShownGroup(String kindKey, boolean more, int count, int shown, String itemsHtml) {

		static ShownGroup of(Group group, int atMost, List<String> words, UnaryOperator<String> link) {
			List<SearchHit> hits = group.hits().subList(0, Math.min(atMost, group.hits().size()));
			StringBuilder html = new StringBuilder(hits.size() * 400);
			for (SearchHit hit : hits) {
				html.append("\n        <li>\n          <a href=\"").append(SearchText.escapeHtml(link.apply(hit.url()))).append("\">")
					.append(SearchText.highlightHtml(hit.title(), words)).append("</a>");
				if (!hit.snippet().isEmpty()) {
					html.append("\n          <p>").append(SearchText.highlightHtml(hit.snippet(), words)).append("</p>");
				}
				html.append("\n        </li>");
			}
			return new ShownGroup(group.kindKey(), group.more(), group.hits().size(), hits.size(), html.append("\n      ").toString());
		}

		/** Whether some hits of the kind are not shown here (the group then links to the kind's list). */
		public boolean partial() {
			return shown < count;
		}

	}

}
