package vn.ocop.portal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;

/**
 * Finds what a template shows to people without taking it from the message bundles: text nodes and
 * human-text attributes (title, alt, placeholder, aria-label, the value of buttons) that no
 * {@code th:*} attribute replaces. Also reports two pitfalls: inline scripts, styles and event
 * handlers (the CSP is {@code script-src 'self'}), and {@code th:if}/{@code th:unless}/{@code th:each}
 * beside {@code th:replace}/{@code th:insert} (the fragment is included first and the condition is
 * silently ignored: wrap it in a {@code th:block}).
 */
final class TemplateTextCheck {

	/** Attributes whose value people read or hear. */
	private static final Set<String> HUMAN_ATTRIBUTES = Set.of("title", "alt", "placeholder", "aria-label",
			"aria-description", "aria-placeholder", "aria-roledescription", "aria-valuetext", "label");

	/** Input types whose value is the button's caption. */
	private static final Set<String> BUTTON_INPUTS = Set.of("submit", "button", "reset");

	/** Attributes that replace the element's whole body, so default text inside is never shown. */
	private static final List<String> BODY_REPLACING = List.of("th:text", "th:utext", "th:errors");

	private static final List<String> INCLUDING = List.of("th:replace", "th:insert", "th:include");

	private static final List<String> IGNORED_BESIDE_INCLUSION = List.of("th:if", "th:unless", "th:each");

	/** A fragment that passes this element's own parts on ({@code ~{::title}}) still renders them. */
	private static final Pattern PASSES_OWN_PARTS = Pattern.compile("~\\{\\s*(this\\s*)?::");

	private TemplateTextCheck() {
	}

	/** The problems in one template; empty when it is clean. */
	static List<String> violations(String templateName, String html) {
		Parser parser = Parser.htmlParser().setTrackPosition(true);
		Document document = parser.parseInput(html, "");
		List<String> violations = new ArrayList<>();
		check(document, templateName, violations);
		return violations;
	}

	private static void check(Element element, String template, List<String> violations) {
		String tag = element.normalName();
		String where = template + ":" + element.sourceRange().start().lineNumber() + " <" + tag + ">";

		if (tag.equals("script")) {
			// a JSON-LD data block is not executed (CSP does not apply to it); its text comes from the model
			boolean dataBlock = element.attr("type").equals("application/ld+json") && element.hasAttr("th:utext");
			if (!element.hasAttr("src") && !element.hasAttr("th:src") && !dataBlock) {
				violations.add(where + " inline script (CSP script-src 'self'): move it to static/js");
			}
			return;
		}
		if (tag.equals("style")) {
			violations.add(where + " inline style element: put it in static/css/portal.css");
			return;
		}
		for (Attribute attribute : element.attributes()) {
			String name = attribute.getKey().toLowerCase();
			if (name.startsWith("on") || name.startsWith("th:on")) {
				violations.add(where + " event handler attribute " + name + " (CSP script-src 'self')");
			}
			if (name.equals("style") || name.equals("th:style")) {
				violations.add(where + " style attribute: use a class from portal.css");
			}
		}

		boolean includes = INCLUDING.stream().anyMatch(element::hasAttr);
		if (includes) {
			IGNORED_BESIDE_INCLUSION.stream()
				.filter(element::hasAttr)
				.forEach(ignored -> violations.add(where + " " + ignored
						+ " beside th:replace/th:insert is ignored (inclusion runs first): wrap the element in <th:block " + ignored + "=...>"));
		}

		for (String attribute : HUMAN_ATTRIBUTES) {
			checkAttribute(element, attribute, where, violations);
		}
		boolean isButton = tag.equals("button")
				|| (tag.equals("input") && BUTTON_INPUTS.contains(element.attr("type").toLowerCase()));
		if (isButton) {
			checkAttribute(element, "value", where, violations);
		}

		if (BODY_REPLACING.stream().anyMatch(element::hasAttr) || removed(element)) {
			return;
		}
		if (includes && INCLUDING.stream().noneMatch(attribute -> PASSES_OWN_PARTS.matcher(element.attr(attribute)).find())) {
			return;
		}
		for (TextNode text : element.textNodes()) {
			if (!text.isBlank()) {
				violations.add(where + " literal text \"" + text.text().strip() + "\": use th:text=\"#{...}\"");
			}
		}
		for (Element child : element.children()) {
			check(child, template, violations);
		}
	}

	private static void checkAttribute(Element element, String attribute, String where, List<String> violations) {
		String value = element.attr(attribute);
		if (value.isBlank() || producedByThymeleaf(element, attribute)) {
			return;
		}
		violations.add(where + " literal " + attribute + "=\"" + value + "\": use th:" + attribute + "=\"#{...}\"");
	}

	private static boolean producedByThymeleaf(Element element, String attribute) {
		if (element.hasAttr("th:" + attribute)) {
			return true;
		}
		if ((attribute.equals("alt") || attribute.equals("title")) && element.hasAttr("th:alt-title")) {
			return true;
		}
		Pattern setByAttr = Pattern.compile("(^|,)\\s*" + Pattern.quote(attribute) + "\\s*=");
		return List.of("th:attr", "th:attrappend", "th:attrprepend").stream()
			.anyMatch(th -> setByAttr.matcher(element.attr(th)).find());
	}

	private static boolean removed(Element element) {
		String remove = element.attr("th:remove");
		return remove.equals("all") || remove.equals("body") || remove.equals("all-but-first");
	}

}
