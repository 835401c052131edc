package vn.ocop.portal.portal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;

import org.springframework.context.MessageSource;
import org.unbescape.uri.UriEscape;

import vn.ocop.portal.shared.web.Formats;

/**
 * The texts and links of the search's result section, worked out once in Java: the template writes
 * them as they are. Its message expressions nested three deep (the kind's name inside "20+" inside
 * "Kind (20+)") and its link expressions, a dozen of each per search, were most of the section's
 * rendering. The texts are the same messages, the links are built as {@code @{...}} builds them
 * (query parameters escaped by {@link UriEscape#escapeUriQueryParam(String)}, then the context path
 * and the response's URL encoding).
 *
 * @param status       how many were found for the query, or that nothing was
 * @param closeMatches the sentence naming the close matches shown, or null when the matches are exact
 * @param all          the facet of every kind
 * @param facets       the facet of each kind found
 * @param shown        the kinds shown, with their hits
 */
record SearchView(String status, String closeMatches, Facet all, List<Facet> facets, List<Kind> shown) {

	/** A facet: its text (the kind and its count), its address and whether it is the one shown. */
	record Facet(String label, String href, boolean current) {
	}

	/**
	 * A kind shown.
	 *
	 * @param heading   its name and count
	 * @param itemsHtml its hits as list items (see {@link SiteSearch.ShownGroup})
	 * @param allLabel  the text of the link to the kind's full list, null when every hit found is shown
	 * @param allHref   the address of that list
	 */
	record Kind(String heading, String itemsHtml, String allLabel, String allHref) {
	}

	static SearchView of(SiteSearch.Results results, MessageSource messages, Formats formats, Locale locale,
			UnaryOperator<String> link) {
		String query = results.query();
		String total = formats.number(results.total(), locale);
		String status = results.total() == 0 ? messages.getMessage("portal.search.none", new Object[] { query }, locale)
				: messages.getMessage("portal.search.count", new Object[] { total, query }, locale);
		String closeMatches = results.closeMatches().isEmpty() ? null
				: messages.getMessage("portal.search.closeMatches", new Object[] { String.join(", ", results.closeMatches()) }, locale);
		String ofQuery = "/tim-kiem?q=" + UriEscape.escapeUriQueryParam(query);
		Facet all = new Facet(messages.getMessage("portal.search.facet.all", new Object[] { total }, locale), link.apply(ofQuery),
				results.kind() == null);
		List<Facet> facets = new ArrayList<>(results.groups().size());
		for (SiteSearch.Group group : results.groups()) {
			facets.add(new Facet(kindWithCount(group.kindKey(), group.more(), group.hits().size(), messages, formats, locale),
					link.apply(ofKind(ofQuery, group.kindKey())), group.kindKey().equals(results.kind())));
		}
		List<Kind> shown = new ArrayList<>(results.shown().size());
		for (SiteSearch.ShownGroup group : results.shown()) {
			String count = count(group.more(), group.count(), formats, locale, messages);
			String name = messages.getMessage(group.kindKey(), null, locale);
			shown.add(new Kind(messages.getMessage("portal.search.group", new Object[] { name, count }, locale), group.itemsHtml(),
					group.partial() ? messages.getMessage("portal.search.allOfKind", new Object[] { name, count }, locale) : null,
					group.partial() ? link.apply(ofKind(ofQuery, group.kindKey())) : null));
		}
		return new SearchView(status, closeMatches, all, List.copyOf(facets), List.copyOf(shown));
	}

	private static String ofKind(String ofQuery, String kindKey) {
		return ofQuery + "&loai=" + UriEscape.escapeUriQueryParam(kindKey);
	}

	private static String kindWithCount(String kindKey, boolean more, int count, MessageSource messages, Formats formats,
			Locale locale) {
		return messages.getMessage("portal.search.group",
				new Object[] { messages.getMessage(kindKey, null, locale), count(more, count, formats, locale, messages) }, locale);
	}

	/** "20+" when the providers had more to give, else the count. */
	private static String count(boolean more, int count, Formats formats, Locale locale, MessageSource messages) {
		String number = formats.number(count, locale);
		return more ? messages.getMessage("portal.search.facet.more", new Object[] { number }, locale) : number;
	}

}
