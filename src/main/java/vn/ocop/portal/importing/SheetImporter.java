package vn.ocop.portal.importing;

import java.util.List;
import java.util.Set;

import vn.ocop.portal.identity.Role;
import vn.ocop.portal.identity.ScopedUser;

/**
 * The contract a module implements to let people import one kind of sheet (a Spring bean per
 * sheet). The engine ({@link Imports}) streams the file twice:
 * <ol>
 * <li><b>Check</b>: for every data row, {@link #parse} turns the cells into a row record {@code R}
 * (the typed getters of {@link ImportRow} record bad values), the engine registers its
 * {@link #key} (a key twice in the same sheet is a problem) and, when the row parsed cleanly,
 * {@link #check} looks at other rows and the database. Problems are collected for the whole file.</li>
 * <li><b>Store</b>, only when no row of any sheet had a problem: every row is parsed again and
 * handed to {@link #store} in batches of about 1,000, all inside ONE transaction for the whole
 * file. Any exception rolls everything back.</li>
 * </ol>
 * Sheets are processed in {@link SheetDefinition#order() order}, so rows of sheets that others
 * refer to are known first ({@link ImportContext#rowInFile}). Re-importing the same file must
 * change nothing: {@link #store} upserts by the stable key and reports rows unchanged.
 * <p>
 * Minimal example (the test sheet {@code demo-things} of this module's tests works like this):
 * <pre>{@code
 * @Component
 * class CooperativeSheet implements SheetImporter<CooperativeSheet.Row> {
 *
 *     record Row(String code, String name, LocalDate founded) {}
 *
 *     public SheetDefinition definition() {
 *         return SheetDefinition.of("to-chuc", "registry.import.sheet", "registry.import.sheet.description",
 *                 ColumnDefinition.required("ma", ColumnType.CODE, "registry.import.column.code").alias("code").maxLength(30).example("HTX-0001"),
 *                 ColumnDefinition.required("ten", ColumnType.TEXT, "registry.import.column.name").alias("name").maxLength(255).example("HTX Đồng Tâm"),
 *                 ColumnDefinition.optional("ngay-thanh-lap", ColumnType.DATE, "registry.import.column.founded").alias("founded").example("27/12/2022"))
 *             .alias("organisations").key("ma").order(10);
 *     }
 *
 *     public Row parse(ImportRow row, RowProblems problems) {
 *         return new Row(row.code("ma"), row.text("ten"), row.date("ngay-thanh-lap"));
 *     }
 *
 *     public String key(Row row) { return row.code(); }
 *
 *     public void check(Row row, ImportContext context, RowProblems problems) {
 *         if (row.founded() != null && row.founded().isAfter(context.today())) {
 *             problems.add("ngay-thanh-lap", "registry.import.problem.foundedInFuture");
 *         }
 *     }
 *
 *     public StoreCounts store(List<Row> batch, ImportContext context) {
 *         // one INSERT ... ON CONFLICT (code) DO UPDATE ... WHERE ... IS DISTINCT FROM ... RETURNING (xmax = 0)
 *     }
 *
 *     public boolean exists(String code) { ... }   // lets other sheets refer to stored organisations
 * }
 * }</pre>
 *
 * @param <R> the importer's own record of one parsed row
 */
public interface SheetImporter<R> {

	/** The roles that may import any sheet unless the sheet narrows it ({@link #mayImport}). */
	Set<Role> DEFAULT_ROLES = Set.of(Role.ADMIN, Role.PROVINCIAL_OFFICER);

	/** The sheet's name, aliases, columns, key columns and order. Called often: return a constant. */
	SheetDefinition definition();

	/**
	 * Reads one data row with the typed getters of {@link ImportRow}. The returned value is ignored
	 * when {@code problems} is not empty afterwards, so a parser may return null or a half-filled
	 * record then. Must not touch the database: it runs again in the store pass.
	 */
	R parse(ImportRow row, RowProblems problems);

	/**
	 * The row's stable key (its code), which {@link #store} upserts by; the engine reports a key
	 * that repeats within the sheet and offers the keys to later sheets
	 * ({@link ImportContext#rowInFile}). Null: the sheet has no keys to offer or to check.
	 */
	default String key(R row) {
		return null;
	}

	/**
	 * Checks a cleanly parsed row against other rows of the file and the database: references to
	 * other sheets ({@link ImportContext#exists}), the user's data scope
	 * ({@link ImportContext#user()}), business rules. Runs in the check pass only, outside any
	 * transaction of the import.
	 */
	default void check(R row, ImportContext context, RowProblems problems) {
	}

	/**
	 * Upserts a batch of rows (about 1,000), in the file's one transaction, and says how many were
	 * created, updated and unchanged. Rows arrive in file order; rows of sheets earlier in the
	 * import order are already stored (in the same transaction). Audit changes here if the sheet's
	 * module audits row by row. Throwing rolls back the whole file.
	 * <p>
	 * A sheet implements either this or {@link #staged()}; the engine never calls this one for a
	 * sheet that has a staged store.
	 */
	default StoreCounts store(List<R> batch, ImportContext context) {
		throw new UnsupportedOperationException("Sheet " + definition().name() + " implements neither store() nor staged()");
	}

	/**
	 * The set-based store of this sheet, if it has one: the store pass then copies every row into
	 * a staging table and upserts the sheet at once ({@link StagedStore}) instead of calling
	 * {@link #store} per batch. Default: none.
	 */
	default StagedStore<R> staged() {
		return null;
	}

	/**
	 * Whether a row with this key is stored already, so that later sheets may refer to it
	 * ({@link ImportContext#exists}). The default: no row is ever found in the database.
	 */
	default boolean exists(String key) {
		return false;
	}

	/**
	 * Whether the user may import this sheet at all; a file with a sheet the user may not import is
	 * refused as a whole. Default: provincial administrators and provincial officers
	 * ({@link #DEFAULT_ROLES}). Row-level scope checks belong in {@link #check}.
	 */
	default boolean mayImport(ScopedUser user) {
		return DEFAULT_ROLES.contains(user.role());
	}

}
