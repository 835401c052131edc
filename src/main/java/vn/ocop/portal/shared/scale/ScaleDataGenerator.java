package vn.ocop.portal.shared.scale;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Runs every module's {@link ScaleDataContributor}, upstream first. */
@Component
public class ScaleDataGenerator {

	private static final Logger log = LoggerFactory.getLogger(ScaleDataGenerator.class);

	private final List<ScaleDataContributor> contributors;

	ScaleDataGenerator(List<ScaleDataContributor> contributors) {
		this.contributors = contributors.stream().sorted(Comparator.comparingInt(ScaleDataContributor::order)).toList();
	}

	/** One line per module: what it generated and how long it took. */
	public List<String> generate(ScaleDataPlan plan) {
		List<String> report = new ArrayList<>();
		for (ScaleDataContributor contributor : contributors) {
			long started = System.nanoTime();
			String done = contributor.generate(plan);
			String line = "%-10s %s (%d ms)".formatted(contributor.module(), done, (System.nanoTime() - started) / 1_000_000);
			log.info("Scale data: {}", line);
			report.add(line);
		}
		return report;
	}

}
