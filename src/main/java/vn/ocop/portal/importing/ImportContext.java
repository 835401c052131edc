package vn.ocop.portal.importing;

import java.time.LocalDate;
import java.util.OptionalInt;
import java.util.function.Supplier;

import vn.ocop.portal.identity.ScopedUser;

/**
 * What a {@link SheetImporter} knows about the import it takes part in, while checking rows
 * (pass 1) and while storing them (pass 2). One context per file.
 */
public interface ImportContext {

	/** Who imports: the signed-in user, the account named on the command line, or the system actor. */
	ScopedUser user();

	/** The job, e.g. to name it in audit entries of the stored rows. */
	ImportJobId job();

	/** Today in Vietnam (from the application's clock), e.g. to refuse dates in the future. */
	LocalDate today();

	/**
	 * The row of this file where a sheet declared the key ({@link SheetImporter#key}), if any: the
	 * sheets before the asking sheet in the import order, and the rows of the asking sheet above
	 * the current row. {@code sheet} is the other sheet's definition name (an alias works too).
	 */
	OptionalInt rowInFile(String sheet, String key);

	/**
	 * Whether the key exists in this file (as {@link #rowInFile}) or in the database, as the other
	 * sheet's importer says ({@link SheetImporter#exists}). Answers are cached for the file.
	 */
	boolean exists(String sheet, String key);

	/**
	 * A value kept for the whole file, created on first use: caches an importer fills once instead
	 * of asking the database per row (e.g. the codes of every organisation in the user's scope).
	 * Names are shared by all sheets: prefix them with the module, e.g. {@code registry.orgCodes}.
	 */
	<T> T cached(String name, Supplier<T> create);

}
