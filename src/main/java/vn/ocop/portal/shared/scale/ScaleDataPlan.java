package vn.ocop.portal.shared.scale;

import java.time.LocalDate;
import java.util.Map;
import java.util.Random;

/**
 * What the national-scale generator is asked to produce. Volumes are named by the entity they
 * count ({@code organisations}, {@code products}, {@code articles}, {@code petitions},
 * {@code years}, {@code accounts-per-commune}); each module reads the volumes it owns. The same seed
 * gives the same data, so benchmark runs are comparable.
 *
 * @param seed    seed of every random choice
 * @param asOf    the reference date (the last year generated is the year before it)
 * @param volumes requested volumes by name; absent names take the module's national default
 */
public record ScaleDataPlan(long seed, LocalDate asOf, Map<String, Integer> volumes) {

	public ScaleDataPlan {
		if (asOf == null) {
			throw new IllegalArgumentException("A scale data plan needs a reference date");
		}
		volumes = Map.copyOf(volumes);
		volumes.forEach((name, value) -> {
			if (value < 0) {
				throw new IllegalArgumentException("Volume '" + name + "' must not be negative: " + value);
			}
		});
	}

	/** The requested volume, or the national default the module gives. */
	public int volume(String name, int nationalDefault) {
		return volumes.getOrDefault(name, nationalDefault);
	}

	/** A random generator for one module, independent of the order modules run in. */
	public Random random(String module) {
		return new Random(seed * 31 + module.hashCode());
	}

}
