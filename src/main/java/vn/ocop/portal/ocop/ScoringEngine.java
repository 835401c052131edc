package vn.ocop.portal.ocop;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import vn.ocop.portal.ocop.ScoreResult.Outcome;
import vn.ocop.portal.ocop.ScoreResult.Reason;
import vn.ocop.portal.ocop.ScorecardDefinition.Criterion;
import vn.ocop.portal.ocop.ScorecardDefinition.Gate;
import vn.ocop.portal.ocop.ScorecardDefinition.Minimum;
import vn.ocop.portal.ocop.ScorecardDefinition.Option;
import vn.ocop.portal.ocop.ScorecardDefinition.Part;
import vn.ocop.portal.ocop.ScorecardDefinition.Section;

/**
 * Scores one score sheet on a scorecard: checks the choices, adds up sections, parts and the total,
 * applies the hard gates, finds the star band, and caps the star where an option required for a
 * star is not reached. Pure: no database, no clock, no Spring; every rule comes from the scorecard
 * and the instrument's {@link StarBands}.
 * <p>
 * A council's score is the mean of its members' totals; {@link #rate} gives the star of such a
 * total with the minimums that were not met.
 */
public final class ScoringEngine {

	private ScoringEngine() {
	}

	/** Everything that prevents scoring this sheet on this scorecard; empty when it can be scored. */
	public static List<ScoreProblem> validate(ScorecardDefinition scorecard, ScoreSheet sheet) {
		List<ScoreProblem> problems = new ArrayList<>();
		Set<String> gateCodes = scorecard.gates().stream().map(Gate::code).collect(Collectors.toSet());
		sheet.triggeredGates().stream().sorted().filter(code -> !gateCodes.contains(code))
			.forEach(code -> problems.add(ScoreProblem.of(code, "unknownGate", code)));
		boolean gated = sheet.triggeredGates().stream().anyMatch(gateCodes::contains);
		Map<Integer, Section> sections = new LinkedHashMap<>();
		scorecard.parts().forEach(part -> part.sections().forEach(section -> sections.put(section.number(), section)));
		sheet.cases().keySet().stream().sorted().forEach(number -> {
			Section section = sections.get(number);
			if (section == null || !section.hasAlternatives()) {
				problems.add(ScoreProblem.of(String.valueOf(number), "noAlternatives", number));
			}
			else if (!section.caseKeys().contains(sheet.cases().get(number))) {
				problems.add(ScoreProblem.of(String.valueOf(number), "unknownCase", number, sheet.cases().get(number),
						String.join(", ", section.caseKeys())));
			}
		});
		for (Section section : sections.values()) {
			if (section.hasAlternatives() && !sheet.cases().containsKey(section.number()) && !gated) {
				problems.add(ScoreProblem.of(String.valueOf(section.number()), "caseMissing", section.number(),
						String.join(", ", section.caseKeys())));
			}
		}
		sheet.choices().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(choice -> {
			String criterionCode = choice.getKey();
			var criterion = scorecard.criterion(criterionCode);
			if (criterion.isEmpty()) {
				problems.add(ScoreProblem.of(criterionCode, "unknownCriterion", criterionCode));
				return;
			}
			if (criterion.get().option(choice.getValue()).isEmpty()) {
				problems.add(ScoreProblem.of(criterionCode, "unknownOption", choice.getValue(), criterionCode));
			}
			String caseKey = criterion.get().caseKey();
			Section section = scorecard.sectionOf(criterionCode).orElseThrow();
			String chosenCase = sheet.cases().get(section.number());
			if (caseKey != null && chosenCase != null && !caseKey.equals(chosenCase)) {
				problems.add(ScoreProblem.of(criterionCode, "otherCase", criterionCode, caseKey, chosenCase));
			}
		});
		if (!gated) {
			for (Section section : sections.values()) {
				String chosenCase = sheet.cases().get(section.number());
				if (section.hasAlternatives() && chosenCase == null) {
					continue;
				}
				for (Criterion criterion : section.criteriaFor(chosenCase)) {
					if (!sheet.choices().containsKey(criterion.code())) {
						problems.add(ScoreProblem.of(criterion.code(), "missingChoice", criterion.code(), criterion.title()));
					}
				}
			}
		}
		return problems;
	}

	/**
	 * Scores the sheet.
	 *
	 * @throws InvalidScoreSheet when {@link #validate} finds problems
	 */
	public static ScoreResult score(StarBands bands, ScorecardDefinition scorecard, ScoreSheet sheet) {
		List<ScoreProblem> problems = validate(scorecard, sheet);
		if (!problems.isEmpty()) {
			throw new InvalidScoreSheet(problems);
		}
		Map<String, BigDecimal> partPoints = new LinkedHashMap<>();
		Map<Integer, BigDecimal> sectionPoints = new LinkedHashMap<>();
		Map<String, Option> chosen = new LinkedHashMap<>();
		BigDecimal total = BigDecimal.ZERO;
		for (Part part : scorecard.parts()) {
			BigDecimal partTotal = BigDecimal.ZERO;
			for (Section section : part.sections()) {
				BigDecimal sectionTotal = BigDecimal.ZERO;
				String chosenCase = sheet.cases().get(section.number());
				List<Criterion> scored = section.hasAlternatives() && chosenCase == null
						? section.criteria().stream().filter(c -> c.caseKey() == null).toList()
						: section.criteriaFor(chosenCase);
				for (Criterion criterion : scored) {
					String optionCode = sheet.choices().get(criterion.code());
					if (optionCode != null) {
						Option option = criterion.option(optionCode).orElseThrow();
						chosen.put(criterion.code(), option);
						sectionTotal = sectionTotal.add(option.points());
					}
				}
				sectionPoints.put(section.number(), sectionTotal);
				partTotal = partTotal.add(sectionTotal);
			}
			partPoints.put(part.code(), partTotal);
			total = total.add(partTotal);
		}
		List<Gate> applied = scorecard.gates().stream()
			.filter(gate -> sheet.triggeredGates().contains(gate.code()))
			.sorted(Comparator.comparing(Gate::effect).thenComparing(Gate::code))
			.toList();
		if (!applied.isEmpty()) {
			List<Reason> reasons = applied.stream()
				.map(gate -> new Reason(Reason.Kind.GATE, "ocop.score.reason.gate",
						List.of(gate.code(), gate.criterionCode() == null ? "" : gate.criterionCode(), gate.condition())))
				.toList();
			return new ScoreResult(Outcome.of(applied.get(0).effect()), total, partPoints, sectionPoints, null, null, false,
					reasons);
		}
		Rating rating = rate(bands, scorecard, total, chosen);
		return new ScoreResult(Outcome.RATED, total, partPoints, sectionPoints, rating.bandStar(), rating.star(),
				rating.recognised(), rating.reasons());
	}

	/**
	 * The star of a total (a member's, or a council's mean) given the options chosen, criterion by
	 * criterion: the band's star, lowered below the first star whose minimum is not met.
	 *
	 * @param chosen the option chosen per criterion code (minimums of criteria not in it do not apply,
	 *               e.g. those of an alternative case that was not chosen)
	 */
	public static Rating rate(StarBands bands, ScorecardDefinition scorecard, BigDecimal total, Map<String, Option> chosen) {
		StarBands.Band band = bands.bandOf(total)
			.orElseThrow(() -> new IllegalArgumentException("No star band holds a total of " + total.toPlainString()));
		List<Reason> reasons = new ArrayList<>();
		reasons.add(new Reason(Reason.Kind.BAND, band.to() == null ? "ocop.score.reason.bandOpen"
				: band.toInclusive() ? "ocop.score.reason.bandClosed" : "ocop.score.reason.band",
				List.of(total.stripTrailingZeros().toPlainString(), band.star(), band.from().toPlainString(),
						band.to() == null ? "" : band.to().toPlainString())));
		int star = band.star();
		List<Minimum> unmet = scorecard.minimums().stream()
			.filter(minimum -> minimum.star() <= band.star())
			.filter(minimum -> chosen.containsKey(minimum.criterionCode()))
			.filter(minimum -> !meets(scorecard, minimum, chosen.get(minimum.criterionCode())))
			.sorted(Comparator.comparingInt(Minimum::star).thenComparing(Minimum::criterionCode))
			.toList();
		for (Minimum minimum : unmet) {
			star = Math.min(star, minimum.star() - 1);
			Criterion criterion = scorecard.criterion(minimum.criterionCode()).orElseThrow();
			Option required = criterion.option(minimum.optionCode()).orElseThrow();
			Option got = chosen.get(minimum.criterionCode());
			reasons.add(new Reason(Reason.Kind.MINIMUM_NOT_MET, "ocop.score.reason.minimum",
					List.of(minimum.star(), criterion.code(), criterion.title(), required.code(),
							required.points().toPlainString(), got.code(), got.points().toPlainString())));
		}
		return new Rating(band.star(), star, bands.recognised(star), reasons);
	}

	/**
	 * Whether a chosen option reaches a minimum: its points are at least those of the minimum
	 * option (options are printed from the lowest to the highest).
	 */
	static boolean meets(ScorecardDefinition scorecard, Minimum minimum, Option chosen) {
		Option required = scorecard.criterion(minimum.criterionCode())
			.flatMap(criterion -> criterion.option(minimum.optionCode()))
			.orElseThrow();
		return chosen.points().compareTo(required.points()) >= 0;
	}

	/**
	 * A star from a total.
	 *
	 * @param bandStar   the star of the band the total falls into
	 * @param star       after the minimums
	 * @param recognised whether {@code star} is recognised
	 * @param reasons    the band and each minimum that was not met
	 */
	public record Rating(int bandStar, int star, boolean recognised, List<Reason> reasons) {
	}

}
