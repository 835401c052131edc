package vn.ocop.portal.ocop;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the {@link ScoringEngine} made of a score sheet.
 *
 * @param outcome        rated, or stopped by a gate
 * @param total          the sum of the chosen options (of what was scored before a gate)
 * @param partPoints     points by part code
 * @param sectionPoints  points by section number
 * @param bandStar       the star of the band the total falls into ({@code null} when a gate applied)
 * @param star           the star after the per-star minimums ({@code null} when a gate applied)
 * @param recognised     whether that star is recognised with a decision and a certificate
 * @param reasons        why: the band, each minimum that capped the star, each gate that applied
 */
public record ScoreResult(Outcome outcome, BigDecimal total, Map<String, BigDecimal> partPoints,
		Map<Integer, BigDecimal> sectionPoints, Integer bandStar, Integer star, boolean recognised, List<Reason> reasons) {

	public ScoreResult {
		partPoints = Map.copyOf(partPoints);
		sectionPoints = Map.copyOf(sectionPoints);
		reasons = List.copyOf(reasons);
	}

	public Optional<Integer> starRating() {
		return Optional.ofNullable(star);
	}

	/** The outcome of an evaluation. */
	public enum Outcome {

		/** Scored to the end and given a star. */
		RATED,
		/** A gate rejected the dossier. */
		REJECTED,
		/** A gate stopped the evaluation. */
		EVALUATION_STOPPED,
		/** A gate excluded the product from evaluation. */
		NOT_EVALUATED;

		public String messageKey() {
			return "ocop.score.outcome." + name();
		}

		static Outcome of(GateEffect effect) {
			return switch (effect) {
				case REJECT -> REJECTED;
				case STOP_EVALUATION -> EVALUATION_STOPPED;
				case NOT_EVALUATED -> NOT_EVALUATED;
			};
		}

	}

	/**
	 * One reason, as a message key with its arguments (so pages say it in Vietnamese or English).
	 *
	 * @param kind       what kind of reason
	 * @param messageKey key in {@code messages/ocop*.properties}
	 * @param args       arguments of the message
	 */
	public record Reason(Kind kind, String messageKey, List<Object> args) {

		public Reason {
			args = List.copyOf(args);
		}

		/** Kinds of reasons. */
		public enum Kind {
			BAND, MINIMUM_NOT_MET, GATE
		}

	}

}
