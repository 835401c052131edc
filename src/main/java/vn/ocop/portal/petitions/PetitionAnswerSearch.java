package vn.ocop.portal.petitions;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import vn.ocop.portal.shared.web.SearchHit;
import vn.ocop.portal.shared.web.SearchProvider;

/**
 * Finds published petition answers for the site search ({@code /tim-kiem}) by tracking code, title
 * or answer, with or without diacritics ({@code von vay} finds {@code vốn vay}); each hit links to
 * the public answer page. Like every public page it never shows the petitioner: the folded search
 * text holds only the code, the title and the answer, and the hit shows the title, the topic, the
 * department and the start of the answer.
 */
@Component
@Order(50)
class PetitionAnswerSearch implements SearchProvider {

	static final int SNIPPET = 200;

	private final PetitionQueries queries;

	private final MessageSource messages;

	PetitionAnswerSearch(PetitionQueries queries, MessageSource messages) {
		this.queries = queries;
		this.messages = messages;
	}

	@Override
	public List<SearchHit> search(String query, Locale locale, int limit) {
		return search(query, locale, limit, limit);
	}

	/** As {@link #search(String, Locale, int)}; the hits after the first {@code described} have no snippet. */
	@Override
	public List<SearchHit> search(String query, Locale locale, int limit, int described) {
		List<SearchHit> hits = new ArrayList<>();
		for (PetitionViews.PublicAnswer answer : queries.searchPublishedAnswers(query, limit, locale)) {
			String snippet = hits.size() >= described ? "" : messages.getMessage("petitions.search.snippet",
					new Object[] { answer.code(), answer.topic(), answer.department(), snippet(answer.answer()) }, locale);
			hits.add(new SearchHit("petitions.search.kind", answer.title(), PetitionsMenu.PUBLIC + "/" + answer.code(), snippet));
		}
		return hits;
	}

	static String snippet(String text) {
		if (text == null) {
			return "";
		}
		// text.replaceAll("\\s+", " ") written out: the regular expression over the whole answers of
		// twenty hits was a visible part of the search's time
		StringBuilder flat = new StringBuilder(text.length());
		boolean inSpace = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r') {
				if (!inSpace) {
					flat.append(' ');
					inSpace = true;
				}
			}
			else {
				flat.append(c);
				inSpace = false;
			}
		}
		String plain = flat.toString().strip();
		return plain.length() <= SNIPPET ? plain : plain.substring(0, SNIPPET).strip() + "…";
	}

}
