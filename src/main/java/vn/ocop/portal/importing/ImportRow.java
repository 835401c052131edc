package vn.ocop.portal.importing;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One data row of a sheet, as {@link SheetImporter#parse} reads it. The typed getters take the
 * column's {@link ColumnDefinition#name() name} (not the header the file uses) and return null for
 * an empty cell. On bad input they record a problem naming the column and the value in the row's
 * {@link RowProblems} and return null, so a parser can read every column and let the problems
 * accumulate:
 * <pre>{@code
 * String code = row.code("ma");
 * LocalDate founded = row.date("ngay-thanh-lap");
 * Long members = row.integer("so-thanh-vien");
 * }</pre>
 * Every getter also checks what the column definition says: a required column without a value
 * ({@code importing.problem.required}) and text or codes longer than the maximum
 * ({@code importing.problem.tooLong}).
 */
public final class ImportRow {

	private final SheetDefinition definition;

	private final String sheet;

	private final int number;

	private final String[] headers;

	private final Cell[] cells;

	private final CellValues values;

	private final RowProblems problems;

	/**
	 * @param headers per column of the definition, the header as the file writes it (null: not in the file)
	 * @param cells   per column of the definition, the cell (null: empty or not in the file)
	 */
	ImportRow(SheetDefinition definition, String sheet, int number, String[] headers, Cell[] cells, CellValues values) {
		this.definition = definition;
		this.sheet = sheet;
		this.number = number;
		this.headers = headers;
		this.cells = cells;
		this.values = values;
		this.problems = new RowProblems(this);
	}

	/** The sheet's name as the file writes it (the tab, or the CSV file's sheet). */
	public String sheet() {
		return sheet;
	}

	/** The row number as Excel shows it (the header is usually row 1). */
	public int number() {
		return number;
	}

	/** Whether the file has this column at all (optional columns may be left out). */
	public boolean hasColumn(String column) {
		return headers[definition.indexOf(column)] != null;
	}

	/** Whether the cell is empty (or the column is not in the file). */
	public boolean isEmpty(String column) {
		Cell cell = cells[definition.indexOf(column)];
		return cell == null || cell.isBlank();
	}

	/** The cell as the user sees it in Excel, for messages; empty for an empty cell. */
	public String value(String column) {
		return values.display(cells[definition.indexOf(column)]);
	}

	/** Text, stripped of surrounding spaces; null when empty. */
	public String text(String column) {
		Cell cell = present(column);
		if (cell == null) {
			return null;
		}
		String text = cell.kind() == Cell.Kind.TEXT ? cell.text().strip() : values.display(cell).strip();
		return withinLength(column, text);
	}

	/** A code, keeping its leading zeros (see {@link ColumnType#CODE}); null when empty. */
	public String code(String column) {
		Cell cell = present(column);
		return cell == null ? null : withinLength(column, values.code(cell));
	}

	/** A whole number (see {@link ColumnType#INTEGER}); null when empty or not a whole number. */
	public Long integer(String column) {
		Cell cell = present(column);
		if (cell == null) {
			return null;
		}
		BigDecimal number = values.number(cell);
		if (number != null) {
			try {
				return number.stripTrailingZeros().longValueExact();
			}
			catch (ArithmeticException notWhole) {
				// reported below
			}
		}
		problems.add(column, "importing.problem.integer");
		return null;
	}

	/** A decimal number (see {@link ColumnType#DECIMAL}); null when empty or not a number. */
	public BigDecimal decimal(String column) {
		Cell cell = present(column);
		if (cell == null) {
			return null;
		}
		BigDecimal number = values.number(cell);
		if (number == null) {
			problems.add(column, "importing.problem.decimal");
		}
		return number;
	}

	/** A date (see {@link ColumnType#DATE}); null when empty or not a date. */
	public LocalDate date(String column) {
		Cell cell = present(column);
		if (cell == null) {
			return null;
		}
		LocalDate date = values.date(cell);
		if (date == null) {
			problems.add(column, "importing.problem.date");
		}
		return date;
	}

	/** Yes or no (see {@link ColumnType#BOOLEAN}); null when empty or neither. */
	public Boolean bool(String column) {
		Cell cell = present(column);
		if (cell == null) {
			return null;
		}
		Boolean value = values.bool(cell);
		if (value == null) {
			problems.add(column, "importing.problem.boolean");
		}
		return value;
	}

	RowProblems problems() {
		return problems;
	}

	SheetDefinition definition() {
		return definition;
	}

	/** The header the file uses for the column, or the column's name when the file lacks it. */
	String header(String column) {
		String header = headers[definition.indexOf(column)];
		return header == null ? column : header;
	}

	/** The cell when it has a value; records "required" for an empty required cell, "error" for a formula error. */
	private Cell present(String column) {
		int index = definition.indexOf(column);
		Cell cell = cells[index];
		if (cell == null || cell.isBlank()) {
			if (definition.columns().get(index).required()) {
				problems.add(column, "importing.problem.required");
			}
			return null;
		}
		if (cell.kind() == Cell.Kind.ERROR) {
			problems.add(column, "importing.problem.formulaError");
			return null;
		}
		return cell;
	}

	private String withinLength(String column, String text) {
		int max = definition.columns().get(definition.indexOf(column)).maxLength();
		if (max > 0 && text.codePointCount(0, text.length()) > max) {
			problems.add(column, "importing.problem.tooLong", max, text.codePointCount(0, text.length()));
			return null;
		}
		return text;
	}

}
