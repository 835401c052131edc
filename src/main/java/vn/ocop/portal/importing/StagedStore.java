package vn.ocop.portal.importing;

/**
 * The set-based way to store a sheet ({@link SheetImporter#staged()}): instead of batches handed
 * to {@link SheetImporter#store}, the store pass streams every row of the sheet with PostgreSQL's
 * {@code COPY} into a staging table of the file's transaction, then calls {@link #store} once to
 * upsert the whole sheet with a few set-based statements. The engine creates the table with
 * {@link #createTable()} (a {@code TEMPORARY ... ON COMMIT DROP} table: gone when the file's
 * transaction ends, whether it commits or rolls back), copies the rows in with
 * {@link #copyCommand()}, writing each with {@link #write}, and then calls {@link #store}; all in
 * the file's one transaction, so all-or-nothing holds as with batches.
 * <p>
 * {@link #write} runs while the {@code COPY} is open on the transaction's connection: it must not
 * query the database (use what the check pass cached in the {@link ImportContext}).
 *
 * @param <R> the importer's record of one parsed row
 */
public interface StagedStore<R> {

	/** The statement creating the staging table, e.g. {@code CREATE TEMPORARY TABLE x (...) ON COMMIT DROP}. */
	String createTable();

	/** The copy command, e.g. {@code COPY x (a, b, c) FROM STDIN}: PostgreSQL's text format. */
	String copyCommand();

	/** Writes the values of one cleanly parsed row, in the columns of {@link #copyCommand()}. */
	void write(R row, ImportContext context, StagingRow out);

	/**
	 * Stores the staged sheet (upserts, history, audit) and says how many rows were created,
	 * updated and unchanged; {@code rows} is the number of rows staged. Throwing rolls back the
	 * whole file.
	 */
	StoreCounts store(long rows, ImportContext context);

}
