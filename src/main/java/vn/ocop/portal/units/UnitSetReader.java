package vn.ocop.portal.units;

import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import vn.ocop.portal.units.UnitSetDefinition.Kind;
import vn.ocop.portal.units.UnitSuccession.Coverage;

/**
 * Reads the manifest and the unit-set files and checks everything a file can be checked for on its
 * own (columns, codes, levels, kinds, dates, duplicates, parents inside the file). Checks against
 * what is already stored are made by {@link UnitSets}. Problems go to {@link LoadProblems}.
 */
final class UnitSetReader {

	static final List<String> MANIFEST_COLUMNS = List.of("code", "kind", "file", "valid_from", "valid_to", "legal_basis", "source");

	/** Optional manifest column: {@code true} for a complete national list that closes the open units. */
	static final String CLOSES_OPEN_UNITS = "closes_open_units";

	static final List<String> UNIT_COLUMNS = List.of("code", "name", "level", "parent_code");

	static final List<String> AMENDMENT_COLUMNS = List.of("code", "level", "name_before", "name_after", "effective_date", "legal_basis");

	static final int MAX_NAME = 200;

	/** A unit row to be stored. {@code provinceCode} is null when it depends on a stored district. */
	record UnitRow(int line, String code, String name, UnitLevel level, UnitKind kind, String parentCode,
			String provinceCode, LocalDate validFrom, LocalDate validTo, String unitSet, String legalBasis) {

		String searchName() {
			return VietnameseText.fold(name);
		}

		UnitRow withProvince(String province) {
			return new UnitRow(line, code, name, level, kind, parentCode, province, validFrom, validTo, unitSet, legalBasis);
		}

	}

	/** A change of name (and so perhaps of kind) of one unit from {@code effectiveDate}. */
	record Amendment(int line, String code, UnitLevel level, String nameBefore, String nameAfter, UnitKind kindAfter,
			LocalDate effectiveDate, String legalBasis) {
	}

	/** A succession and the line it was read from. */
	record SuccessionRow(int line, UnitSuccession succession, String oldColumn, String newColumn) {
	}

	private UnitSetReader() {
	}

	// ---------------------------------------------------------------------------------------------
	// Manifest

	static List<UnitSetDefinition> readManifest(String file, InputStream in, LoadProblems problems) {
		UnitCsv.Table table = UnitCsv.read(file, in, problems);
		Map<String, Integer> columns = requireColumns(table, MANIFEST_COLUMNS, problems);
		List<UnitSetDefinition> sets = new ArrayList<>();
		if (columns == null) {
			return sets;
		}
		Map<String, Integer> seen = new HashMap<>();
		for (UnitCsv.Row row : table.rows()) {
			if (!hasColumns(table, row, problems)) {
				continue;
			}
			int before = problems.count();
			String code = row.get(columns.get("code"));
			if (!code.matches("[a-z0-9][a-z0-9._-]{0,59}")) {
				problems.add(file, row.line(), "code", "units.load.error.setCode", code);
			}
			else if (seen.containsKey(code)) {
				problems.add(file, row.line(), "code", "units.load.error.duplicate", code, seen.get(code));
			}
			seen.putIfAbsent(code, row.line());
			String kindValue = row.get(columns.get("kind"));
			Optional<Kind> kind = Kind.fromValue(kindValue);
			if (kind.isEmpty()) {
				problems.add(file, row.line(), "kind", "units.load.error.setKind", kindValue);
			}
			String fileName = row.get(columns.get("file"));
			if (fileName.isEmpty() || fileName.contains("..") || fileName.startsWith("/")) {
				problems.add(file, row.line(), "file", "units.load.error.fileName", fileName);
			}
			LocalDate validFrom = date(table, row, columns, "valid_from", true, problems);
			LocalDate validTo = date(table, row, columns, "valid_to", false, problems);
			if (validTo != null && kind.isPresent() && kind.get() != Kind.UNITS) {
				problems.add(file, row.line(), "valid_to", "units.load.error.validToNotAllowed");
			}
			if (validFrom != null && validTo != null && validTo.isBefore(validFrom)) {
				problems.add(file, row.line(), "valid_to", "units.load.error.range", validTo, validFrom);
			}
			String legalBasis = row.get(columns.get("legal_basis"));
			if (legalBasis.isEmpty()) {
				problems.add(file, row.line(), "legal_basis", "units.load.error.required");
			}
			String source = row.get(columns.get("source"));
			if (source.isEmpty()) {
				problems.add(file, row.line(), "source", "units.load.error.required");
			}
			String closes = table.column(CLOSES_OPEN_UNITS).map(row::get).orElse("");
			if (!closes.isEmpty() && !closes.equals("true") && !closes.equals("false")) {
				problems.add(file, row.line(), CLOSES_OPEN_UNITS, "units.load.error.boolean", closes);
			}
			else if (closes.equals("true") && kind.isPresent() && kind.get() != Kind.UNITS) {
				problems.add(file, row.line(), CLOSES_OPEN_UNITS, "units.load.error.closesNotAllowed");
			}
			if (problems.count() == before) {
				sets.add(new UnitSetDefinition(code, kind.get(), fileName, validFrom, validTo, closes.equals("true"),
						legalBasis, source));
			}
		}
		return sets;
	}

	// ---------------------------------------------------------------------------------------------
	// Units

	static List<UnitRow> readUnits(UnitSetDefinition set, InputStream in, LoadProblems problems) {
		String file = set.file();
		UnitCsv.Table table = UnitCsv.read(file, in, problems);
		Map<String, Integer> columns = requireColumns(table, UNIT_COLUMNS, problems);
		if (columns == null) {
			return List.of();
		}
		Map<String, UnitRow> byCode = new LinkedHashMap<>();
		for (UnitCsv.Row row : table.rows()) {
			if (!hasColumns(table, row, problems)) {
				continue;
			}
			int before = problems.count();
			String code = row.get(columns.get("code"));
			String name = row.get(columns.get("name"));
			String levelValue = row.get(columns.get("level"));
			String parent = row.get(columns.get("parent_code"));
			Optional<UnitLevel> level = UnitLevel.fromValue(levelValue);
			if (!UnitCode.isValid(code)) {
				problems.add(file, row.line(), "code", "units.load.error.code", code);
			}
			else if (byCode.containsKey(code)) {
				problems.add(file, row.line(), "code", "units.load.error.duplicate", code, byCode.get(code).line());
			}
			if (level.isEmpty()) {
				problems.add(file, row.line(), "level", "units.load.error.level", levelValue);
			}
			else if (UnitCode.isValid(code) && code.length() != level.get().codeLength()) {
				problems.add(file, row.line(), "level", "units.load.error.levelCode", code, level.get().value());
			}
			UnitKind kind = checkName(file, row.line(), "name", name, level.orElse(null), problems);
			if (level.isPresent()) {
				checkParentCode(file, row.line(), level.get(), parent, problems);
			}
			if (problems.count() == before && !byCode.containsKey(code)) {
				String province = level.get() == UnitLevel.PROVINCE ? code : parent.length() == 2 ? parent : null;
				byCode.put(code, new UnitRow(row.line(), code, name, level.get(), kind, parent.isEmpty() ? null : parent,
						province, set.validFrom(), set.validTo(), set.code(), null));
			}
		}
		if (table.rows().isEmpty() && problems.isEmpty()) {
			problems.add(file, 0, "", "units.load.error.empty");
		}
		// Provinces of communes whose district is in the same file.
		List<UnitRow> rows = new ArrayList<>(byCode.size());
		for (UnitRow row : byCode.values()) {
			if (row.provinceCode() == null) {
				UnitRow district = byCode.get(row.parentCode());
				rows.add(district == null ? row : row.withProvince(district.parentCode()));
			}
			else {
				rows.add(row);
			}
		}
		return rows;
	}

	private static UnitKind checkName(String file, int line, String column, String name, UnitLevel level,
			LoadProblems problems) {
		if (name.isEmpty()) {
			problems.add(file, line, column, "units.load.error.required");
			return null;
		}
		if (name.length() > MAX_NAME) {
			problems.add(file, line, column, "units.load.error.nameLength", MAX_NAME);
			return null;
		}
		UnitKind kind = UnitKind.ofName(name).orElse(null);
		if (kind != null && level != null && !kind.fits(level)) {
			problems.add(file, line, column, "units.load.error.kind", kind.word(), level.value());
		}
		return kind;
	}

	private static void checkParentCode(String file, int line, UnitLevel level, String parent, LoadProblems problems) {
		switch (level) {
			case PROVINCE -> {
				if (!parent.isEmpty()) {
					problems.add(file, line, "parent_code", "units.load.error.provinceParent");
				}
			}
			case DISTRICT -> {
				if (parent.length() != 2 || !UnitCode.isValid(parent)) {
					problems.add(file, line, "parent_code", "units.load.error.parentCode", parent, level.value());
				}
			}
			case COMMUNE -> {
				if ((parent.length() != 2 && parent.length() != 3) || !UnitCode.isValid(parent)) {
					problems.add(file, line, "parent_code", "units.load.error.parentCode", parent, level.value());
				}
			}
		}
	}

	// ---------------------------------------------------------------------------------------------
	// Amendments

	static List<Amendment> readAmendments(UnitSetDefinition set, InputStream in, LoadProblems problems) {
		String file = set.file();
		UnitCsv.Table table = UnitCsv.read(file, in, problems);
		Map<String, Integer> columns = requireColumns(table, AMENDMENT_COLUMNS, problems);
		if (columns == null) {
			return List.of();
		}
		List<Amendment> amendments = new ArrayList<>();
		Map<String, Integer> seen = new HashMap<>();
		for (UnitCsv.Row row : table.rows()) {
			if (!hasColumns(table, row, problems)) {
				continue;
			}
			int before = problems.count();
			String code = row.get(columns.get("code"));
			String levelValue = row.get(columns.get("level"));
			Optional<UnitLevel> level = UnitLevel.fromValue(levelValue);
			if (!UnitCode.isValid(code)) {
				problems.add(file, row.line(), "code", "units.load.error.code", code);
			}
			if (level.isEmpty()) {
				problems.add(file, row.line(), "level", "units.load.error.level", levelValue);
			}
			else if (UnitCode.isValid(code) && code.length() != level.get().codeLength()) {
				problems.add(file, row.line(), "level", "units.load.error.levelCode", code, level.get().value());
			}
			String nameBefore = row.get(columns.get("name_before"));
			if (nameBefore.isEmpty()) {
				problems.add(file, row.line(), "name_before", "units.load.error.required");
			}
			String nameAfter = row.get(columns.get("name_after"));
			UnitKind kindAfter = checkName(file, row.line(), "name_after", nameAfter, level.orElse(null), problems);
			LocalDate effective = date(table, row, columns, "effective_date", true, problems);
			String legalBasis = row.get(columns.get("legal_basis"));
			if (legalBasis.isEmpty()) {
				legalBasis = set.legalBasis();
			}
			if (effective != null && effective.isBefore(set.validFrom())) {
				problems.add(file, row.line(), "effective_date", "units.load.error.beforeSet", effective, set.validFrom());
			}
			String key = code + "@" + effective;
			if (seen.containsKey(key)) {
				problems.add(file, row.line(), "code", "units.load.error.duplicate", code, seen.get(key));
			}
			seen.putIfAbsent(key, row.line());
			if (problems.count() == before) {
				amendments.add(new Amendment(row.line(), code, level.get(), nameBefore, nameAfter, kindAfter, effective, legalBasis));
			}
		}
		if (table.rows().isEmpty() && problems.isEmpty()) {
			problems.add(file, 0, "", "units.load.error.empty");
		}
		amendments.sort((a, b) -> a.effectiveDate().compareTo(b.effectiveDate()));
		return amendments;
	}

	// ---------------------------------------------------------------------------------------------
	// Successions

	static List<SuccessionRow> readSuccessions(UnitSetDefinition set, InputStream in, LoadProblems problems) {
		String file = set.file();
		UnitCsv.Table table = UnitCsv.read(file, in, problems);
		List<String> header = table.header();
		boolean shape = (header.size() == 2 || (header.size() == 3 && header.get(2).equals("coverage")))
				&& header.get(0).endsWith("_code") && header.get(1).endsWith("_code");
		if (!shape) {
			problems.add(file, 1, "", "units.load.error.successionHeader", String.join(",", header));
			return List.of();
		}
		String oldColumn = header.get(0);
		String newColumn = header.get(1);
		List<SuccessionRow> rows = new ArrayList<>();
		Map<String, Integer> seen = new HashMap<>();
		Map<String, List<SuccessionRow>> byPredecessor = new LinkedHashMap<>();
		for (UnitCsv.Row row : table.rows()) {
			if (!hasColumns(table, row, problems)) {
				continue;
			}
			int before = problems.count();
			String oldCode = row.get(0);
			String newCode = row.get(1);
			if (!UnitCode.isValid(oldCode)) {
				problems.add(file, row.line(), oldColumn, "units.load.error.code", oldCode);
			}
			if (!UnitCode.isValid(newCode)) {
				problems.add(file, row.line(), newColumn, "units.load.error.code", newCode);
			}
			Coverage coverage = Coverage.FULL;
			if (header.size() == 3) {
				String value = row.get(2);
				if (value.equals("full") || value.equals("partial")) {
					coverage = Coverage.valueOf(value.toUpperCase(java.util.Locale.ROOT));
				}
				else {
					problems.add(file, row.line(), "coverage", "units.load.error.coverage", value);
				}
			}
			String key = oldCode + ">" + newCode;
			if (seen.containsKey(key)) {
				problems.add(file, row.line(), newColumn, "units.load.error.duplicatePair", oldCode, newCode, seen.get(key));
			}
			seen.putIfAbsent(key, row.line());
			if (problems.count() == before) {
				SuccessionRow succession = new SuccessionRow(row.line(), new UnitSuccession(UnitCode.of(oldCode),
						UnitCode.of(newCode), set.validFrom(), coverage), oldColumn, newColumn);
				rows.add(succession);
				byPredecessor.computeIfAbsent(oldCode, code -> new ArrayList<>()).add(succession);
			}
		}
		// A split unit has one row per new unit, and every one of those rows is partial.
		byPredecessor.forEach((oldCode, targets) -> {
			if (targets.size() > 1) {
				targets.stream()
					.filter(target -> target.succession().coverage() == Coverage.FULL)
					.forEach(target -> problems.add(file, target.line(), "coverage", "units.load.error.splitFull",
							oldCode, targets.size()));
			}
		});
		if (table.rows().isEmpty() && problems.isEmpty()) {
			problems.add(file, 0, "", "units.load.error.empty");
		}
		return rows;
	}

	// ---------------------------------------------------------------------------------------------

	private static Map<String, Integer> requireColumns(UnitCsv.Table table, List<String> required, LoadProblems problems) {
		if (table.header().isEmpty()) {
			if (problems.isEmpty()) {
				problems.add(table.file(), 0, "", "units.load.error.empty");
			}
			return null;
		}
		Map<String, Integer> columns = new HashMap<>();
		for (String name : required) {
			Optional<Integer> index = table.column(name);
			if (index.isEmpty()) {
				problems.add(table.file(), 1, name, "units.load.error.header", name, String.join(",", required));
			}
			else {
				columns.put(name, index.get());
			}
		}
		return columns.size() == required.size() ? columns : null;
	}

	private static boolean hasColumns(UnitCsv.Table table, UnitCsv.Row row, LoadProblems problems) {
		if (row.values().size() != table.header().size()) {
			problems.add(table.file(), row.line(), "", "units.load.error.columns", row.values().size(), table.header().size());
			return false;
		}
		return true;
	}

	private static LocalDate date(UnitCsv.Table table, UnitCsv.Row row, Map<String, Integer> columns, String column,
			boolean required, LoadProblems problems) {
		String value = row.get(columns.get(column));
		if (value.isEmpty()) {
			if (required) {
				problems.add(table.file(), row.line(), column, "units.load.error.required");
			}
			return null;
		}
		try {
			return LocalDate.parse(value);
		}
		catch (DateTimeParseException ex) {
			problems.add(table.file(), row.line(), column, "units.load.error.date", value);
			return null;
		}
	}

}
