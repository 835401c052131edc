package vn.ocop.portal.importing;

import java.util.ArrayList;
import java.util.List;

/**
 * The problems of one data row, collected while {@link SheetImporter#parse parsing} and
 * {@link SheetImporter#check checking} it. A row with any problem stops the whole file from being
 * stored. Each problem names the column (its header as the file writes it), the cell's value and
 * the reason as a message key with arguments; the key comes from {@code importing.problem.*} or
 * the sheet importer's own bundle, in Vietnamese and English, e.g.
 * {@code problems.add("ma-huyen", "registry.import.problem.unitUnknown", unitCode)}.
 */
public final class RowProblems {

	private final ImportRow row;

	private List<ImportProblem> problems;

	RowProblems(ImportRow row) {
		this.row = row;
	}

	/** A problem with one cell: the column's header and value are taken from the row. */
	public void add(String column, String messageKey, Object... args) {
		record(new ImportProblem(row.sheet(), row.number(), row.header(column), row.value(column), messageKey,
				ImportProblem.arguments(args)));
	}

	/** A problem with the row as a whole (no single column). */
	public void addToRow(String messageKey, Object... args) {
		record(new ImportProblem(row.sheet(), row.number(), null, null, messageKey, ImportProblem.arguments(args)));
	}

	/** Whether the row has no problem so far. */
	public boolean isEmpty() {
		return problems == null;
	}

	/** Whether this column already has a problem (to skip further checks of its value). */
	public boolean has(String column) {
		String header = row.header(column);
		return problems != null && problems.stream().anyMatch(problem -> header.equals(problem.column()));
	}

	/** A problem the engine builds itself (e.g. a key repeated within the file, naming the key columns). */
	void addProblem(ImportProblem problem) {
		record(problem);
	}

	List<ImportProblem> list() {
		return problems == null ? List.of() : problems;
	}

	private void record(ImportProblem problem) {
		if (problems == null) {
			problems = new ArrayList<>(2);
		}
		problems.add(problem);
	}

}
