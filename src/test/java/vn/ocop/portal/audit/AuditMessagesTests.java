package vn.ocop.portal.audit;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The audit module's bundles: same keys in Vietnamese and English, every key the templates use present. */
class AuditMessagesTests {

	private static final Pattern MESSAGE_KEY = Pattern.compile("#\\{(audit\\.[A-Za-z0-9_.]+)");

	@Test
	void vietnameseAndEnglishHaveTheSameKeysAllPrefixedWithTheModule() throws IOException {
		Set<String> vietnamese = keys("messages/audit.properties");
		Set<String> english = keys("messages/audit_en.properties");

		assertThat(english).isEqualTo(vietnamese);
		assertThat(vietnamese).isNotEmpty().allMatch(key -> key.startsWith("audit."));
	}

	@Test
	void everyKeyTheTemplatesUseExists() throws IOException {
		Set<String> used = new TreeSet<>();
		try (Stream<Path> templates = Files.list(Path.of("src/main/resources/templates/audit"))) {
			for (Path template : templates.toList()) {
				Matcher matcher = MESSAGE_KEY.matcher(Files.readString(template));
				while (matcher.find()) {
					used.add(matcher.group(1));
				}
			}
		}

		assertThat(used).isNotEmpty();
		assertThat(keys("messages/audit.properties")).containsAll(used);
	}

	private static Set<String> keys(String resource) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = AuditMessagesTests.class.getClassLoader().getResourceAsStream(resource)) {
			assertThat(in).as(resource).isNotNull();
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return new TreeSet<>(properties.stringPropertyNames());
	}

}
