package vn.ocop.portal.reporting;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import vn.ocop.portal.shared.web.Languages;

/**
 * The command line of the jar for year-end reports, without the web server:
 * {@code java -jar ocop-portal.jar report --unit=06 --year=2022 [--dir=reports] [--lang=vi|en|all]
 * [--format=docx,xlsx,pdf]}. Computes the report against whatever data is loaded (e.g. after an
 * {@code import}) and writes {@code bao-cao-tong-ket-06-2022.docx} … into the directory, printing
 * each file written. Exit status: 0 written, 1 no report (unknown unit, year out of range), 2 wrong usage.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
@ConditionalOnProperty(name = "ocop.command", havingValue = ReportCommand.NAME)
class ReportCommand implements ApplicationRunner, ExitCodeGenerator {

	static final String NAME = "report";

	static final int WRITTEN = 0;

	static final int NO_REPORT = 1;

	static final int USAGE = 2;

	private final YearEndDocuments documents;

	private final MessageSource messages;

	private final PrintStream out;

	private int exitCode = WRITTEN;

	@Autowired
	ReportCommand(YearEndDocuments documents, MessageSource messages) {
		this(documents, messages, System.out);
	}

	ReportCommand(YearEndDocuments documents, MessageSource messages, PrintStream out) {
		this.documents = documents;
		this.messages = messages;
		this.out = out;
	}

	@Override
	public void run(ApplicationArguments args) {
		String unit = option(args, "unit");
		String year = option(args, "year");
		List<Locale> languages = languages(option(args, "lang"));
		List<ReportFormat> formats = formats(option(args, "format"));
		if (unit == null || year == null || !year.strip().matches("\\d{4}") || languages == null || formats == null) {
			print("reporting.cli.usage");
			exitCode = USAGE;
			return;
		}
		Path directory = Path.of(option(args, "dir") == null ? "." : option(args, "dir"));
		try {
			Files.createDirectories(directory);
			for (Locale language : languages) {
				ReportDocument document = documents.document(unit.strip(), Integer.parseInt(year.strip()), language);
				for (ReportFormat format : formats) {
					Path file = directory.resolve(YearEndDocuments.fileName(unit.strip(), Integer.parseInt(year.strip()), language, format));
					try (OutputStream stream = Files.newOutputStream(file)) {
						documents.write(document, format, stream);
					}
					print("reporting.cli.written", file.toAbsolutePath().toString());
				}
			}
		}
		catch (ReportNotAvailable problem) {
			Languages.SUPPORTED.forEach(locale -> out.println(messages.getMessage(problem.messageKey(), problem.arguments(), locale)));
			exitCode = NO_REPORT;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public int getExitCode() {
		return exitCode;
	}

	private void print(String key, Object... arguments) {
		Languages.SUPPORTED.forEach(locale -> out.println(messages.getMessage(key, arguments, locale)));
	}

	private static List<Locale> languages(String option) {
		if (option == null || option.equalsIgnoreCase("all")) {
			return Languages.SUPPORTED;
		}
		List<Locale> languages = new ArrayList<>();
		for (String tag : option.split(",")) {
			Locale wanted = Languages.SUPPORTED.stream().filter(locale -> locale.getLanguage().equalsIgnoreCase(tag.strip()))
				.findFirst()
				.orElse(null);
			if (wanted == null) {
				return null;
			}
			languages.add(wanted);
		}
		return languages;
	}

	private static List<ReportFormat> formats(String option) {
		if (option == null) {
			return List.of(ReportFormat.values());
		}
		List<ReportFormat> formats = new ArrayList<>();
		for (String extension : option.split(",")) {
			ReportFormat format = ReportFormat.of(extension.strip()).orElse(null);
			if (format == null) {
				return null;
			}
			formats.add(format);
		}
		return formats;
	}

	private static String option(ApplicationArguments args, String name) {
		List<String> values = args.getOptionValues(name);
		return values == null || values.isEmpty() ? null : values.get(0);
	}

}
