package vn.ocop.portal.ocop;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Which level recognises what, by instrument and date ({@code ocop_recognition_rule}), and the
 * statutory dates of rounds ({@code ocop_round_schedule}): data keyed by the instrument, so a new
 * decision is new rows, not new code.
 */
@Component
class RecognitionRules {

	private final JdbcClient jdbc;

	RecognitionRules(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** What an evaluation that ended with this total and star leads to. */
	record Recognition(ApplicationState state, EvaluationLevel level) {
	}

	/**
	 * The outcome of a concluded evaluation at {@code level} on {@code date} under {@code instrumentCode}:
	 * forwarded to the level above when the total reaches this level's forwarding threshold;
	 * otherwise recognised by the level whose stars include {@code star}; not recognised below.
	 */
	Recognition recognise(String instrumentCode, EvaluationLevel level, LocalDate date, BigDecimal total, Integer star) {
		List<Rule> rules = rulesOn(instrumentCode, date);
		Optional<Rule> own = rules.stream().filter(rule -> rule.level() == level).findFirst();
		if (star == null || own.isEmpty()) {
			return new Recognition(ApplicationState.NOT_RECOGNISED, null);
		}
		if (own.get().forwardFrom() != null && total.compareTo(own.get().forwardFrom()) >= 0) {
			EvaluationLevel above = EvaluationLevel.values()[level.ordinal() + 1];
			return new Recognition(ApplicationState.PROPOSED_TO_CENTRAL, above);
		}
		return rules.stream()
			.filter(rule -> rule.minStar() != null && star >= rule.minStar() && star <= rule.maxStar())
			.filter(rule -> rule.level().ordinal() >= level.ordinal())
			.findFirst()
			.map(rule -> new Recognition(ApplicationState.AWAITING_DECISION, rule.level()))
			.orElse(new Recognition(ApplicationState.NOT_RECOGNISED, null));
	}

	/** The level that recognises this star on this date (empty: nobody, e.g. 2★). */
	Optional<EvaluationLevel> levelRecognising(String instrumentCode, LocalDate date, int star) {
		return rulesOn(instrumentCode, date).stream()
			.filter(rule -> rule.minStar() != null && star >= rule.minStar() && star <= rule.maxStar())
			.map(Rule::level)
			.findFirst();
	}

	List<Rule> rulesOn(String instrumentCode, LocalDate date) {
		return jdbc.sql("SELECT level, min_star, max_star, forward_from FROM ocop_recognition_rule WHERE instrument_code = :code"
				+ " AND valid_from <= :date AND (valid_until IS NULL OR valid_until > :date) ORDER BY CASE level"
				+ " WHEN 'DISTRICT' THEN 1 WHEN 'PROVINCE' THEN 2 ELSE 3 END")
			.param("code", instrumentCode)
			.param("date", date)
			.query((rs, row) -> new Rule(EvaluationLevel.valueOf(rs.getString(1)), (Integer) rs.getObject(2),
					(Integer) rs.getObject(3), rs.getBigDecimal(4)))
			.list();
	}

	record Rule(EvaluationLevel level, Integer minStar, Integer maxStar, BigDecimal forwardFrom) {
	}

	/** The statutory dates of round {@code number} of {@code year} (empty when the instrument sets none). */
	Optional<Dates> schedule(String instrumentCode, EvaluationLevel level, int year, int number) {
		return jdbc.sql("SELECT proposals_month, proposals_day, proposals_offset, results_month, results_day, results_offset"
				+ " FROM ocop_round_schedule WHERE instrument_code = :code AND level = :level AND round_number = :number")
			.param("code", instrumentCode)
			.param("level", level.name())
			.param("number", number)
			.query((rs, row) -> new Dates(MonthDay.of(rs.getInt(1), rs.getInt(2)).atYear(year + rs.getInt(3)),
					MonthDay.of(rs.getInt(4), rs.getInt(5)).atYear(year + rs.getInt(6))))
			.optional();
	}

	/** Dossiers proposed before {@code proposalsDue}; results before {@code resultsDue}. */
	record Dates(LocalDate proposalsDue, LocalDate resultsDue) {
	}

}
