package vn.ocop.portal.registry;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.commons.csv.CSVRecord;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;

/**
 * Turns a classification score into a band (Tốt / Khá / Trung bình / Yếu), with the rule set valid
 * for the reporting year: data read from {@code registry/classification-rules.csv}
 * ({@code ocop.registry.classification-rules}). An organisation that operated fewer than the
 * rule's months in the year, or stopped for more than its months, is not classified.
 */
@Component
class ClassificationRules {

	/**
	 * One rule set.
	 *
	 * @param name               e.g. {@code TT01-2020}
	 * @param validFrom          first year-end date it applies to (inclusive), null: open
	 * @param validTo            last year-end date it applies to (inclusive), null: open
	 * @param goodFrom           lowest score of GOOD
	 * @param fairFrom           lowest score of FAIR
	 * @param averageFrom        lowest score of AVERAGE (below: WEAK)
	 * @param minOperatingMonths fewer months operating in the year: not classified
	 * @param maxStoppedMonths   more months stopped in the year: not classified
	 * @param legalBasis         the legal instrument
	 * @param confirmed          whether its validity was checked against an official text
	 */
	record RuleSet(String name, LocalDate validFrom, LocalDate validTo, BigDecimal goodFrom, BigDecimal fairFrom,
			BigDecimal averageFrom, int minOperatingMonths, int maxStoppedMonths, String legalBasis, boolean confirmed) {

		Classification band(BigDecimal score) {
			if (score.compareTo(goodFrom) >= 0) {
				return Classification.GOOD;
			}
			if (score.compareTo(fairFrom) >= 0) {
				return Classification.FAIR;
			}
			return score.compareTo(averageFrom) >= 0 ? Classification.AVERAGE : Classification.WEAK;
		}

	}

	/** A classification and the rule set that gave it. */
	record Result(Classification classification, RuleSet ruleSet) {
	}

	private final List<RuleSet> ruleSets;

	@Autowired
	ClassificationRules(RegistryProperties properties, ResourceLoader resources) {
		this(resources.getResource(properties.classificationRules()));
	}

	ClassificationRules(Resource resource) {
		this.ruleSets = List.copyOf(parse(RuleCsv.read(resource)));
	}

	/**
	 * The classification for a year, or empty when no score was given or no rule set applies.
	 *
	 * @param year        the reporting year
	 * @param score       the score (0–100), null when not assessed
	 * @param activeDays  days of the year the organisation existed (registered, not yet dissolved)
	 * @param stoppedDays days of the year it was suspended
	 */
	Optional<Result> classify(int year, BigDecimal score, long activeDays, long stoppedDays) {
		if (score == null) {
			return Optional.empty();
		}
		LocalDate yearStart = LocalDate.of(year, 1, 1);
		LocalDate yearEnd = LocalDate.of(year, 12, 31);
		return ruleSets.stream().filter(set -> RuleCsv.covers(set.validFrom(), set.validTo(), yearEnd)).findFirst().map(set -> {
			long minimumActive = ChronoUnit.DAYS.between(yearStart, yearStart.plusMonths(set.minOperatingMonths()));
			long maximumStopped = ChronoUnit.DAYS.between(yearStart, yearStart.plusMonths(set.maxStoppedMonths()));
			boolean notClassified = activeDays < minimumActive || stoppedDays > maximumStopped;
			return new Result(notClassified ? Classification.NOT_CLASSIFIED : set.band(score), set);
		});
	}

	private static List<RuleSet> parse(List<CSVRecord> rows) {
		List<RuleSet> parsed = new ArrayList<>();
		for (CSVRecord row : rows) {
			LocalDate from = RuleCsv.date(row, "valid_from");
			LocalDate to = RuleCsv.date(row, "valid_to");
			BigDecimal good = score(row, "good_from");
			BigDecimal fair = score(row, "fair_from");
			BigDecimal average = score(row, "average_from");
			if (!(good.compareTo(fair) > 0 && fair.compareTo(average) > 0)) {
				throw RuleCsv.problem(row, "good_from", "bands must decrease: good_from > fair_from > average_from");
			}
			RuleSet set = new RuleSet(row.get("rule_set").strip(), from, to, good, fair, average,
					RuleCsv.integer(row, "min_operating_months"), RuleCsv.integer(row, "max_stopped_months"),
					row.get("legal_basis").strip(), RuleCsv.yesNo(row, "confirmed"));
			for (RuleSet other : parsed) {
				if (RuleCsv.overlap(other.validFrom(), other.validTo(), from, to)) {
					throw RuleCsv.problem(row, "valid_from", "overlaps rule set " + other.name());
				}
			}
			parsed.add(set);
		}
		return parsed;
	}

	private static BigDecimal score(CSVRecord row, String column) {
		try {
			BigDecimal value = new BigDecimal(row.get(column).strip());
			if (value.signum() < 0 || value.compareTo(BigDecimal.valueOf(100)) > 0) {
				throw RuleCsv.problem(row, column, "is not a score from 0 to 100");
			}
			return value;
		}
		catch (NumberFormatException ex) {
			throw RuleCsv.problem(row, column, "is not a number");
		}
	}

}
