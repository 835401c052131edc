package vn.ocop.portal.shared.scale;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The command line of the jar for the national-scale data set:
 * {@code java -jar ocop-portal.jar generate-scale-data [--seed=2026] [--as-of=2026-11-28]
 * [--organisations=100000] [--products=20000] ...}. Runs after the application has started
 * (migrations applied, reference and demo data loaded), without the web server, and exits.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
@ConditionalOnProperty(name = "ocop.command", havingValue = ScaleDataCommand.NAME)
class ScaleDataCommand implements ApplicationRunner {

	static final String NAME = "generate-scale-data";

	private static final List<String> NOT_VOLUMES = List.of("seed", "as-of", "ocop.command");

	private final ScaleDataGenerator generator;

	private final Clock clock;

	ScaleDataCommand(ScaleDataGenerator generator, Clock clock) {
		this.generator = generator;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		long seed = args.containsOption("seed") ? Long.parseLong(args.getOptionValues("seed").get(0)) : 2026L;
		LocalDate asOf = args.containsOption("as-of") ? LocalDate.parse(args.getOptionValues("as-of").get(0)) : LocalDate.now(clock);
		Map<String, Integer> volumes = new LinkedHashMap<>();
		for (String name : args.getOptionNames()) {
			if (!NOT_VOLUMES.contains(name) && !name.startsWith("spring.") && !name.startsWith("server.")) {
				volumes.put(name, Integer.parseInt(args.getOptionValues(name).get(0)));
			}
		}
		List<String> report = generator.generate(new ScaleDataPlan(seed, asOf, volumes));
		System.out.println("Scale data generated (seed " + seed + ", as of " + asOf + "):");
		report.forEach(line -> System.out.println("  " + line));
	}

}
