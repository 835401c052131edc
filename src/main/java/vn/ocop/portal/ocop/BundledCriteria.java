package vn.ocop.portal.ocop;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.databind.json.JsonMapper;

import vn.ocop.portal.ocop.ScorecardDefinition.Criterion;
import vn.ocop.portal.ocop.ScorecardDefinition.Gate;
import vn.ocop.portal.ocop.ScorecardDefinition.Minimum;
import vn.ocop.portal.ocop.ScorecardDefinition.Option;
import vn.ocop.portal.ocop.ScorecardDefinition.Part;
import vn.ocop.portal.ocop.ScorecardDefinition.Section;

/**
 * Reads the bundled criteria: the manifest {@code ocop/instruments.json} and, for instruments with
 * scorecards, the CSV files of {@code ocop/criteria/} (columns as in the project's reference data:
 * {@code part,section,criterion_code,criterion,option_code,option_text,points}, with
 * {@code -gates.csv} and {@code -mandatory.csv} beside each).
 */
final class BundledCriteria {

	static final String MANIFEST = "ocop/instruments.json";

	/** How the transcriptions mark a criterion that is one of alternative cases. */
	private static final String ALTERNATIVE_MARK = "[Lựa chọn một trong hai trường hợp]";

	private static final Pattern CASE = Pattern.compile("^Trường hợp\\s+(\\d+)");

	private static final Pattern SECTION = Pattern.compile("^(\\d+)\\.?\\s*(.*)$");

	private static final String DOSSIER = "(hồ sơ)";

	private static final CSVFormat CSV = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();

	private BundledCriteria() {
	}

	/** The manifest's JSON. */
	record Manifest(String format, List<Entry> instruments) {
	}

	record Entry(String code, String number, String title, LocalDate signedOn, LocalDate validFrom, LocalDate validUntil,
			String provenance, List<Instrument.Part> parts, StarBands bands, List<Instrument.ProductGroup> groups,
			CriteriaFiles criteria) {
	}

	record CriteriaFiles(String folder, String productSets, String nameColumn, String fileColumn, String source,
			boolean unverified) {
	}

	static List<ScorecardSet> read(JsonMapper json) {
		Manifest manifest;
		try (InputStream in = new ClassPathResource(MANIFEST).getInputStream()) {
			manifest = json.readValue(in, Manifest.class);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + MANIFEST, ex);
		}
		return manifest.instruments().stream().map(BundledCriteria::set).toList();
	}

	private static ScorecardSet set(Entry entry) {
		List<Instrument.ProductSet> sets = new ArrayList<>();
		List<ScorecardDefinition> scorecards = new ArrayList<>();
		if (entry.criteria() != null) {
			CriteriaFiles files = entry.criteria();
			for (CSVRecord row : records(files.productSets())) {
				String groupName = row.get("group");
				String groupCode = entry.groups().stream()
					.filter(group -> group.name().equals(groupName))
					.map(Instrument.ProductGroup::code)
					.findFirst()
					.orElseThrow(() -> new IllegalStateException(files.productSets() + " line " + row.getRecordNumber()
							+ ": group '" + groupName + "' is not among the groups of " + entry.code()));
				Instrument.ProductSet set = new Instrument.ProductSet(row.get("code"), groupCode,
						Integer.parseInt(row.get("no")), row.get(files.nameColumn()), row.get("subgroup"), row.get("ministry"),
						row.get("evidence"));
				sets.add(set);
				String file = row.get(files.fileColumn());
				scorecards.add(scorecard(entry, files, set, file));
			}
		}
		Instrument instrument = new Instrument(entry.code(), entry.number(), entry.title(), entry.signedOn(),
				entry.validFrom(), entry.validUntil(), entry.provenance(), entry.parts(), entry.bands(), entry.groups(), sets);
		return new ScorecardSet(instrument, scorecards);
	}

	private static ScorecardDefinition scorecard(Entry entry, CriteriaFiles files, Instrument.ProductSet set, String file) {
		String base = files.folder() + "/" + file;
		Map<String, Map<Integer, Map<String, CriterionBuilder>>> tree = new LinkedHashMap<>();
		Map<Integer, String> sectionTitles = new LinkedHashMap<>();
		for (CSVRecord row : records(base)) {
			Matcher section = SECTION.matcher(row.get("section").strip());
			if (!section.matches()) {
				throw new IllegalStateException(base + " line " + row.getRecordNumber() + ": section '" + row.get("section")
						+ "' has no number");
			}
			int number = Integer.parseInt(section.group(1));
			sectionTitles.putIfAbsent(number, section.group(2).strip());
			String code = row.get("criterion_code");
			CriterionBuilder criterion = tree.computeIfAbsent(row.get("part"), key -> new LinkedHashMap<>())
				.computeIfAbsent(number, key -> new LinkedHashMap<>())
				.computeIfAbsent(code, key -> new CriterionBuilder(code, row.get("criterion")));
			criterion.options.add(new Option(row.get("option_code"), row.get("option_text"),
					new BigDecimal(row.get("points").strip())));
		}
		List<Part> parts = new ArrayList<>();
		tree.forEach((partCode, sections) -> {
			String name = entry.parts().stream().filter(p -> p.code().equals(partCode)).map(Instrument.Part::name)
				.findFirst().orElse(partCode);
			List<Section> built = new ArrayList<>();
			sections.forEach((number, criteria) -> built.add(new Section(number, sectionTitles.get(number),
					criteria.values().stream().map(CriterionBuilder::build).toList())));
			parts.add(new Part(partCode, name, built));
		});
		String stem = file.substring(0, file.length() - ".csv".length());
		List<Gate> gates = new ArrayList<>();
		if (new ClassPathResource(files.folder() + "/" + stem + "-gates.csv").exists()) {
			for (CSVRecord row : records(files.folder() + "/" + stem + "-gates.csv")) {
				String criterion = row.get("criterion_code");
				gates.add(new Gate(row.get("gate_code"), DOSSIER.equals(criterion) ? null : criterion,
						GateEffect.fromCode(row.get("effect")).orElseThrow(
								() -> new IllegalStateException(stem + "-gates.csv: unknown effect " + row.get("effect"))),
						row.get("condition_text")));
			}
		}
		List<Minimum> minimums = new ArrayList<>();
		if (new ClassPathResource(files.folder() + "/" + stem + "-mandatory.csv").exists()) {
			for (CSVRecord row : records(files.folder() + "/" + stem + "-mandatory.csv")) {
				minimums.add(new Minimum(row.get("criterion_code"), row.get("min_option_code"),
						Integer.parseInt(row.get("star"))));
			}
		}
		return new ScorecardDefinition(set.code(), set.name(), files.source() + " " + file, files.unverified(), parts, gates,
				minimums);
	}

	private static List<CSVRecord> records(String path) {
		try (Reader reader = new InputStreamReader(new ClassPathResource(path).getInputStream(), StandardCharsets.UTF_8)) {
			return CSV.parse(reader).getRecords();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + path, ex);
		}
	}

	private static final class CriterionBuilder {

		final String code;

		final String text;

		final List<Option> options = new ArrayList<>();

		CriterionBuilder(String code, String text) {
			this.code = code;
			this.text = text;
		}

		Criterion build() {
			int mark = text.indexOf(ALTERNATIVE_MARK);
			if (mark < 0) {
				return new Criterion(code, text, null, null, options);
			}
			String title = text.substring(0, mark).strip();
			Matcher caseNumber = CASE.matcher(title);
			String key = caseNumber.find() ? caseNumber.group(1) : code.substring(code.lastIndexOf('.') + 1);
			return new Criterion(code, title, key, title, options);
		}

	}

}
