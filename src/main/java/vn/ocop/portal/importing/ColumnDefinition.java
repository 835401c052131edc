package vn.ocop.portal.importing;

import java.util.List;
import java.util.stream.Stream;

/**
 * One column of a {@link SheetDefinition}: its header as the templates write it, other headers
 * accepted for it (e.g. the English one), its type, whether a value is required, the longest
 * text accepted, the message key that describes it (Vietnamese and English bundles) and an
 * example value written into the templates' example row and the documentation.
 * <p>
 * Headers are matched ignoring case, diacritics, spaces, hyphens and underscores.
 * Build it with the factories and withers:
 * <pre>{@code
 * ColumnDefinition.required("ma", ColumnType.CODE, "registry.import.column.code").alias("code").maxLength(30).example("HTX-0001")
 * }</pre>
 *
 * @param name           the header written in templates, e.g. {@code ma} or {@code ngay-thanh-lap}
 * @param aliases        other accepted headers, e.g. {@code code}, {@code founded}
 * @param type           how values are read
 * @param required       whether every data row needs a value (and the header must be present)
 * @param maxLength      the longest text or code accepted; 0: no limit
 * @param descriptionKey message key describing the column (what it holds, which codes)
 * @param example        an example value as a person would type it, e.g. {@code 27/12/2022}, {@code 7.210}
 */
public record ColumnDefinition(String name, List<String> aliases, ColumnType type, boolean required, int maxLength,
		String descriptionKey, String example) {

	public ColumnDefinition {
		if (name == null || name.isBlank() || Names.normalise(name).isEmpty()) {
			throw new IllegalArgumentException("A column needs a name");
		}
		if (type == null) {
			throw new IllegalArgumentException("Column " + name + " needs a type");
		}
		if (maxLength < 0) {
			throw new IllegalArgumentException("Column " + name + ": maxLength must be 0 (no limit) or more");
		}
		if (descriptionKey == null || descriptionKey.isBlank()) {
			throw new IllegalArgumentException("Column " + name + " needs a description key");
		}
		name = name.strip();
		aliases = aliases == null ? List.of() : aliases.stream().map(String::strip).toList();
		example = example == null ? "" : example;
	}

	/** A column every data row must fill. */
	public static ColumnDefinition required(String name, ColumnType type, String descriptionKey) {
		return new ColumnDefinition(name, List.of(), type, true, 0, descriptionKey, "");
	}

	/** A column that may be left empty (its header may be missing too). */
	public static ColumnDefinition optional(String name, ColumnType type, String descriptionKey) {
		return new ColumnDefinition(name, List.of(), type, false, 0, descriptionKey, "");
	}

	/** The same column also accepting these headers. */
	public ColumnDefinition alias(String... more) {
		return new ColumnDefinition(name, Stream.concat(aliases.stream(), Stream.of(more)).toList(), type, required,
				maxLength, descriptionKey, example);
	}

	public ColumnDefinition maxLength(int max) {
		return new ColumnDefinition(name, aliases, type, required, max, descriptionKey, example);
	}

	public ColumnDefinition example(String value) {
		return new ColumnDefinition(name, aliases, type, required, maxLength, descriptionKey, value);
	}

	/** Whether a header of a file names this column. */
	public boolean matches(String header) {
		String wanted = Names.normalise(header);
		return Names.normalise(name).equals(wanted) || aliases.stream().anyMatch(alias -> Names.normalise(alias).equals(wanted));
	}

}
