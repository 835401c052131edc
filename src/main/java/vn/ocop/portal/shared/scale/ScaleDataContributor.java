package vn.ocop.portal.shared.scale;

/**
 * Implemented by each module that adds its entities to the synthetic national-scale data set
 * (used for benchmarks). Contributors run in {@link #order()}, each in its own transactions, and
 * must be idempotent: running the generator twice with the same plan adds nothing the second time.
 */
public interface ScaleDataContributor {

	/** Upstream modules first (units before identity before registry ...). */
	int order();

	/** The module's name, for the report. */
	String module();

	/** Generates the module's share of the plan and says what it did, e.g. {@code 3,389 accounts}. */
	String generate(ScaleDataPlan plan);

}
