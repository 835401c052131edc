package vn.ocop.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Every text people see comes from the message bundles, in Vietnamese (the default,
 * {@code messages/<module>.properties}) and English ({@code <module>_en.properties}):
 * <ul>
 * <li>each bundle has its English twin with exactly the same keys, no empty and no duplicate key;</li>
 * <li>messages with arguments do not hide a single apostrophe (MessageFormat would swallow it);</li>
 * <li>every {@code #{key}} a template names exists;</li>
 * <li>no template carries literal text or human-text attributes (see {@link TemplateTextCheck}).</li>
 * </ul>
 * The last tests show that the checks do fail on bad input.
 */
class I18nPropertiesSyncTests {

	private static final Path MESSAGES = Path.of("src/main/resources/messages");

	private static final Path TEMPLATES = Path.of("src/main/resources/templates");

	private static final Pattern STATIC_MESSAGE_KEY = Pattern.compile("#\\{([A-Za-z0-9_.-]+)\\s*[}(]");

	private static final Pattern ARGUMENT = Pattern.compile("\\{\\d+");

	private static final Pattern SINGLE_APOSTROPHE = Pattern.compile("(?<!')'(?!')");

	@Test
	void everyVietnameseBundleHasAnEnglishTwinWithExactlyTheSameKeys() throws IOException {
		List<String> problems = new ArrayList<>();
		Map<String, Path> vietnamese = bundles(false);
		Map<String, Path> english = bundles(true);
		assertThat(vietnamese).as("bundles in %s", MESSAGES).isNotEmpty();

		for (String name : union(vietnamese.keySet(), english.keySet())) {
			if (!english.containsKey(name)) {
				problems.add(name + ".properties has no " + name + "_en.properties");
			}
			else if (!vietnamese.containsKey(name)) {
				problems.add(name + "_en.properties has no Vietnamese " + name + ".properties");
			}
			else {
				problems.addAll(keyDifferences(name, load(vietnamese.get(name)), load(english.get(name))));
			}
		}
		assertThat(problems).isEmpty();
	}

	@Test
	void englishDayCountsAgreeInNumber() throws IOException {
		Properties certification = load(MESSAGES.resolve("certification_en.properties"));
		Properties evaluation = load(MESSAGES.resolve("ocopevaluation_en.properties"));
		java.util.function.BiFunction<String, Object[], String> format = (pattern, args) -> new java.text.MessageFormat(pattern, java.util.Locale.ENGLISH).format(args);

		assertThat(format.apply(evaluation.getProperty("ocop.decisionClock.RUNNING"), new Object[] { 1L, "20/12/2026" }))
			.isEqualTo("1 day left (due 20/12/2026)");
		assertThat(format.apply(evaluation.getProperty("ocop.decisionClock.OVERDUE"), new Object[] { 3L, "20/12/2026" }))
			.isEqualTo("3 days overdue (due 20/12/2026)");
		assertThat(format.apply(evaluation.getProperty("ocop.decisionClock.DECIDED_LATE"), new Object[] { 1L, "20/12/2026" }))
			.isEqualTo("Decided 1 day late (due 20/12/2026)");
		assertThat(format.apply(certification.getProperty("certification.revocationCase.running"), new Object[] { 0L, "20/03/2026" }))
			.isEqualTo("0 days left (due 20/03/2026)");
		assertThat(format.apply(certification.getProperty("certification.revocationCase.overdue"), new Object[] { 1L, "20/03/2026" }))
			.isEqualTo("1 day overdue (due 20/03/2026)");
	}

	@Test
	void noMessageIsEmptyOrDefinedTwice() throws IOException {
		List<String> problems = new ArrayList<>();
		for (Path bundle : allBundles()) {
			problems.addAll(emptyOrDuplicate(bundle.getFileName().toString(), Files.readString(bundle, StandardCharsets.UTF_8)));
		}
		assertThat(problems).isEmpty();
	}

	@Test
	void messagesWithArgumentsDoubleTheirApostrophes() throws IOException {
		List<String> problems = new ArrayList<>();
		for (Path bundle : allBundles()) {
			Properties messages = load(bundle);
			for (String key : messages.stringPropertyNames()) {
				String value = messages.getProperty(key);
				if (ARGUMENT.matcher(value).find() && SINGLE_APOSTROPHE.matcher(value).find()) {
					problems.add(bundle.getFileName() + ": " + key + " has arguments and a single ' (write '')");
				}
			}
		}
		assertThat(problems).isEmpty();
	}

	@Test
	void templatesNameOnlyMessageKeysThatExist() throws IOException {
		Set<String> known = new TreeSet<>();
		for (Path bundle : bundles(false).values()) {
			known.addAll(load(bundle).stringPropertyNames());
		}
		List<String> problems = new ArrayList<>();
		for (Path template : templates()) {
			Matcher keys = STATIC_MESSAGE_KEY.matcher(Files.readString(template, StandardCharsets.UTF_8));
			while (keys.find()) {
				if (!known.contains(keys.group(1))) {
					problems.add(TEMPLATES.relativize(template) + " names the unknown message key " + keys.group(1));
				}
			}
		}
		assertThat(problems).isEmpty();
	}

	@Test
	void templatesHaveNoLiteralText() throws IOException {
		List<Path> templates = templates();
		assertThat(templates).as("templates under %s", TEMPLATES).isNotEmpty();
		List<String> problems = new ArrayList<>();
		for (Path template : templates) {
			problems.addAll(TemplateTextCheck.violations(TEMPLATES.relativize(template).toString(),
					Files.readString(template, StandardCharsets.UTF_8)));
		}
		assertThat(problems).isEmpty();
	}

	// ---------------------------------------------------------------- the checks can fail

	@Test
	void literalTextCheckReportsTextAndHumanAttributesNotFromTheBundles() {
		String html = """
				<section>
				  <h1>Xin chào</h1>
				  <img src="/logo.png" alt="Biểu trưng">
				  <input type="search" name="q" placeholder="Nhập từ khóa">
				  <input type="submit" value="Gửi">
				  <button type="button" title="Đóng" th:text="#{layout.close}">x</button>
				  <nav aria-label="Điều hướng"></nav>
				  <div th:if="${flag}" th:replace="~{layout/fragments :: alert('info', 'x')}"></div>
				  <script>alert(1)</script>
				  <p style="color: red" onclick="go()" th:text="#{x}"></p>
				</section>
				""";

		List<String> violations = TemplateTextCheck.violations("sample.html", html);

		assertThat(violations).hasSize(10);
		assertThat(violations).anySatisfy(v -> assertThat(v).contains("sample.html:2 <h1>", "literal text \"Xin chào\""))
			.anySatisfy(v -> assertThat(v).contains("<img>", "literal alt=\"Biểu trưng\""))
			.anySatisfy(v -> assertThat(v).contains("<input>", "literal placeholder=\"Nhập từ khóa\""))
			.anySatisfy(v -> assertThat(v).contains("<input>", "literal value=\"Gửi\""))
			.anySatisfy(v -> assertThat(v).contains("<button>", "literal title=\"Đóng\""))
			.anySatisfy(v -> assertThat(v).contains("<nav>", "literal aria-label=\"Điều hướng\""))
			.anySatisfy(v -> assertThat(v).contains("th:if beside th:replace/th:insert is ignored"))
			.anySatisfy(v -> assertThat(v).contains("inline script"))
			.anySatisfy(v -> assertThat(v).contains("style attribute"))
			.anySatisfy(v -> assertThat(v).contains("event handler attribute onclick"));
	}

	@Test
	void literalTextCheckAcceptsWhatThymeleafProduces() {
		String html = """
				<html th:replace="~{layout/public :: layout(~{::title}, ~{::section})}">
				<head><title th:text="#{portal.home.title}">Trang chủ</title></head>
				<body>
				<section>
				  <h1 th:text="#{portal.home.heading}">Tiêu đề <em>mẫu</em></h1>
				  <img src="/decor.png" alt="">
				  <img th:src="@{/anh.png}" th:alt="#{x}" alt="ảnh mẫu">
				  <input type="search" th:placeholder="#{y}" placeholder="mẫu">
				  <button type="submit" th:attr="title=#{z}" title="mẫu" th:text="#{b}">Gửi</button>
				  <p th:utext="#{c}">Mẫu</p>
				  <div th:replace="~{layout/fragments :: footer}">Chân trang mẫu</div>
				  <p th:remove="all">Ghi chú cho người thiết kế</p>
				  <th:block th:if="${x}"><div th:replace="~{layout/fragments :: tools}"></div></th:block>
				  <script th:src="@{/js/font-size.js}"></script>
				</section>
				</body>
				</html>
				""";

		assertThat(TemplateTextCheck.violations("good.html", html)).isEmpty();
	}

	@Test
	void pagePassedToTheLayoutIsStillChecked() {
		String html = """
				<html th:replace="~{layout/public :: layout(~{::title}, ~{::section})}">
				<head><title>Trang chủ</title></head>
				<body><section><p>Chưa dịch</p></section></body>
				</html>
				""";

		assertThat(TemplateTextCheck.violations("page.html", html)).hasSize(2);
	}

	@Test
	void bundleChecksReportMissingKeysEmptyValuesAndDuplicates() throws IOException {
		Properties vietnamese = properties("a=Một\nb=Hai\n");
		Properties english = properties("a=One\nc=Three\n");

		assertThat(keyDifferences("sample", vietnamese, english))
			.containsExactly("sample_en.properties lacks b", "sample.properties lacks c");
		assertThat(emptyOrDuplicate("sample.properties", "a=Một\nb=\na=Lại một\n"))
			.containsExactly("sample.properties: b is empty", "sample.properties: a is defined twice");
	}

	// ---------------------------------------------------------------- helpers

	private static List<String> keyDifferences(String name, Properties vietnamese, Properties english) {
		List<String> problems = new ArrayList<>();
		new TreeSet<>(vietnamese.stringPropertyNames()).stream()
			.filter(key -> !english.containsKey(key))
			.forEach(key -> problems.add(name + "_en.properties lacks " + key));
		new TreeSet<>(english.stringPropertyNames()).stream()
			.filter(key -> !vietnamese.containsKey(key))
			.forEach(key -> problems.add(name + ".properties lacks " + key));
		return problems;
	}

	private static List<String> emptyOrDuplicate(String file, String content) throws IOException {
		List<String> problems = new ArrayList<>();
		Properties recording = new Properties() {

			@Override
			public synchronized Object put(Object key, Object value) {
				if (value.toString().isBlank()) {
					problems.add(file + ": " + key + " is empty");
				}
				if (containsKey(key)) {
					problems.add(file + ": " + key + " is defined twice");
				}
				return super.put(key, value);
			}

		};
		recording.load(new StringReader(content));
		return problems;
	}

	private static Map<String, Path> bundles(boolean english) throws IOException {
		Map<String, Path> bundles = new LinkedHashMap<>();
		for (Path bundle : allBundles()) {
			String file = bundle.getFileName().toString();
			String name = file.substring(0, file.length() - ".properties".length());
			if (name.endsWith("_en") == english) {
				bundles.put(english ? name.substring(0, name.length() - 3) : name, bundle);
			}
		}
		return bundles;
	}

	private static List<Path> allBundles() throws IOException {
		try (Stream<Path> files = Files.list(MESSAGES)) {
			return files.filter(file -> file.toString().endsWith(".properties")).sorted().toList();
		}
	}

	private static List<Path> templates() throws IOException {
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			return files.filter(file -> file.toString().endsWith(".html")).sorted().toList();
		}
	}

	private static Properties load(Path bundle) throws IOException {
		try (Reader reader = Files.newBufferedReader(bundle, StandardCharsets.UTF_8)) {
			Properties properties = new Properties();
			properties.load(reader);
			return properties;
		}
	}

	private static Properties properties(String content) throws IOException {
		Properties properties = new Properties();
		properties.load(new StringReader(content));
		return properties;
	}

	private static Set<String> union(Set<String> first, Set<String> second) {
		Set<String> union = new TreeSet<>(first);
		union.addAll(second);
		return union;
	}

}
