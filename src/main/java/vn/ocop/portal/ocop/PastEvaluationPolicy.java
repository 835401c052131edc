package vn.ocop.portal.ocop;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The rules a past evaluation (a row of the applications history, sheet {@code danh-gia-ocop}) must
 * meet, decided on its own facts, the rules of its date and what is known of the product's earlier
 * recognitions. Pure: no database, no clock; the sheet gathers the facts.
 * <p>
 * <b>Errors</b> contradict the rules: a recognised result needs a recognised star (≥ the instrument's
 * lowest recognised star, 3★) that its total reaches under the instrument's bands (a star above the
 * band of the total is impossible) and that the round's level recognises on that date, or the level
 * above when the total reached the round level's forwarding threshold (≥ 90 at the province: 5★ by
 * the central level); a not recognised result has no recognised star; rejected and withdrawn
 * dossiers have no star; an upgrade recognised at or below the star the product held.
 * <p>
 * <b>Warnings</b> are facts the rules make unlikely but that history may hold, or that the history
 * known to the portal may simply miss: a star below the band of the total (only the minimum options
 * per star or a gate lower it), not recognised with a total in a recognised band (the same), a
 * re-rating or an upgrade of a product without a known earlier recognition, a re-rating decided
 * outside the window of its certificate (earlier than 180 days before expiry, or more than 180 days
 * after it), an upgrade after the certificate expired, a first-time evaluation while a certificate
 * of the product is valid. A warning stops the row unless the row accepts the warnings.
 */
final class PastEvaluationPolicy {

	/** A certificate is valid for 36 months from its decision (domain §4). */
	static final int VALIDITY_MONTHS = 36;

	/** Re-rating files no earlier than 180 days before expiry; a late one is kept valid at most 180 days past it. */
	static final int RERATING_WINDOW_DAYS = 180;

	private PastEvaluationPolicy() {
	}

	/** What the history says an evaluation ended with. */
	enum Result {

		/** Recognised by the decision: the application is {@link ApplicationState#DECIDED}. */
		RECOGNISED(ApplicationState.DECIDED),
		/** Evaluated and not recognised; closed by the round's decision. */
		NOT_RECOGNISED(ApplicationState.NOT_RECOGNISED),
		/** The dossier was rejected (a gate, not eligible). */
		REJECTED(ApplicationState.REJECTED),
		/** The subject withdrew the dossier. */
		WITHDRAWN(ApplicationState.WITHDRAWN);

		final ApplicationState state;

		Result(ApplicationState state) {
			this.state = state;
		}

		/** Whether the council evaluated it to the end (score and decision known). */
		boolean evaluated() {
			return this == RECOGNISED || this == NOT_RECOGNISED;
		}

	}

	/** An earlier recognition of the product: the decision's date and the star. */
	record Recognition(LocalDate decidedOn, int star) {

		LocalDate expiry() {
			return decidedOn.plusMonths(VALIDITY_MONTHS).minusDays(1);
		}

	}

	/**
	 * What the policy found: the column it concerns (a column name of the sheet), the message key, its
	 * arguments, and whether it is only a warning.
	 */
	record Finding(String column, String messageKey, List<Object> args, boolean warning) {

		static Finding error(String column, String key, Object... args) {
			return new Finding(column, key, List.of(args), false);
		}

		static Finding warning(String column, String key, Object... args) {
			return new Finding(column, key, List.of(args), true);
		}

	}

	/**
	 * The facts of one past evaluation.
	 *
	 * @param kind         first time, upgrade, re-rating
	 * @param result       how it ended
	 * @param total        the council's mean total (given, or the mean of the members' totals), null when unknown
	 * @param star         the star the history gives, null when none
	 * @param roundLevel   the level of the round
	 * @param decidedOn    the date of the decision (or of the rejection, the withdrawal)
	 * @param instrument   the instrument whose rules applied
	 * @param rules        which level recognises which stars on that date, and from which total each forwards
	 * @param earlier      the latest known recognition of the product before this one
	 */
	record Facts(ApplicationKind kind, Result result, BigDecimal total, Integer star, EvaluationLevel roundLevel,
			LocalDate decidedOn, Instrument instrument, List<RecognitionRules.Rule> rules, Optional<Recognition> earlier) {
	}

	/** Checks one past evaluation; an empty list when it follows the rules. */
	static List<Finding> check(Facts facts) {
		List<Finding> findings = new ArrayList<>();
		scoreAndStar(facts, findings);
		history(facts, findings);
		return findings;
	}

	/** The band's star of a total under the instrument, if the total falls in one. */
	static Optional<Integer> bandStar(Instrument instrument, BigDecimal total) {
		return instrument.bands().bandOf(total).map(StarBands.Band::star);
	}

	/** The mean of the members' totals, to 2 decimals (half up), as the council's score. */
	static BigDecimal mean(List<BigDecimal> totals) {
		BigDecimal sum = totals.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
		return sum.divide(BigDecimal.valueOf(totals.size()), 2, RoundingMode.HALF_UP);
	}

	/** The difference between the highest and the lowest member's total (0 for one member). */
	static BigDecimal spread(List<BigDecimal> totals) {
		BigDecimal max = totals.stream().max(BigDecimal::compareTo).orElse(BigDecimal.ZERO);
		BigDecimal min = totals.stream().min(BigDecimal::compareTo).orElse(BigDecimal.ZERO);
		return max.subtract(min).setScale(2, RoundingMode.HALF_UP);
	}

	private static void scoreAndStar(Facts facts, List<Finding> findings) {
		StarBands bands = facts.instrument().bands();
		Integer star = facts.star();
		if (!facts.result().evaluated()) {
			if (star != null) {
				findings.add(Finding.error("hang-sao", "ocop.history.problem.starWithoutEvaluation"));
			}
			return;
		}
		if (facts.total() == null) {
			findings.add(Finding.error("diem", "ocop.history.problem.scoreRequired"));
			return;
		}
		Optional<Integer> band = bandStar(facts.instrument(), facts.total());
		if (band.isEmpty()) {
			findings.add(Finding.error("diem", "ocop.history.problem.scoreOutOfBands", facts.total(), facts.instrument().code()));
			return;
		}
		if (facts.result() == Result.RECOGNISED) {
			if (star == null) {
				findings.add(Finding.error("hang-sao", "ocop.history.problem.starRequired"));
				return;
			}
			if (!bands.recognised(star) || bands.band(star).isEmpty()) {
				findings.add(Finding.error("hang-sao", "ocop.history.problem.starNotRecognisable", star, bands.recognisedFromStar()));
				return;
			}
			if (star > band.get()) {
				findings.add(Finding.error("hang-sao", "ocop.history.problem.starAboveBand", star, facts.total(), band.get(),
						facts.instrument().code()));
				return;
			}
			if (star < band.get()) {
				findings.add(Finding.warning("hang-sao", "ocop.history.warning.starBelowBand", star, facts.total(), band.get()));
			}
			recognisingLevel(facts, star, findings);
		}
		else {
			if (star != null && bands.recognised(star)) {
				findings.add(Finding.error("hang-sao", "ocop.history.problem.starOfNotRecognised", star));
				return;
			}
			if (star != null && star > band.get()) {
				findings.add(Finding.error("hang-sao", "ocop.history.problem.starAboveBand", star, facts.total(), band.get(),
						facts.instrument().code()));
				return;
			}
			if (bands.recognised(band.get())) {
				findings.add(Finding.warning("diem", "ocop.history.warning.notRecognisedInBand", facts.total(), band.get()));
			}
		}
	}

	/**
	 * The star must be one that the round's level recognises on the date, or that a level above
	 * recognises when the total reached the round level's forwarding threshold.
	 */
	private static void recognisingLevel(Facts facts, int star, List<Finding> findings) {
		Optional<RecognitionRules.Rule> recognising = facts.rules().stream()
			.filter(rule -> rule.minStar() != null && star >= rule.minStar() && star <= rule.maxStar())
			.findFirst();
		Optional<RecognitionRules.Rule> own = facts.rules().stream().filter(rule -> rule.level() == facts.roundLevel()).findFirst();
		if (recognising.isPresent()) {
			EvaluationLevel level = recognising.get().level();
			if (level == facts.roundLevel()) {
				return;
			}
			if (level.ordinal() > facts.roundLevel().ordinal() && own.isPresent() && own.get().forwardFrom() != null
					&& facts.total().compareTo(own.get().forwardFrom()) >= 0) {
				return;
			}
		}
		findings.add(Finding.error("hang-sao", "ocop.history.problem.levelDoesNotRecognise", star, facts.roundLevel().name(),
				facts.decidedOn()));
	}

	private static void history(Facts facts, List<Finding> findings) {
		Optional<Recognition> earlier = facts.earlier();
		LocalDate on = facts.decidedOn();
		switch (facts.kind()) {
			case FIRST_TIME -> earlier.filter(before -> !on.isAfter(before.expiry()))
				.ifPresent(before -> findings.add(Finding.warning("loai", "ocop.history.warning.firstTimeWhileCertified",
						before.star(), before.decidedOn(), before.expiry())));
			case UPGRADE -> {
				if (earlier.isEmpty()) {
					findings.add(Finding.warning("loai", "ocop.history.warning.upgradeWithoutRecognition"));
					return;
				}
				Recognition before = earlier.get();
				if (facts.result() == Result.RECOGNISED && facts.star() != null && facts.star() <= before.star()) {
					findings.add(Finding.error("hang-sao", "ocop.history.problem.upgradeNotHigher", facts.star(), before.star(),
							before.decidedOn()));
					return;
				}
				if (on.isAfter(before.expiry())) {
					findings.add(Finding.warning("loai", "ocop.history.warning.upgradeAfterExpiry", before.star(), before.decidedOn(),
							before.expiry()));
				}
			}
			case RE_RATING -> {
				if (earlier.isEmpty()) {
					findings.add(Finding.warning("loai", "ocop.history.warning.reratingWithoutCertificate"));
					return;
				}
				Recognition before = earlier.get();
				if (on.isBefore(before.expiry().minusDays(RERATING_WINDOW_DAYS))) {
					findings.add(Finding.warning("loai", "ocop.history.warning.reratingEarly", before.star(), before.decidedOn(),
							before.expiry()));
				}
				else if (on.isAfter(before.expiry().plusDays(RERATING_WINDOW_DAYS))) {
					findings.add(Finding.warning("loai", "ocop.history.warning.reratingLate", before.star(), before.decidedOn(),
							before.expiry()));
				}
			}
		}
	}

}
