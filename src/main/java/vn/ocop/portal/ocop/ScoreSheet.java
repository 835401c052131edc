package vn.ocop.portal.ocop;

import java.util.Map;
import java.util.Set;

/**
 * One evaluator's choices on a scorecard: one option per criterion, the alternative case chosen in
 * each section that offers some, and the hard gates the evaluator found to apply.
 *
 * @param choices        option code by criterion code
 * @param cases          case key by section number, for sections with alternative cases
 * @param triggeredGates codes of the gates that apply (e.g. {@code G4}: unacceptable impurities)
 */
public record ScoreSheet(Map<String, String> choices, Map<Integer, String> cases, Set<String> triggeredGates) {

	public ScoreSheet {
		choices = Map.copyOf(choices);
		cases = Map.copyOf(cases);
		triggeredGates = Set.copyOf(triggeredGates);
	}

	public static ScoreSheet of(Map<String, String> choices) {
		return new ScoreSheet(choices, Map.of(), Set.of());
	}

	public ScoreSheet withCase(int section, String caseKey) {
		Map<Integer, String> more = new java.util.HashMap<>(cases);
		more.put(section, caseKey);
		return new ScoreSheet(choices, more, triggeredGates);
	}

	public ScoreSheet withGate(String gateCode) {
		Set<String> more = new java.util.HashSet<>(triggeredGates);
		more.add(gateCode);
		return new ScoreSheet(choices, cases, more);
	}

	public ScoreSheet withChoice(String criterionCode, String optionCode) {
		Map<String, String> more = new java.util.HashMap<>(choices);
		more.put(criterionCode, optionCode);
		return new ScoreSheet(more, cases, triggeredGates);
	}

}
