package vn.ocop.portal.ocop;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Loads the bundled criteria ({@code ocop/instruments.json} and {@code ocop/criteria/}) once all
 * singletons exist and before the web server starts. Idempotent: a restart finds every scorecard's
 * content already stored and changes nothing; several nodes starting together wait on one lock.
 */
@Component
class ScorecardStartupLoader implements SmartInitializingSingleton {

	private static final Logger log = LoggerFactory.getLogger(ScorecardStartupLoader.class);

	private final ScorecardLoading loading;

	ScorecardStartupLoader(ScorecardLoading loading) {
		this.loading = loading;
	}

	@Override
	public void afterSingletonsInstantiated() {
		long started = System.nanoTime();
		List<ScorecardSet> sets = BundledCriteria.read(ScorecardJson.MAPPER);
		ScorecardSetValidator validator = new ScorecardSetValidator(key -> BundledCriteria.MANIFEST + " " + key);
		for (ScorecardSet set : sets) {
			ScorecardLoading.LoadReport report = loading.load(set, Scorecard.Origin.BUNDLED, validator);
			log.info("OCOP criteria {}: {} scorecard(s) stored, {} unchanged, {} kept as imported{}", report.instrumentCode(),
					report.storedCount(), report.unchanged(), report.keptImported(),
					report.instrumentCreated() ? " (instrument created)" : "");
		}
		log.info("OCOP criteria loaded in {} ms", (System.nanoTime() - started) / 1_000_000);
	}

}
