package vn.ocop.portal.audit;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * The administration page's filter, as typed (dates as {@code dd/MM/yyyy} text, checked by the
 * controller so that a malformed date gets a message rather than an error page).
 */
record AuditFilterForm(String module, String entityType, String entityId, String actor, String action, String from,
		String to, String text) {

	static AuditFilterForm empty() {
		return new AuditFilterForm(null, null, null, null, null, null, null, null);
	}

	/** The list page's address with this filter and the given page number (blank fields left out). */
	String link(String path, int page) {
		UriComponentsBuilder uri = UriComponentsBuilder.fromPath(path);
		param(uri, "module", module);
		param(uri, "entityType", entityType);
		param(uri, "entityId", entityId);
		param(uri, "actor", actor);
		param(uri, "action", action);
		param(uri, "from", from);
		param(uri, "to", to);
		param(uri, "text", text);
		if (page > 0) {
			uri.queryParam("page", page);
		}
		return uri.encode().build().toUriString();
	}

	private static void param(UriComponentsBuilder uri, String name, String value) {
		if (value != null && !value.isBlank()) {
			uri.queryParam(name, value.strip());
		}
	}

}
