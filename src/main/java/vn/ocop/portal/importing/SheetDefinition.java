package vn.ocop.portal.importing;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * One kind of sheet the importer accepts: its name as it appears in workbooks (the sheet's tab, or
 * the CSV file's name such as {@code to-chuc.csv}), in Vietnamese with English aliases, its
 * columns, the columns making up the stable key the importer upserts by, and its place in the
 * import order: a sheet that other sheets refer to comes first (organisations before annual
 * updates), so that {@link ImportContext#rowInFile} finds the rows it refers to.
 *
 * @param name           the sheet's name in templates, e.g. {@code to-chuc}; at most 31 characters
 *                       (Excel's limit), without {@code [ ] : * ? / \}
 * @param aliases        other accepted names, e.g. {@code organisations}
 * @param titleKey       message key of the sheet's human title (pages, documentation)
 * @param descriptionKey message key of one sentence on what a row of the sheet is
 * @param order          position in the import order, smaller first
 * @param keyColumns     the columns whose values make the row's key (see {@link SheetImporter#key});
 *                       named in the problem when a key repeats within the file
 * @param columns        the columns, in template order
 */
public record SheetDefinition(String name, List<String> aliases, String titleKey, String descriptionKey, int order,
		List<String> keyColumns, List<ColumnDefinition> columns) {

	private static final Pattern SHEET_NAME = Pattern.compile("[^\\[\\]:*?/\\\\]{1,31}");

	public SheetDefinition {
		if (name == null || !SHEET_NAME.matcher(name.strip()).matches() || Names.normalise(name).isEmpty()) {
			throw new IllegalArgumentException("Invalid sheet name '" + name + "' (1..31 characters, no [ ] : * ? / \\)");
		}
		if (titleKey == null || titleKey.isBlank() || descriptionKey == null || descriptionKey.isBlank()) {
			throw new IllegalArgumentException("Sheet " + name + " needs a title key and a description key");
		}
		if (columns == null || columns.isEmpty()) {
			throw new IllegalArgumentException("Sheet " + name + " needs columns");
		}
		name = name.strip();
		aliases = aliases == null ? List.of() : aliases.stream().map(String::strip).toList();
		keyColumns = keyColumns == null ? List.of() : List.copyOf(keyColumns);
		columns = List.copyOf(columns);
		Set<String> headers = new HashSet<>();
		for (ColumnDefinition column : columns) {
			for (String header : Stream.concat(Stream.of(column.name()), column.aliases().stream()).toList()) {
				if (!headers.add(Names.normalise(header))) {
					throw new IllegalArgumentException("Sheet " + name + ": header '" + header + "' names two columns");
				}
			}
		}
		for (String key : keyColumns) {
			if (columns.stream().noneMatch(column -> column.name().equals(key))) {
				throw new IllegalArgumentException("Sheet " + name + ": key column '" + key + "' is not one of its columns");
			}
		}
	}

	/** A sheet definition; add aliases, key columns and the order with the withers. */
	public static SheetDefinition of(String name, String titleKey, String descriptionKey, ColumnDefinition... columns) {
		return new SheetDefinition(name, List.of(), titleKey, descriptionKey, 0, List.of(), List.of(columns));
	}

	public SheetDefinition alias(String... more) {
		return new SheetDefinition(name, Stream.concat(aliases.stream(), Stream.of(more)).toList(), titleKey,
				descriptionKey, order, keyColumns, columns);
	}

	public SheetDefinition order(int position) {
		return new SheetDefinition(name, aliases, titleKey, descriptionKey, position, keyColumns, columns);
	}

	public SheetDefinition key(String... columnNames) {
		return new SheetDefinition(name, aliases, titleKey, descriptionKey, order, List.of(columnNames), columns);
	}

	/** Whether a sheet tab or CSV file name (without extension) names this sheet. */
	public boolean matches(String sheetName) {
		String wanted = Names.normalise(sheetName);
		return Names.normalise(name).equals(wanted) || aliases.stream().anyMatch(alias -> Names.normalise(alias).equals(wanted));
	}

	/** The column with this name (not alias). */
	public Optional<ColumnDefinition> column(String columnName) {
		return columns.stream().filter(column -> column.name().equals(columnName)).findFirst();
	}

	/** The position of the column with this name; an {@link IllegalArgumentException} for an unknown name. */
	int indexOf(String columnName) {
		for (int index = 0; index < columns.size(); index++) {
			if (columns.get(index).name().equals(columnName)) {
				return index;
			}
		}
		throw new IllegalArgumentException("Sheet " + name + " has no column '" + columnName + "'");
	}

}
