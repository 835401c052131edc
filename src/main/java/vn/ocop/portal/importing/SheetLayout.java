package vn.ocop.portal.importing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.poi.ss.util.CellReference;

/**
 * How one sheet of a file lays out its columns: the header row (the sheet's first row with a
 * value) is matched against the sheet definition, ignoring case, diacritics, spaces, hyphens and
 * underscores; then each data row becomes an {@link ImportRow}. Blank rows and the templates'
 * example row left unchanged are skipped.
 * <p>
 * Header problems: a required column missing (one problem listing all of them, and the sheet's
 * rows are not read), a header the sheet does not know, a column given twice. A value in a
 * column without a header is reported once per sheet.
 */
final class SheetLayout {

	private final SheetDefinition definition;

	private final String sheetName;

	private final CellValues values;

	private final int[] fileColumns;

	private final String[] headers;

	private final String[] example;

	private boolean[] known = new boolean[0];

	private Integer headerRow;

	private boolean strayReported;

	SheetLayout(SheetDefinition definition, String sheetName, CellValues values) {
		this.definition = definition;
		this.sheetName = sheetName;
		this.values = values;
		int size = definition.columns().size();
		this.fileColumns = new int[size];
		Arrays.fill(fileColumns, -1);
		this.headers = new String[size];
		this.example = new String[size];
		for (int i = 0; i < size; i++) {
			ColumnDefinition column = definition.columns().get(i);
			example[i] = values.canonical(column.type(), Cell.text(column.example()));
		}
	}

	boolean hasHeader() {
		return headerRow != null;
	}

	/**
	 * Reads the header row; returns its problems. {@link #unreadable} tells afterwards whether the
	 * rows can be read at all (every required column present).
	 */
	List<ImportProblem> header(int rowNumber, List<Cell> cells) {
		headerRow = rowNumber;
		known = new boolean[cells.size()];
		List<ImportProblem> problems = new ArrayList<>();
		for (int fileColumn = 0; fileColumn < cells.size(); fileColumn++) {
			String header = cells.get(fileColumn) == null ? "" : values.display(cells.get(fileColumn)).strip();
			if (header.isEmpty()) {
				continue;
			}
			known[fileColumn] = true;
			int index = indexOf(header);
			if (index < 0) {
				problems.add(new ImportProblem(sheetName, rowNumber, header, header, "importing.problem.unknownColumn",
						ImportProblem.arguments(header, allColumns())));
			}
			else if (fileColumns[index] >= 0) {
				problems.add(new ImportProblem(sheetName, rowNumber, header, header, "importing.problem.duplicateColumn",
						ImportProblem.arguments(header, letter(fileColumns[index]), letter(fileColumn))));
			}
			else {
				fileColumns[index] = fileColumn;
				headers[index] = header;
			}
		}
		List<String> missing = new ArrayList<>();
		for (int i = 0; i < fileColumns.length; i++) {
			if (fileColumns[i] < 0 && definition.columns().get(i).required()) {
				missing.add(definition.columns().get(i).name());
			}
		}
		if (!missing.isEmpty()) {
			problems.add(new ImportProblem(sheetName, rowNumber, String.join(", ", missing), null,
					"importing.problem.missingColumns", ImportProblem.arguments(String.join(", ", missing), requiredColumns())));
		}
		return problems;
	}

	/** Whether a required column is missing: the rows cannot be read. */
	boolean unreadable() {
		for (int i = 0; i < fileColumns.length; i++) {
			if (fileColumns[i] < 0 && definition.columns().get(i).required()) {
				return true;
			}
		}
		return false;
	}

	/** The data row, or null for a blank row or the unchanged example row of a template. */
	ImportRow row(int number, List<Cell> cells) {
		Cell[] row = new Cell[fileColumns.length];
		boolean blank = true;
		for (int i = 0; i < fileColumns.length; i++) {
			int fileColumn = fileColumns[i];
			Cell cell = fileColumn >= 0 && fileColumn < cells.size() ? cells.get(fileColumn) : null;
			if (cell != null && !cell.isBlank()) {
				row[i] = cell;
				blank = false;
			}
		}
		if (blank || isExample(row)) {
			return null;
		}
		return new ImportRow(definition, sheetName, number, headers, row, values);
	}

	/** A value in a column without a header, reported once per sheet; null when none (or already reported). */
	ImportProblem strayValue(int number, List<Cell> cells) {
		if (strayReported) {
			return null;
		}
		for (int fileColumn = 0; fileColumn < cells.size(); fileColumn++) {
			Cell cell = cells.get(fileColumn);
			if (cell != null && !cell.isBlank() && (fileColumn >= known.length || !known[fileColumn])) {
				strayReported = true;
				String value = values.display(cell);
				return new ImportProblem(sheetName, number, letter(fileColumn), value, "importing.problem.valueWithoutHeader",
						ImportProblem.arguments(letter(fileColumn)));
			}
		}
		return null;
	}

	private boolean isExample(Cell[] row) {
		for (int i = 0; i < row.length; i++) {
			ColumnDefinition column = definition.columns().get(i);
			String canonical = values.canonical(column.type(), row[i]);
			if (example[i] == null || canonical == null || !example[i].equals(canonical)) {
				return false;
			}
		}
		return Arrays.stream(example).anyMatch(value -> value != null && !value.isEmpty());
	}

	private int indexOf(String header) {
		for (int i = 0; i < definition.columns().size(); i++) {
			if (definition.columns().get(i).matches(header)) {
				return i;
			}
		}
		return -1;
	}

	private String allColumns() {
		return definition.columns().stream().map(ColumnDefinition::name).collect(Collectors.joining(", "));
	}

	private String requiredColumns() {
		return definition.columns().stream().filter(ColumnDefinition::required).map(ColumnDefinition::name).collect(Collectors.joining(", "));
	}

	private static String letter(int column) {
		return CellReference.convertNumToColString(column);
	}

}
