package vn.ocop.portal.ocop;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import vn.ocop.portal.ocop.ScorecardDefinition.Criterion;
import vn.ocop.portal.ocop.ScorecardDefinition.Option;
import vn.ocop.portal.ocop.ScorecardDefinition.Section;

/** The bundled criteria, read once, and score sheets built on them in the evaluator's terms. */
final class RealScorecards {

	static final List<ScorecardSet> SETS = BundledCriteria.read(ScorecardJson.MAPPER);

	private RealScorecards() {
	}

	static ScorecardSet instrument(String code) {
		return SETS.stream().filter(set -> set.instrument().code().equals(code)).findFirst().orElseThrow();
	}

	static ScorecardDefinition scorecard(String instrument, String productSet) {
		return instrument(instrument).scorecards().stream()
			.filter(card -> card.productSetCode().equals(productSet))
			.findFirst()
			.orElseThrow();
	}

	static StarBands bands(String instrument) {
		return instrument(instrument).instrument().bands();
	}

	/** The best option of every criterion, and in each section with alternatives the larger case. */
	static ScoreSheet best(ScorecardDefinition card) {
		Map<Integer, String> cases = new HashMap<>();
		Map<String, String> choices = new HashMap<>();
		card.parts().forEach(part -> part.sections().forEach(section -> {
			String chosenCase = section.hasAlternatives() ? largestCase(section) : null;
			if (chosenCase != null) {
				cases.put(section.number(), chosenCase);
			}
			section.criteriaFor(chosenCase).forEach(criterion -> choices.put(criterion.code(), top(criterion).code()));
		}));
		return new ScoreSheet(choices, cases, Set.of());
	}

	/**
	 * Starting from {@code sheet}, lowers criteria that carry no per-star minimum and are not in
	 * {@code keep} until the total is {@code target}.
	 */
	static ScoreSheet loweredTo(ScorecardDefinition card, ScoreSheet sheet, BigDecimal target, Set<String> keep) {
		Map<String, String> choices = new HashMap<>(sheet.choices());
		BigDecimal total = lower(card, choices, target, keep, true);
		total = lower(card, choices, target, keep, false);
		if (total.compareTo(target) != 0) {
			throw new IllegalStateException("Cannot reach " + target + ", stuck at " + total);
		}
		return new ScoreSheet(choices, sheet.cases(), sheet.triggeredGates());
	}

	/** Lowers choices towards the target, first sparing the criteria with per-star minimums. */
	private static BigDecimal lower(ScorecardDefinition card, Map<String, String> choices, BigDecimal target,
			Set<String> keep, boolean spareMinimums) {
		BigDecimal total = total(card, choices);
		for (String code : choices.keySet().stream().sorted().toList()) {
			if (total.compareTo(target) <= 0) {
				break;
			}
			if (keep.contains(code) || (spareMinimums && !card.minimumsOf(code).isEmpty())) {
				continue;
			}
			Criterion criterion = card.criterion(code).orElseThrow();
			BigDecimal current = criterion.option(choices.get(code)).orElseThrow().points();
			BigDecimal excess = total.subtract(target);
			Option lower = criterion.options().stream()
				.filter(option -> current.subtract(option.points()).compareTo(excess) <= 0)
				.min(Comparator.comparing(Option::points))
				.orElseThrow();
			choices.put(code, lower.code());
			total = total.subtract(current.subtract(lower.points()));
		}
		return total;
	}

	static BigDecimal total(ScorecardDefinition card, Map<String, String> choices) {
		return choices.entrySet().stream()
			.map(choice -> card.criterion(choice.getKey()).orElseThrow().option(choice.getValue()).orElseThrow().points())
			.reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	static Option top(Criterion criterion) {
		return criterion.options().stream().max(Comparator.comparing(Option::points)).orElseThrow();
	}

	private static String largestCase(Section section) {
		return section.caseKeys().stream()
			.max(Comparator.comparing(key -> section.criteriaFor(key).stream()
				.filter(c -> key.equals(c.caseKey()))
				.map(Criterion::maxPoints)
				.reduce(BigDecimal.ZERO, BigDecimal::add)))
			.orElseThrow();
	}

}
