package vn.ocop.portal;

import java.util.Arrays;
import java.util.Set;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;

/**
 * OCOP Portal: one deployable, cut into application modules by business capability.
 * Each direct sub-package is a module; see {@code docs/architecture.md}.
 */
@Modulithic(systemName = "OCOP Portal", sharedModules = "shared")
@SpringBootApplication
@ConfigurationPropertiesScan
public class OcopPortalApplication {

	/**
	 * Commands of the jar that run without the web server and exit, e.g. {@code generate-scale-data},
	 * {@code import --file=organisations.xlsx}, {@code report --unit=06 --year=2022}.
	 */
	static final Set<String> COMMANDS = Set.of("generate-scale-data", "import", "report");

	public static void main(String[] args) {
		if (args.length > 0 && COMMANDS.contains(args[0])) {
			SpringApplication application = new SpringApplication(OcopPortalApplication.class);
			application.setWebApplicationType(WebApplicationType.NONE);
			String[] options = Arrays.copyOfRange(args, 1, args.length);
			String[] withCommand = Arrays.copyOf(options, options.length + 1);
			withCommand[options.length] = "--ocop.command=" + args[0];
			System.exit(SpringApplication.exit(application.run(withCommand)));
		}
		SpringApplication.run(OcopPortalApplication.class, args);
	}

}
