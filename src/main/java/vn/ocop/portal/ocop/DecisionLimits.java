package vn.ocop.portal.ocop;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Which rules apply to an application and by when it must be decided, from the data of
 * {@code ocop_transition} and {@code ocop_decision_limit} (migration V37; domain §4 "Certificates",
 * "Transition"):
 * <ul>
 * <li>the <b>regime</b> is a function of the first filing date: the instrument in force that day
 * ({@link Scorecards#instrumentOn}); a dossier filed before a newer instrument took effect, while
 * the previous one applied, keeps the previous rules and must be finished within the transition's
 * days from the effective date (26/2026 Art. 12.2: filed before 22/05/2026 → 148/2023, first-time
 * and upgrade by 21/07/2026, re-rating by 21/06/2026; not if it was decided before). Not filed yet: the rules in force today,
 * provisionally. Recorded without a filing date (history): the round's instrument;</li>
 * <li>the <b>limit</b> of the regime's own rules, counted from the day the dossier was complete
 * (26/2026 Art. 7.6.g: a re-rating within 45 days).</li>
 * </ul>
 * The scorecard, the star bands and the recognition rules of an evaluation are those of its regime.
 */
@Component
class DecisionLimits {

	private final JdbcClient jdbc;

	private final Scorecards scorecards;

	private final Clock clock;

	DecisionLimits(JdbcClient jdbc, Scorecards scorecards, Clock clock) {
		this.jdbc = jdbc;
		this.scorecards = scorecards;
		this.clock = clock;
	}

	/** How the regime was found. */
	enum Basis {

		/** The instrument in force on the first filing date. */
		FILING_DATE,
		/** Filed before a newer instrument took effect: the previous rules, within the transition's days. */
		TRANSITION,
		/** Not filed yet: the rules in force today, until it is filed. */
		PROVISIONAL,
		/** Recorded without a filing date (history): the round's instrument. */
		ROUND;

		public String messageKey() {
			return "ocop.regime.basis." + name();
		}

	}

	/** A transitional provision: filed before {@code effectiveOn} under {@code previousCode}, finished by {@link #finishBy()}. */
	record Transition(String instrumentCode, String previousCode, LocalDate effectiveOn, int days, String article) {

		public LocalDate finishBy() {
			return effectiveOn.plusDays(days);
		}

	}

	/** A limit of an instrument's own rules, counted from the day the dossier was complete. */
	record Limit(String instrumentCode, int days, String article) {
	}

	/**
	 * The rules an application is evaluated under.
	 *
	 * @param instrumentCode whose scorecard, bands and recognition rules apply
	 * @param transition     the transitional provision that keeps the previous rules, or null
	 * @param limit          the limit of the instrument's own rules, or null (none for this kind; or transitional)
	 */
	record Regime(String instrumentCode, Basis basis, LocalDate on, Transition transition, Limit limit) {

		public boolean transitional() {
			return transition != null;
		}

		/** The last day to decide: the transition's end, or the limit from the complete dossier (null: none, or not started). */
		public LocalDate dueOn(LocalDate dossierCompleteOn) {
			if (transition != null) {
				return transition.finishBy();
			}
			return limit == null || dossierCompleteOn == null ? null : dossierCompleteOn.plusDays(limit.days());
		}

	}

	/** The regime of an application in its round. */
	Regime regimeOf(Application application, Round round) {
		LocalDate filed = application.filedOn();
		if (filed == null && application.state() != ApplicationState.DRAFT) {
			return new Regime(round.instrumentCode(), Basis.ROUND, null, null, null);
		}
		return regime(filed, application.decisionDate(), application.kind(), round.instrumentCode());
	}

	/**
	 * The regime of an application of {@code kind} first filed on {@code filedOn} (null: not yet,
	 * provisionally today's rules) and decided on {@code decidedOn} (null: not yet; one decided
	 * before a newer instrument took effect was not pending then, so no transition applies to it);
	 * {@code fallback} when no instrument was in force that day.
	 */
	Regime regime(LocalDate filedOn, LocalDate decidedOn, ApplicationKind kind, String fallback) {
		LocalDate on = filedOn == null ? LocalDate.now(clock) : filedOn;
		String instrument = scorecards.instrumentOn(on).map(Instrument::code).orElse(fallback);
		Optional<Transition> transition = jdbc.sql("SELECT instrument_code, previous_code, effective_on, days, article"
				+ " FROM ocop_transition WHERE previous_code = :instrument AND kind = :kind AND effective_on > :on"
				+ " AND (CAST(:decided AS DATE) IS NULL OR effective_on <= :decided) ORDER BY effective_on LIMIT 1")
			.param("instrument", instrument)
			.param("kind", kind.name())
			.param("on", on)
			.param("decided", decidedOn, java.sql.Types.DATE)
			.query((rs, row) -> new Transition(rs.getString(1), rs.getString(2), rs.getObject(3, LocalDate.class), rs.getInt(4),
					rs.getString(5)))
			.optional();
		if (transition.isPresent() && filedOn != null) {
			return new Regime(instrument, Basis.TRANSITION, on, transition.get(), null);
		}
		Limit limit = jdbc.sql("SELECT instrument_code, days, article FROM ocop_decision_limit"
				+ " WHERE instrument_code = :instrument AND kind = :kind")
			.param("instrument", instrument)
			.param("kind", kind.name())
			.query((rs, row) -> new Limit(rs.getString(1), rs.getInt(2), rs.getString(3)))
			.optional()
			.orElse(null);
		return new Regime(instrument, filedOn == null ? Basis.PROVISIONAL : Basis.FILING_DATE, on, null, limit);
	}

}
