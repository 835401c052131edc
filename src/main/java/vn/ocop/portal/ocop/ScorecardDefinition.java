package vn.ocop.portal.ocop;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The content of one scorecard (bộ tiêu chí kiêm phiếu đánh giá) of a product set: a tree of
 * parts, sections, criteria and mutually exclusive options with points, the hard gates and the
 * minimum options required per star. A parent's maximum is the sum of its children's maxima, except
 * where a section offers alternative cases: then only one case is scored, and the section counts
 * the larger case.
 *
 * @param productSetCode the product set it scores, e.g. {@code TP-01}
 * @param title          its title as printed
 * @param source         where this scorecard's text comes from
 * @param unverified     whether the source is an unofficial transcription not checked against the official text
 * @param parts          parts A, B, C in order
 * @param gates          hard gates: dossier rejected, evaluation stopped, product not evaluated
 * @param minimums       options marked {@code ***}, {@code ****}, {@code *****}: the minimum for 3★, 4★, 5★
 */
public record ScorecardDefinition(String productSetCode, String title, String source, boolean unverified, List<Part> parts,
		List<Gate> gates, List<Minimum> minimums) {

	public ScorecardDefinition {
		parts = Copies.list(parts);
		gates = Copies.list(gates);
		minimums = Copies.list(minimums);
	}

	/** The highest total this scorecard can give. */
	public BigDecimal maxPoints() {
		return parts.stream().map(Part::maxPoints).reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	public Stream<Criterion> criteria() {
		return parts.stream().flatMap(part -> part.sections().stream()).flatMap(section -> section.criteria().stream());
	}

	public Optional<Criterion> criterion(String code) {
		return criteria().filter(criterion -> criterion.code().equals(code)).findFirst();
	}

	public Optional<Section> sectionOf(String criterionCode) {
		return parts.stream()
			.flatMap(part -> part.sections().stream())
			.filter(section -> section.criteria().stream().anyMatch(c -> c.code().equals(criterionCode)))
			.findFirst();
	}

	public Optional<Part> part(String code) {
		return parts.stream().filter(part -> part.code().equals(code)).findFirst();
	}

	/**
	 * The differences between what the instrument declares for each part and what this scorecard's
	 * options actually add up to; empty when the scorecard is complete. Computed, never listed.
	 */
	public List<Shortfall> shortfalls(Instrument instrument) {
		List<Shortfall> shortfalls = new ArrayList<>();
		for (Instrument.Part declared : instrument.parts()) {
			BigDecimal computed = part(declared.code()).map(Part::maxPoints).orElse(BigDecimal.ZERO);
			if (computed.compareTo(declared.maxPoints()) != 0) {
				shortfalls.add(new Shortfall(declared.code(), declared.maxPoints(), computed));
			}
		}
		return shortfalls;
	}

	/** The computed maximum of each part, by part code, in order. */
	public Map<String, BigDecimal> partMaxima() {
		Map<String, BigDecimal> maxima = new LinkedHashMap<>();
		parts.forEach(part -> maxima.put(part.code(), part.maxPoints()));
		return maxima;
	}

	/** The minimums of a criterion, lowest star first. */
	public List<Minimum> minimumsOf(String criterionCode) {
		return minimums.stream()
			.filter(minimum -> minimum.criterionCode().equals(criterionCode))
			.sorted(java.util.Comparator.comparingInt(Minimum::star))
			.toList();
	}

	/** Gates attached to a criterion or section code (or to the dossier, for {@code null}). */
	public List<Gate> gatesOf(String code) {
		return gates.stream().filter(gate -> java.util.Objects.equals(gate.criterionCode(), code)).toList();
	}

	/** A part (A, B, C) of the scorecard. */
	public record Part(String code, String name, List<Section> sections) {

		public Part {
			sections = Copies.list(sections);
		}

		public BigDecimal maxPoints() {
			return sections.stream().map(Section::maxPoints).reduce(BigDecimal.ZERO, BigDecimal::add);
		}

	}

	/**
	 * A numbered section ("1. TỔ CHỨC SẢN XUẤT"); numbers run 1…N across the parts.
	 */
	public record Section(int number, String title, List<Criterion> criteria) {

		public Section {
			criteria = Copies.list(criteria);
		}

		/** Whether the section offers alternative cases of which exactly one is scored. */
		public boolean hasAlternatives() {
			return criteria.stream().anyMatch(criterion -> criterion.caseKey() != null);
		}

		/** The keys of the alternative cases, in order (empty without alternatives). */
		public List<String> caseKeys() {
			return criteria.stream().map(Criterion::caseKey).filter(java.util.Objects::nonNull).distinct().toList();
		}

		/** The criteria scored whatever the case, and those of one case. */
		public List<Criterion> criteriaFor(String caseKey) {
			return criteria.stream().filter(c -> c.caseKey() == null || c.caseKey().equals(caseKey)).toList();
		}

		/** Common criteria plus the larger case. */
		public BigDecimal maxPoints() {
			BigDecimal common = sum(criteria.stream().filter(c -> c.caseKey() == null).toList());
			BigDecimal largestCase = caseKeys().stream()
				.map(key -> sum(criteria.stream().filter(c -> key.equals(c.caseKey())).toList()))
				.max(BigDecimal::compareTo)
				.orElse(BigDecimal.ZERO);
			return common.add(largestCase);
		}

		private static BigDecimal sum(List<Criterion> criteria) {
			return criteria.stream().map(Criterion::maxPoints).reduce(BigDecimal.ZERO, BigDecimal::add);
		}

	}

	/**
	 * A criterion with its mutually exclusive options.
	 *
	 * @param code      e.g. {@code A.1.1}, {@code C.6.1.1}, {@code C.8.a}
	 * @param title     as printed; a sub-criterion is "parent — child"
	 * @param caseKey   the alternative case it belongs to ({@code null}: scored in every case)
	 * @param caseTitle the case's title, e.g. "Trường hợp 1: Dịch vụ du lịch do cộng đồng cung cấp"
	 * @param options   in printed order
	 */
	public record Criterion(String code, String title, String caseKey, String caseTitle, List<Option> options) {

		public Criterion {
			options = Copies.list(options);
		}

		public BigDecimal maxPoints() {
			return options.stream().map(Option::points).max(BigDecimal::compareTo).orElse(BigDecimal.ZERO);
		}

		public Optional<Option> option(String optionCode) {
			return options.stream().filter(option -> option.code().equals(optionCode)).findFirst();
		}

	}

	/** One option, e.g. {@code A.1.1.3} "Sử dụng nguyên liệu có nguồn gốc trong tỉnh từ 75% đến 100%" = 3. */
	public record Option(String code, String text, BigDecimal points) {

		public Option {
			points = Copies.points(points);
		}

	}

	/**
	 * A hard gate.
	 *
	 * @param code          e.g. {@code G1}
	 * @param criterionCode the criterion or section it is printed at; {@code null} for the dossier as a whole
	 * @param effect        what happens when it applies
	 * @param condition     its text as printed
	 */
	public record Gate(String code, String criterionCode, GateEffect effect, String condition) {
	}

	/** The option a product must reach at least in a criterion to be rated {@code star} or more. */
	public record Minimum(String criterionCode, String optionCode, int star) {
	}

	/** A part whose options add up to less (or more) than its instrument declares. */
	public record Shortfall(String partCode, BigDecimal declared, BigDecimal computed) {
	}

}
