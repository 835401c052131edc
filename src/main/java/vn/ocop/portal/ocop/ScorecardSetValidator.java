package vn.ocop.portal.ocop;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

import vn.ocop.portal.ocop.ScorecardDefinition.Criterion;
import vn.ocop.portal.ocop.ScorecardDefinition.Gate;
import vn.ocop.portal.ocop.ScorecardDefinition.Minimum;
import vn.ocop.portal.ocop.ScorecardDefinition.Option;
import vn.ocop.portal.ocop.ScorecardDefinition.Part;
import vn.ocop.portal.ocop.ScorecardDefinition.Section;

/**
 * The structural rules of a scorecard set, checked before anything is stored: an instrument with a
 * period, parts and contiguous star bands; groups and product sets that refer to each other; per
 * scorecard, parts of the instrument, unique section numbers, criteria with options and
 * non-negative points, at least two cases where a section has alternatives, gates and minimums
 * that point at existing criteria and options. A scorecard whose options do not add up to the
 * declared maxima is not refused: it is stored with its shortfall flagged, as the 148 transcription
 * needs.
 * <p>
 * Each problem names where it is through {@code where}: element keys such as
 * {@code option:TP-01:A.1.1.2}, which the XLSX reader maps to a sheet and row.
 */
final class ScorecardSetValidator {

	static final Pattern INSTRUMENT_CODE = Pattern.compile("[0-9A-Za-z./-]{1,20}");

	static final Pattern CODE = Pattern.compile("[0-9A-Za-z._-]{1,40}");

	private final Function<String, String> where;

	ScorecardSetValidator(Function<String, String> where) {
		this.where = where;
	}

	List<ScorecardProblem> validate(ScorecardSet set) {
		List<ScorecardProblem> problems = new ArrayList<>();
		if (set.format() != null && !ScorecardSet.FORMAT.equals(set.format())) {
			problems.add(problem("file", "format", set.format(), ScorecardSet.FORMAT));
		}
		Instrument instrument = set.instrument();
		if (instrument == null) {
			problems.add(problem("instrument", "required", "instrument"));
			return problems;
		}
		instrument(instrument, problems);
		Set<String> scored = new HashSet<>();
		for (ScorecardDefinition scorecard : set.scorecards()) {
			if (scorecard == null) {
				continue;
			}
			if (!scored.add(String.valueOf(scorecard.productSetCode()))) {
				problems.add(problem("scorecard:" + scorecard.productSetCode(), "duplicateScorecard", scorecard.productSetCode()));
			}
			scorecard(instrument, scorecard, problems);
		}
		return problems;
	}

	private void instrument(Instrument instrument, List<ScorecardProblem> problems) {
		String key = "instrument";
		if (instrument.code() == null || !INSTRUMENT_CODE.matcher(instrument.code()).matches()) {
			problems.add(problem(key, "instrumentCode", String.valueOf(instrument.code())));
		}
		requireText(key, "number", instrument.number(), 40, problems);
		requireText(key, "title", instrument.title(), 500, problems);
		requireText(key, "provenance", instrument.provenance(), 4000, problems);
		if (instrument.signedOn() == null) {
			problems.add(problem(key, "required", "signedOn"));
		}
		if (instrument.validFrom() == null) {
			problems.add(problem(key, "required", "validFrom"));
		}
		else if (instrument.validUntil() != null && !instrument.validUntil().isAfter(instrument.validFrom())) {
			problems.add(problem(key, "period", instrument.validFrom(), instrument.validUntil()));
		}
		Set<String> partCodes = new HashSet<>();
		for (Instrument.Part part : instrument.parts()) {
			String partKey = "part:" + part.code();
			if (part.code() == null || !CODE.matcher(part.code()).matches() || !partCodes.add(part.code())) {
				problems.add(problem(partKey, "partCode", String.valueOf(part.code())));
			}
			requireText(partKey, "name", part.name(), 200, problems);
			if (part.maxPoints() == null || part.maxPoints().signum() <= 0) {
				problems.add(problem(partKey, "partMax", String.valueOf(part.maxPoints())));
			}
		}
		if (instrument.parts().isEmpty()) {
			problems.add(problem(key, "required", "parts"));
		}
		bands(instrument, problems);
		Set<String> groups = new HashSet<>();
		for (Instrument.ProductGroup group : instrument.groups()) {
			String groupKey = "group:" + group.code();
			if (group.code() == null || !CODE.matcher(group.code()).matches() || !groups.add(group.code())) {
				problems.add(problem(groupKey, "groupCode", String.valueOf(group.code())));
			}
			requireText(groupKey, "name", group.name(), 300, problems);
		}
		Set<String> sets = new HashSet<>();
		for (Instrument.ProductSet productSet : instrument.productSets()) {
			String setKey = "set:" + productSet.code();
			if (productSet.code() == null || !CODE.matcher(productSet.code()).matches() || productSet.code().length() > 10
					|| !sets.add(productSet.code())) {
				problems.add(problem(setKey, "setCode", String.valueOf(productSet.code())));
			}
			if (!groups.contains(productSet.groupCode())) {
				problems.add(problem(setKey, "unknownGroup", String.valueOf(productSet.groupCode())));
			}
			requireText(setKey, "name", productSet.name(), 300, problems);
			if (productSet.number() <= 0) {
				problems.add(problem(setKey, "setNumber", productSet.number()));
			}
		}
	}

	private void bands(Instrument instrument, List<ScorecardProblem> problems) {
		StarBands bands = instrument.bands();
		if (bands == null || bands.bands().isEmpty()) {
			problems.add(problem("instrument", "required", "bands"));
			return;
		}
		Set<Integer> stars = new HashSet<>();
		BigDecimal expectedFrom = BigDecimal.ZERO;
		for (StarBands.Band band : bands.bands()) {
			String bandKey = "band:" + band.star();
			if (band.star() < 1 || band.star() > 9 || !stars.add(band.star())) {
				problems.add(problem(bandKey, "bandStar", band.star()));
			}
			if (band.from() == null || band.from().compareTo(expectedFrom) != 0) {
				problems.add(problem(bandKey, "bandGap", band.star(), String.valueOf(band.from()), expectedFrom));
			}
			if (band.to() != null && band.from() != null && band.to().compareTo(band.from()) <= 0) {
				problems.add(problem(bandKey, "bandEmpty", band.star()));
			}
			expectedFrom = band.to() == null ? expectedFrom : band.to();
		}
		if (!stars.contains(bands.recognisedFromStar())) {
			problems.add(problem("instrument", "recognisedStar", bands.recognisedFromStar()));
		}
	}

	private void scorecard(Instrument instrument, ScorecardDefinition scorecard, List<ScorecardProblem> problems) {
		String set = scorecard.productSetCode();
		String key = "scorecard:" + set;
		if (set == null || instrument.productSet(set).isEmpty()) {
			problems.add(problem(key, "unknownSet", String.valueOf(set), instrument.code()));
		}
		requireText(key, "title", scorecard.title(), 300, problems);
		requireText(key, "source", scorecard.source(), 4000, problems);
		Set<Integer> sections = new HashSet<>();
		Set<String> criteria = new HashSet<>();
		Set<String> options = new HashSet<>();
		for (Part part : scorecard.parts()) {
			if (instrument.part(part.code()).isEmpty()) {
				problems.add(problem(key, "unknownPart", String.valueOf(part.code()), instrument.code()));
			}
			for (Section section : part.sections()) {
				if (!sections.add(section.number())) {
					problems.add(problem(key, "duplicateSection", section.number()));
				}
				requireText(key, "section", section.title(), 300, problems);
				if (section.hasAlternatives() && section.caseKeys().size() < 2) {
					problems.add(problem(key, "singleCase", section.number()));
				}
				for (Criterion criterion : section.criteria()) {
					criterion(set, criterion, criteria, options, problems);
				}
			}
		}
		if (scorecard.parts().isEmpty()) {
			problems.add(problem(key, "required", "parts"));
		}
		Set<String> gates = new HashSet<>();
		for (Gate gate : scorecard.gates()) {
			String gateKey = "gate:" + set + ":" + gate.code();
			if (gate.code() == null || !CODE.matcher(gate.code()).matches() || !gates.add(gate.code())) {
				problems.add(problem(gateKey, "gateCode", String.valueOf(gate.code())));
			}
			if (gate.effect() == null) {
				problems.add(problem(gateKey, "gateEffect"));
			}
			requireText(gateKey, "condition", gate.condition(), 2000, problems);
			if (gate.criterionCode() != null && criteria.stream()
				.noneMatch(code -> code.equals(gate.criterionCode()) || code.startsWith(gate.criterionCode() + "."))) {
				problems.add(problem(gateKey, "gateCriterion", gate.criterionCode()));
			}
		}
		for (Minimum minimum : scorecard.minimums()) {
			String minimumKey = "minimum:" + set + ":" + minimum.criterionCode() + ":" + minimum.star();
			var criterion = scorecard.criterion(minimum.criterionCode());
			if (criterion.isEmpty()) {
				problems.add(problem(minimumKey, "minimumCriterion", String.valueOf(minimum.criterionCode())));
			}
			else if (criterion.get().option(minimum.optionCode()).isEmpty()) {
				problems.add(problem(minimumKey, "minimumOption", String.valueOf(minimum.optionCode()), minimum.criterionCode()));
			}
			if (instrument.bands() != null && (instrument.bands().band(minimum.star()).isEmpty()
					|| minimum.star() < instrument.bands().recognisedFromStar())) {
				problems.add(problem(minimumKey, "minimumStar", minimum.star()));
			}
		}
	}

	private void criterion(String set, Criterion criterion, Set<String> criteria, Set<String> options,
			List<ScorecardProblem> problems) {
		String key = "criterion:" + set + ":" + criterion.code();
		if (criterion.code() == null || !CODE.matcher(criterion.code()).matches() || !criteria.add(criterion.code())) {
			problems.add(problem(key, "criterionCode", String.valueOf(criterion.code())));
		}
		requireText(key, "criterion", criterion.title(), 2000, problems);
		if (criterion.options().isEmpty()) {
			problems.add(problem(key, "noOptions", criterion.code()));
		}
		for (Option option : criterion.options()) {
			String optionKey = "option:" + set + ":" + option.code();
			if (option.code() == null || !CODE.matcher(option.code()).matches() || !options.add(option.code())) {
				problems.add(problem(optionKey, "optionCode", String.valueOf(option.code())));
			}
			requireText(optionKey, "option", option.text(), 2000, problems);
			if (option.points() == null || option.points().signum() < 0 || option.points().scale() > 2
					|| option.points().compareTo(BigDecimal.valueOf(100)) > 0) {
				problems.add(problem(optionKey, "points", String.valueOf(option.points())));
			}
		}
	}

	private void requireText(String key, String field, String value, int max, List<ScorecardProblem> problems) {
		if (value == null || value.isBlank()) {
			problems.add(problem(key, "required", field));
		}
		else if (value.length() > max) {
			problems.add(problem(key, "tooLong", field, max));
		}
	}

	private ScorecardProblem problem(String key, String messageKey, Object... args) {
		return ScorecardProblem.of(Objects.requireNonNullElse(where.apply(key), key), messageKey, args);
	}

}
