package vn.ocop.portal.importing;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

import vn.ocop.portal.identity.ScopedUser;
import vn.ocop.portal.shared.web.Languages;

/**
 * The command line of the jar for imports, without the web server:
 * {@code java -jar ocop-portal.jar import --file=path.xlsx [--sheet=to-chuc] [--as=username]}.
 * Runs the import in the calling thread after the application has started, prints the summary or
 * the problems (sheet, row, column, value, reason in Vietnamese and English) and sets the exit
 * status: 0 imported, 1 not imported (problems, refused file, store error), 2 wrong usage.
 * {@code --as} names an existing, enabled account whose role and scope apply; without it the
 * system imports with the provincial administrator's rights over the portal's province, audited
 * as {@code system}.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
@ConditionalOnProperty(name = "ocop.command", havingValue = ImportCommand.NAME)
class ImportCommand implements ApplicationRunner, ExitCodeGenerator {

	static final String NAME = "import";

	static final int IMPORTED = 0;

	static final int NOT_IMPORTED = 1;

	static final int USAGE = 2;

	private static final List<Locale> LANGUAGES = Languages.SUPPORTED;

	private final Imports imports;

	private final ImportMessages messages;

	private final UserDetailsService accounts;

	private final String provinceCode;

	private final PrintStream out;

	private int exitCode = IMPORTED;

	@Autowired
	ImportCommand(Imports imports, ImportMessages messages, UserDetailsService accounts,
			@Value("${ocop.portal.province-code:06}") String provinceCode) {
		this(imports, messages, accounts, provinceCode, System.out);
	}

	ImportCommand(Imports imports, ImportMessages messages, UserDetailsService accounts, String provinceCode, PrintStream out) {
		this.imports = imports;
		this.messages = messages;
		this.accounts = accounts;
		this.provinceCode = provinceCode;
		this.out = out;
	}

	@Override
	public void run(ApplicationArguments args) {
		String file = option(args, "file");
		if (file == null || file.isBlank()) {
			usage("importing.cli.usage");
			return;
		}
		Path path = Path.of(file);
		if (!Files.isRegularFile(path) || !Files.isReadable(path)) {
			usage("importing.cli.noFile", path);
			return;
		}
		ScopedUser user = user(option(args, "as"));
		if (user == null) {
			return;
		}
		ImportJobView job;
		try {
			job = imports.importNow(path, option(args, "sheet"), user);
		}
		catch (ImportRejected rejected) {
			LANGUAGES.forEach(locale -> out.println(messages.rejected(rejected, locale)));
			exitCode = NOT_IMPORTED;
			return;
		}
		report(job);
		exitCode = job.succeeded() ? IMPORTED : NOT_IMPORTED;
	}

	@Override
	public int getExitCode() {
		return exitCode;
	}

	private void report(ImportJobView job) {
		for (Locale locale : LANGUAGES) {
			out.println(messages.text("importing.cli.job", new Object[] { job.fileName(), job.sha256(), job.id().toString(),
					messages.text(job.status().messageKey(), null, locale) }, locale));
		}
		if (job.succeeded()) {
			for (SheetSummary sheet : job.sheets()) {
				for (Locale locale : LANGUAGES) {
					out.println("  " + messages.text("importing.cli.sheet", new Object[] { sheet.sheet(), sheet.rows(),
							sheet.created(), sheet.updated(), sheet.unchanged() }, locale));
				}
			}
			return;
		}
		if (job.failureKey() != null) {
			LANGUAGES.forEach(locale -> out.println(messages.failure(job, locale)));
		}
		if (job.problemCount() > 0) {
			LANGUAGES.forEach(locale -> out.println(messages.text("importing.cli.problems", new Object[] { job.problemCount() }, locale)));
			imports.eachProblem(job, problem -> {
				out.println("- " + where(problem));
				LANGUAGES.forEach(locale -> out.println("    " + messages.problem(problem, locale)));
			});
		}
	}

	/** Where a problem is, in Vietnamese: sheet, row, column and value, as far as it has them. */
	private String where(ImportProblem problem) {
		List<String> parts = new ArrayList<>();
		if (!problem.sheet().isEmpty()) {
			parts.add(problem.sheet());
		}
		if (problem.row() != null) {
			parts.add(messages.text("importing.cli.row", new Object[] { problem.row().toString() }, Languages.VIETNAMESE));
		}
		if (problem.column() != null) {
			parts.add(messages.text("importing.cli.column", new Object[] { problem.column() }, Languages.VIETNAMESE));
		}
		if (problem.row() != null && problem.value() != null) {
			parts.add(messages.text("importing.cli.value", new Object[] { problem.value() }, Languages.VIETNAMESE));
		}
		return parts.isEmpty() ? messages.text("importing.cli.file", null, Languages.VIETNAMESE) : String.join(", ", parts);
	}

	/** The account named by {@code --as}, or the system; null (and exit status 2) when the account is unusable. */
	private ScopedUser user(String username) {
		if (username == null || username.isBlank()) {
			return SystemActor.ofProvince(provinceCode);
		}
		try {
			UserDetails account = accounts.loadUserByUsername(username.strip());
			if (account instanceof ScopedUser scoped && account.isEnabled() && account.isAccountNonLocked()) {
				return scoped;
			}
		}
		catch (UsernameNotFoundException unknown) {
			// reported below
		}
		usage("importing.cli.noAccount", username);
		return null;
	}

	private void usage(String key, Object... args) {
		LANGUAGES.forEach(locale -> out.println(messages.text(key, args, locale)));
		exitCode = USAGE;
	}

	private static String option(ApplicationArguments args, String name) {
		List<String> values = args.getOptionValues(name);
		return values == null || values.isEmpty() ? null : values.get(0);
	}

}
