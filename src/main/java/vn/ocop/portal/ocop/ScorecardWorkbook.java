package vn.ocop.portal.ocop;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import vn.ocop.portal.ocop.ScorecardDefinition.Criterion;
import vn.ocop.portal.ocop.ScorecardDefinition.Gate;
import vn.ocop.portal.ocop.ScorecardDefinition.Minimum;
import vn.ocop.portal.ocop.ScorecardDefinition.Option;
import vn.ocop.portal.ocop.ScorecardDefinition.Part;
import vn.ocop.portal.ocop.ScorecardDefinition.Section;

/**
 * The XLSX form of a scorecard set: one sheet per table, a header row, one row per element.
 * {@code instrument} (one row), {@code parts}, {@code bands}, {@code groups}, {@code product_sets},
 * {@code scorecards}, {@code criteria} (one row per option), {@code gates}, {@code minimums}. Reading
 * remembers the sheet and row of every element, so that each problem names its row.
 */
final class ScorecardWorkbook {

	static final Map<String, List<String>> SHEETS = new LinkedHashMap<>();

	static {
		SHEETS.put("instrument", List.of("code", "number", "title", "signed_on", "valid_from", "valid_until",
				"recognised_from_star", "provenance"));
		SHEETS.put("parts", List.of("code", "name", "max_points"));
		SHEETS.put("bands", List.of("star", "from", "to", "to_inclusive"));
		SHEETS.put("groups", List.of("code", "name"));
		SHEETS.put("product_sets", List.of("code", "group", "no", "name", "subgroup", "ministry", "evidence"));
		SHEETS.put("scorecards", List.of("product_set", "title", "source", "unverified"));
		SHEETS.put("criteria", List.of("product_set", "part", "section", "section_title", "criterion_code", "criterion",
				"case", "case_title", "option_code", "option_text", "points"));
		SHEETS.put("gates", List.of("product_set", "gate_code", "criterion_code", "effect", "condition_text"));
		SHEETS.put("minimums", List.of("product_set", "criterion_code", "min_option_code", "star"));
	}

	private ScorecardWorkbook() {
	}

	static void write(ScorecardSet set, OutputStream out) {
		try (Workbook workbook = new XSSFWorkbook()) {
			Map<String, Sheet> sheets = new LinkedHashMap<>();
			SHEETS.forEach((name, columns) -> {
				Sheet sheet = workbook.createSheet(name);
				Row header = sheet.createRow(0);
				for (int c = 0; c < columns.size(); c++) {
					header.createCell(c).setCellValue(columns.get(c));
				}
				sheets.put(name, sheet);
			});
			Instrument instrument = set.instrument();
			append(sheets.get("instrument"), instrument.code(), instrument.number(), instrument.title(), instrument.signedOn(),
					instrument.validFrom(), instrument.validUntil(), instrument.bands().recognisedFromStar(),
					instrument.provenance());
			instrument.parts().forEach(part -> append(sheets.get("parts"), part.code(), part.name(), part.maxPoints()));
			instrument.bands().bands().forEach(band -> append(sheets.get("bands"), band.star(), band.from(), band.to(),
					band.toInclusive() ? "yes" : "no"));
			instrument.groups().forEach(group -> append(sheets.get("groups"), group.code(), group.name()));
			instrument.productSets().forEach(ps -> append(sheets.get("product_sets"), ps.code(), ps.groupCode(), ps.number(),
					ps.name(), ps.subgroup(), ps.ministry(), ps.evidence()));
			for (ScorecardDefinition card : set.scorecards()) {
				append(sheets.get("scorecards"), card.productSetCode(), card.title(), card.source(),
						card.unverified() ? "yes" : "no");
				for (Part part : card.parts()) {
					for (Section section : part.sections()) {
						for (Criterion criterion : section.criteria()) {
							for (Option option : criterion.options()) {
								append(sheets.get("criteria"), card.productSetCode(), part.code(), section.number(),
										section.title(), criterion.code(), criterion.title(), criterion.caseKey(),
										criterion.caseTitle(), option.code(), option.text(), option.points());
							}
						}
					}
				}
				for (Gate gate : card.gates()) {
					append(sheets.get("gates"), card.productSetCode(), gate.code(), gate.criterionCode(), gate.effect().code(),
							gate.condition());
				}
				for (Minimum minimum : card.minimums()) {
					append(sheets.get("minimums"), card.productSetCode(), minimum.criterionCode(), minimum.optionCode(),
							minimum.star());
				}
			}
			workbook.write(out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void append(Sheet sheet, Object... values) {
		Row row = sheet.createRow(sheet.getLastRowNum() + 1);
		for (int c = 0; c < values.length; c++) {
			Object value = values[c];
			if (value == null) {
				continue;
			}
			Cell cell = row.createCell(c);
			if (value instanceof Number number) {
				cell.setCellValue(new BigDecimal(number.toString()).doubleValue());
			}
			else {
				cell.setCellValue(value.toString());
			}
		}
	}

	/** A read workbook: the set (when it could be assembled), the problems, and where each element was. */
	record Read(ScorecardSet set, List<ScorecardProblem> problems, Map<String, String> locations) {
	}

	static Read read(InputStream in) {
		List<ScorecardProblem> problems = new ArrayList<>();
		Map<String, String> locations = new HashMap<>();
		try (Workbook workbook = new XSSFWorkbook(in)) {
			Reader reader = new Reader(workbook, problems, locations);
			ScorecardSet set = reader.set();
			return new Read(problems.isEmpty() ? set : null, problems, locations);
		}
		catch (IOException | RuntimeException ex) {
			if (ex instanceof IllegalStateException) {
				throw (IllegalStateException) ex;
			}
			return new Read(null, List.of(ScorecardProblem.of("file", "xlsx")), locations);
		}
	}

	private static final class Reader {

		private final DataFormatter formatter = new DataFormatter(java.util.Locale.ROOT);

		private final Workbook workbook;

		private final List<ScorecardProblem> problems;

		private final Map<String, String> locations;

		Reader(Workbook workbook, List<ScorecardProblem> problems, Map<String, String> locations) {
			this.workbook = workbook;
			this.problems = problems;
			this.locations = locations;
		}

		ScorecardSet set() {
			List<Map<String, String>> instrumentRows = rows("instrument");
			if (instrumentRows.size() != 1) {
				problems.add(ScorecardProblem.of("instrument", "instrumentRows", instrumentRows.size()));
				return null;
			}
			Map<String, String> i = instrumentRows.get(0);
			List<Instrument.Part> parts = rows("parts").stream()
				.map(row -> located(row, "part:" + row.get("code"),
						new Instrument.Part(text(row, "code"), text(row, "name"), number(row, "max_points"))))
				.toList();
			List<StarBands.Band> bands = rows("bands").stream()
				.map(row -> located(row, "band:" + row.get("star"), new StarBands.Band(whole(row, "star"),
						number(row, "from"), number(row, "to"), yesNo(row, "to_inclusive"))))
				.toList();
			List<Instrument.ProductGroup> groups = rows("groups").stream()
				.map(row -> located(row, "group:" + row.get("code"),
						new Instrument.ProductGroup(text(row, "code"), text(row, "name"))))
				.toList();
			List<Instrument.ProductSet> sets = rows("product_sets").stream()
				.map(row -> located(row, "set:" + row.get("code"), new Instrument.ProductSet(text(row, "code"),
						text(row, "group"), whole(row, "no"), text(row, "name"), text(row, "subgroup"), text(row, "ministry"),
						text(row, "evidence"))))
				.toList();
			locations.put("instrument", i.get("@where"));
			Instrument instrument = new Instrument(text(i, "code"), text(i, "number"), text(i, "title"), date(i, "signed_on"),
					date(i, "valid_from"), date(i, "valid_until"), text(i, "provenance"), parts,
					new StarBands(bands, whole(i, "recognised_from_star")), groups, sets);
			Map<String, Map<String, Map<Integer, Map<String, List<Option>>>>> tree = new LinkedHashMap<>();
			Map<String, String> sectionTitles = new HashMap<>();
			Map<String, String[]> criterionTexts = new HashMap<>();
			for (Map<String, String> row : rows("criteria")) {
				String set = text(row, "product_set");
				String criterionCode = text(row, "criterion_code");
				Integer section = whole(row, "section");
				Option option = new Option(text(row, "option_code"), text(row, "option_text"), number(row, "points"));
				locations.put("option:" + set + ":" + option.code(), row.get("@where"));
				locations.putIfAbsent("criterion:" + set + ":" + criterionCode, row.get("@where"));
				locations.putIfAbsent("scorecard:" + set, row.get("@where"));
				sectionTitles.putIfAbsent(set + ":" + section, text(row, "section_title"));
				criterionTexts.putIfAbsent(set + ":" + criterionCode,
						new String[] { text(row, "criterion"), text(row, "case"), text(row, "case_title") });
				tree.computeIfAbsent(set, k -> new LinkedHashMap<>())
					.computeIfAbsent(text(row, "part"), k -> new LinkedHashMap<>())
					.computeIfAbsent(section == null ? 0 : section, k -> new LinkedHashMap<>())
					.computeIfAbsent(criterionCode, k -> new ArrayList<>())
					.add(option);
			}
			Map<String, List<Gate>> gates = new LinkedHashMap<>();
			for (Map<String, String> row : rows("gates")) {
				String set = text(row, "product_set");
				String effectCode = text(row, "effect");
				Optional<GateEffect> effect = GateEffect.fromCode(effectCode);
				if (effect.isEmpty()) {
					problems.add(ScorecardProblem.of(row.get("@where"), "effect", String.valueOf(effectCode)));
				}
				Gate gate = new Gate(text(row, "gate_code"), text(row, "criterion_code"), effect.orElse(null),
						text(row, "condition_text"));
				locations.put("gate:" + set + ":" + gate.code(), row.get("@where"));
				gates.computeIfAbsent(set, k -> new ArrayList<>()).add(gate);
			}
			Map<String, List<Minimum>> minimums = new LinkedHashMap<>();
			for (Map<String, String> row : rows("minimums")) {
				String set = text(row, "product_set");
				Minimum minimum = new Minimum(text(row, "criterion_code"), text(row, "min_option_code"), whole(row, "star"));
				locations.put("minimum:" + set + ":" + minimum.criterionCode() + ":" + minimum.star(), row.get("@where"));
				minimums.computeIfAbsent(set, k -> new ArrayList<>()).add(minimum);
			}
			List<ScorecardDefinition> scorecards = new ArrayList<>();
			for (Map<String, String> row : rows("scorecards")) {
				String set = text(row, "product_set");
				locations.put("scorecard:" + set, row.get("@where"));
				List<Part> builtParts = new ArrayList<>();
				tree.getOrDefault(set, Map.of()).forEach((partCode, sections) -> {
					List<Section> builtSections = new ArrayList<>();
					sections.forEach((number, criteria) -> builtSections.add(new Section(number,
							sectionTitles.get(set + ":" + number), criteria.entrySet().stream().map(entry -> {
								String[] texts = criterionTexts.get(set + ":" + entry.getKey());
								return new Criterion(entry.getKey(), texts[0], texts[1], texts[2], entry.getValue());
							}).toList())));
					String partName = instrument.part(partCode).map(Instrument.Part::name).orElse(partCode);
					builtParts.add(new Part(partCode, partName, builtSections));
				});
				scorecards.add(new ScorecardDefinition(set, text(row, "title"), text(row, "source"), yesNo(row, "unverified"),
						builtParts, gates.getOrDefault(set, List.of()), minimums.getOrDefault(set, List.of())));
			}
			for (String set : tree.keySet()) {
				if (scorecards.stream().noneMatch(card -> set.equals(card.productSetCode()))) {
					problems.add(ScorecardProblem.of(locations.get("scorecard:" + set), "criteriaWithoutScorecard", set));
				}
			}
			return new ScorecardSet(instrument, scorecards);
		}

		private <T> T located(Map<String, String> row, String key, T value) {
			locations.put(key, row.get("@where"));
			return value;
		}

		private List<Map<String, String>> rows(String name) {
			Sheet sheet = workbook.getSheet(name);
			if (sheet == null) {
				problems.add(ScorecardProblem.of(name, "missingSheet", name));
				return List.of();
			}
			Row header = sheet.getRow(0);
			List<String> columns = new ArrayList<>();
			if (header != null) {
				header.forEach(cell -> columns.add(formatter.formatCellValue(cell).strip()));
			}
			for (String expected : SHEETS.get(name)) {
				if (!columns.contains(expected)) {
					problems.add(ScorecardProblem.of(name, "missingColumn", expected, name));
				}
			}
			List<Map<String, String>> rows = new ArrayList<>();
			for (int r = 1; r <= sheet.getLastRowNum(); r++) {
				Row row = sheet.getRow(r);
				if (row == null) {
					continue;
				}
				Map<String, String> values = new HashMap<>();
				boolean empty = true;
				for (int c = 0; c < columns.size(); c++) {
					Cell cell = row.getCell(c);
					String value = cell == null ? "" : cellText(cell).strip();
					empty &= value.isEmpty();
					values.put(columns.get(c), value.isEmpty() ? null : value);
				}
				if (!empty) {
					values.put("@where", name + ":" + (r + 1));
					rows.add(values);
				}
			}
			return rows;
		}

		private String cellText(Cell cell) {
			if (cell.getCellType() == CellType.NUMERIC) {
				return Copies.points(BigDecimal.valueOf(cell.getNumericCellValue())).toPlainString();
			}
			return formatter.formatCellValue(cell);
		}

		private static String text(Map<String, String> row, String column) {
			return row.get(column);
		}

		private BigDecimal number(Map<String, String> row, String column) {
			String value = row.get(column);
			if (value == null) {
				return null;
			}
			try {
				return new BigDecimal(value.replace(',', '.'));
			}
			catch (NumberFormatException ex) {
				problems.add(ScorecardProblem.of(row.get("@where"), "number", column, value));
				return null;
			}
		}

		private Integer whole(Map<String, String> row, String column) {
			BigDecimal value = number(row, column);
			if (value == null) {
				return 0;
			}
			try {
				return value.intValueExact();
			}
			catch (ArithmeticException ex) {
				problems.add(ScorecardProblem.of(row.get("@where"), "number", column, value.toPlainString()));
				return 0;
			}
		}

		private boolean yesNo(Map<String, String> row, String column) {
			String value = row.get(column);
			if (value == null || value.equalsIgnoreCase("no") || value.equalsIgnoreCase("false")) {
				return false;
			}
			if (value.equalsIgnoreCase("yes") || value.equalsIgnoreCase("true")) {
				return true;
			}
			problems.add(ScorecardProblem.of(row.get("@where"), "yesNo", column, value));
			return false;
		}

		private LocalDate date(Map<String, String> row, String column) {
			String value = row.get(column);
			if (value == null) {
				return null;
			}
			try {
				return LocalDate.parse(value);
			}
			catch (DateTimeParseException ex) {
				problems.add(ScorecardProblem.of(row.get("@where"), "date", column, value));
				return null;
			}
		}

	}

}
