package vn.ocop.portal.shared.web;

import java.util.List;
import java.util.Locale;

/** The languages of the user interface, Vietnamese first. */
public final class Languages {

	public static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

	public static final Locale ENGLISH = Locale.forLanguageTag("en");

	public static final List<Locale> SUPPORTED = List.of(VIETNAMESE, ENGLISH);

	private Languages() {
	}

	/** Normalises any requested locale to one the interface supports. */
	public static Locale supported(Locale requested) {
		if (requested != null && "en".equals(requested.getLanguage())) {
			return ENGLISH;
		}
		return VIETNAMESE;
	}

}
