package vn.ocop.portal.importing;

/**
 * What {@link SheetImporter#store} did with a batch: rows created, rows updated (some value
 * changed) and rows unchanged (the same values were already stored). Re-importing the same file
 * reports every row unchanged. With PostgreSQL one statement tells all three apart:
 * {@code INSERT ... ON CONFLICT (code) DO UPDATE SET ... WHERE (t.a, t.b) IS DISTINCT FROM
 * (excluded.a, excluded.b) RETURNING (xmax = 0) AS created}: the rows returned with
 * {@code created} are new, the others returned were updated, the batch's other rows unchanged.
 */
public record StoreCounts(long created, long updated, long unchanged) {

	public static final StoreCounts NONE = new StoreCounts(0, 0, 0);

	public StoreCounts {
		if (created < 0 || updated < 0 || unchanged < 0) {
			throw new IllegalArgumentException("Counts cannot be negative");
		}
	}

	/** Counts of a batch of {@code batchSize} rows of which {@code created} were new and {@code updated} changed. */
	public static StoreCounts ofBatch(int batchSize, long created, long updated) {
		return new StoreCounts(created, updated, batchSize - created - updated);
	}

	public StoreCounts plus(StoreCounts other) {
		return new StoreCounts(created + other.created, updated + other.updated, unchanged + other.unchanged);
	}

	public long total() {
		return created + updated + unchanged;
	}

}
