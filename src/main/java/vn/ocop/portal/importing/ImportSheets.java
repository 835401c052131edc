package vn.ocop.portal.importing;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import vn.ocop.portal.identity.ScopedUser;

/**
 * Every {@link SheetImporter} bean of the application, in import order. Names and aliases must be
 * unique across sheets (checked at startup); the instructions sheet of the templates
 * ({@value #INSTRUCTIONS}) is reserved and skipped when reading.
 */
@Component
class ImportSheets {

	static final String INSTRUCTIONS = "Hướng dẫn";

	private static final Set<String> IGNORED = Set.of(Names.normalise(INSTRUCTIONS), Names.normalise("Instructions"));

	/** The reserved name of the combined template ({@code templates/workbook.xlsx}). */
	static final String WORKBOOK = "workbook";

	private final List<SheetImporter<?>> importers;

	@Autowired
	ImportSheets(ObjectProvider<SheetImporter<?>> importers) {
		this(importers.stream().toList());
	}

	ImportSheets(List<SheetImporter<?>> importers) {
		this.importers = importers.stream()
			.sorted(Comparator.<SheetImporter<?>>comparingInt(importer -> importer.definition().order())
				.thenComparing(importer -> importer.definition().name()))
			.toList();
		Map<String, String> names = new HashMap<>();
		for (SheetImporter<?> importer : this.importers) {
			SheetDefinition definition = importer.definition();
			for (String name : Stream.concat(Stream.of(definition.name()), definition.aliases().stream()).toList()) {
				String normalised = Names.normalise(name);
				if (IGNORED.contains(normalised) || normalised.equals(WORKBOOK)) {
					throw new IllegalStateException("Sheet name '" + name + "' is reserved");
				}
				String other = names.putIfAbsent(normalised, definition.name());
				if (other != null && !other.equals(definition.name())) {
					throw new IllegalStateException("Sheets " + other + " and " + definition.name() + " both answer to '" + name + "'");
				}
			}
		}
	}

	/** All sheet importers, referenced sheets first. */
	List<SheetImporter<?>> all() {
		return importers;
	}

	/** The importer for a sheet tab or CSV file name (name or alias, ignoring case and diacritics). */
	Optional<SheetImporter<?>> find(String sheetName) {
		return importers.stream().filter(importer -> importer.definition().matches(sheetName)).findFirst();
	}

	/** The sheets this user may import. */
	List<SheetDefinition> importable(ScopedUser user) {
		return importers.stream().filter(importer -> importer.mayImport(user)).map(SheetImporter::definition).toList();
	}

	/** Whether the sheet is the templates' instructions, which imports skip. */
	static boolean isInstructions(String sheetName) {
		return IGNORED.contains(Names.normalise(sheetName));
	}

	/** The sheet a CSV file is for, from its name: {@code to-chuc.csv}, {@code to-chuc (1).csv}. */
	Optional<SheetImporter<?>> forCsvFileName(String fileName) {
		String base = fileName;
		int dot = base.lastIndexOf('.');
		if (dot > 0) {
			base = base.substring(0, dot);
		}
		base = base.replaceFirst("\\s*\\(\\d+\\)$", "");
		return find(base);
	}

}
