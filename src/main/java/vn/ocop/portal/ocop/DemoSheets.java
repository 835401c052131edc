package vn.ocop.portal.ocop;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Score sheets made up for demo data and tests on a real scorecard: in every section the first
 * alternative case, and in every criterion the option at {@code level} (0 = the lowest option,
 * 1 = the highest) of its options, which are printed from the lowest to the highest.
 */
final class DemoSheets {

	private DemoSheets() {
	}

	static ScoreSheet at(ScorecardDefinition scorecard, double level) {
		Map<String, String> choices = new HashMap<>();
		Map<Integer, String> cases = new HashMap<>();
		for (ScorecardDefinition.Part part : scorecard.parts()) {
			for (ScorecardDefinition.Section section : part.sections()) {
				List<String> keys = section.caseKeys();
				String chosenCase = keys.isEmpty() ? null : keys.get(0);
				if (chosenCase != null) {
					cases.put(section.number(), chosenCase);
				}
				for (ScorecardDefinition.Criterion criterion : section.criteria()) {
					if (criterion.caseKey() != null && !criterion.caseKey().equals(chosenCase)) {
						continue;
					}
					List<ScorecardDefinition.Option> options = criterion.options();
					int index = (int) Math.round(level * (options.size() - 1));
					choices.put(criterion.code(), options.get(Math.max(0, Math.min(options.size() - 1, index))).code());
				}
			}
		}
		return new ScoreSheet(choices, cases, java.util.Set.of());
	}

}
