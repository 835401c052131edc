package vn.ocop.portal.news;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The schema.org {@code NewsArticle} of an article page, as JSON-LD. Written here rather than
 * through a JSON library so that the escaping that keeps it inside its {@code <script>} element
 * ({@code <}, {@code >}, {@code &} as {@code \\u003c} ...) is in one visible place.
 */
final class JsonLd {

	private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_OFFSET_DATE_TIME.withZone(ZoneId.of("Asia/Ho_Chi_Minh"));

	private JsonLd() {
	}

	static String newsArticle(Article article, String section, String url, String image, String siteUrl, String siteName) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("@context", "https://schema.org");
		json.put("@type", "NewsArticle");
		json.put("mainEntityOfPage", url);
		json.put("headline", article.title());
		json.put("description", article.lead());
		if (image != null) {
			json.put("image", image);
		}
		json.put("datePublished", article.publishedAt() == null ? null : ISO.format(article.publishedAt()));
		json.put("dateModified", ISO.format(article.updatedAt()));
		json.put("articleSection", section);
		json.put("keywords", String.join(", ", article.tags()));
		json.put("inLanguage", "vi");
		json.put("author", Map.of("@type", "Organization", "name", article.authorLine()));
		json.put("publisher", Map.of("@type", "GovernmentOrganization", "name", siteName, "url", siteUrl));
		return write(json);
	}

	static String write(Object value) {
		if (value == null) {
			return "null";
		}
		if (value instanceof Map<?, ?> map) {
			StringBuilder out = new StringBuilder("{");
			map.forEach((key, item) -> {
				if (item != null) {
					if (out.length() > 1) {
						out.append(',');
					}
					out.append(string(key.toString())).append(':').append(write(item));
				}
			});
			return out.append('}').toString();
		}
		return string(value.toString());
	}

	private static String string(String text) {
		StringBuilder out = new StringBuilder("\"");
		for (char c : text.toCharArray()) {
			switch (c) {
				case '"' -> out.append("\\\"");
				case '\\' -> out.append("\\\\");
				case '\n' -> out.append("\\n");
				case '\r' -> out.append("\\r");
				case '\t' -> out.append("\\t");
				case '<' -> out.append("\\u003c");
				case '>' -> out.append("\\u003e");
				case '&' -> out.append("\\u0026");
				case '\u2028' -> out.append("\\u2028");
				case '\u2029' -> out.append("\\u2029");
				default -> {
					if (c < 0x20) {
						out.append(String.format("\\u%04x", (int) c));
					}
					else {
						out.append(c);
					}
				}
			}
		}
		return out.append('"').toString();
	}

}
