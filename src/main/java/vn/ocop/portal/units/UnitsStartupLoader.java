package vn.ocop.portal.units;

import java.util.List;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Loads the bundled unit sets once all singletons exist (Flyway has migrated by then) and before
 * the web server starts and any {@code ApplicationRunner} (demo data) runs. Sets already stored
 * are skipped, so a restart costs one small query per set.
 */
@Component
class UnitsStartupLoader implements SmartInitializingSingleton {

	private static final Log log = LogFactory.getLog(UnitsStartupLoader.class);

	private final UnitSets unitSets;

	private final UnitsProperties properties;

	UnitsStartupLoader(UnitSets unitSets, UnitsProperties properties) {
		this.unitSets = unitSets;
		this.properties = properties;
	}

	@Override
	public void afterSingletonsInstantiated() {
		if (!properties.loadOnStartup()) {
			log.info("Administrative units: loading at startup is off (ocop.units.load-on-startup=false)");
			return;
		}
		long started = System.nanoTime();
		List<UnitSetLoadResult> results = unitSets.loadBundled();
		long millis = (System.nanoTime() - started) / 1_000_000;
		List<UnitSetLoadResult> loaded = results.stream().filter(UnitSetLoadResult::loaded).toList();
		if (loaded.isEmpty()) {
			log.info("Administrative units: all " + results.size() + " unit sets already loaded (" + millis + " ms)");
			return;
		}
		for (UnitSetLoadResult result : loaded) {
			log.info("Administrative units: loaded " + result.set().code() + " (" + result.set().file() + "): "
					+ result.provinces() + " provinces, " + result.districts() + " districts, " + result.communes()
					+ " communes, " + result.amendments() + " amendments, " + result.successions() + " successions");
		}
		log.info("Administrative units: " + loaded.size() + " of " + results.size() + " unit sets loaded in " + millis + " ms");
	}

}
