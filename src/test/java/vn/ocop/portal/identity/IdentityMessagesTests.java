package vn.ocop.portal.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Test;

/** Identity's texts: both bundles hold the same keys, templates hold no literal text and use only keys that exist. */
class IdentityMessagesTests {

	private static final Path TEMPLATES = Path.of("src/main/resources/templates/identity");

	private static final Pattern MESSAGE_KEY = Pattern.compile("#\\{(identity\\.[A-Za-z0-9_.]+)");

	private static final Set<String> TEXT_ATTRIBUTES = Set.of("title", "alt", "placeholder", "aria-label", "value");

	@Test
	void vietnameseAndEnglishBundlesHaveTheSameKeys() throws IOException {
		Properties vietnamese = bundle("messages/identity.properties");
		Properties english = bundle("messages/identity_en.properties");

		assertThat(english.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(vietnamese.stringPropertyNames());
		assertThat(vietnamese.stringPropertyNames()).allMatch(key -> key.startsWith("identity."));
	}

	@Test
	void templatesUseOnlyKeysThatExist() throws IOException {
		Properties vietnamese = bundle("messages/identity.properties");
		List<String> missing = new ArrayList<>();
		for (Path template : templates()) {
			Matcher keys = MESSAGE_KEY.matcher(Files.readString(template));
			while (keys.find()) {
				if (!vietnamese.containsKey(keys.group(1))) {
					missing.add(template.getFileName() + ": " + keys.group(1));
				}
			}
		}
		assertThat(missing).isEmpty();
	}

	@Test
	void templatesHoldNoLiteralText() throws IOException {
		List<String> literals = new ArrayList<>();
		for (Path template : templates()) {
			Document document = Jsoup.parse(Files.readString(template));
			for (Element element : document.getAllElements()) {
				boolean replaced = element.hasAttr("th:text") || element.hasAttr("th:utext") || element.hasAttr("th:errors")
						|| element.hasAttr("th:replace");
				for (TextNode text : element.textNodes()) {
					if (!replaced && !text.isBlank() && !"title".equals(element.tagName())) {
						literals.add(template.getFileName() + ": '" + text.text().strip() + "'");
					}
				}
				for (String attribute : TEXT_ATTRIBUTES) {
					if (element.hasAttr(attribute) && !element.attr(attribute).isBlank()) {
						literals.add(template.getFileName() + ": " + attribute + "=" + element.attr(attribute));
					}
				}
			}
		}
		assertThat(literals).isEmpty();
	}

	private static List<Path> templates() throws IOException {
		try (Stream<Path> files = Files.list(TEMPLATES)) {
			return files.filter(file -> file.toString().endsWith(".html")).sorted().toList();
		}
	}

	private static Properties bundle(String resource) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = IdentityMessagesTests.class.getClassLoader().getResourceAsStream(resource)) {
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

}
