package vn.ocop.portal.ocop;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.ocop.portal.audit.AuditRecord;
import vn.ocop.portal.audit.Auditor;

/**
 * Records a past provincial evaluation round as it ended (bean {@code ocopEvaluationHistory}): the
 * round and its applications with their results and the decision that closed them, for rounds
 * held before the portal (the demo's rounds of 2022 under Decision 1048, an archive import). The
 * live procedure ({@code Evaluations}) is not replayed: no forms, documents or member scores are
 * kept, only what the round decided. Applies no data scope (the caller is a loader run by the
 * system); audited once per round.
 */
@Service("ocopEvaluationHistory")
public class OcopEvaluationHistory {

	private final JdbcClient jdbc;

	private final Auditor auditor;

	private final Clock clock;

	OcopEvaluationHistory(JdbcClient jdbc, Auditor auditor, Clock clock) {
		this.jdbc = jdbc;
		this.auditor = auditor;
		this.clock = clock;
	}

	/**
	 * One application's result in a past round.
	 *
	 * @param productId the registered product
	 * @param kind      first time, upgrade or re-rating (renewal)
	 * @param star      the recognised star, or {@code null} when the product was not recognised
	 * @param score     the council's mean total
	 */
	public record PastResult(long productId, ApplicationKind kind, Integer star, BigDecimal score) {
	}

	/**
	 * A provincial round that ended: its number, instrument, when the council concluded and the
	 * decision that closed it.
	 */
	public record PastRound(String provinceCode, int year, int number, String instrumentCode, LocalDate concludedOn,
			String decisionNumber, LocalDate decisionDate) {
	}

	/** Whether the province already has that round (so a loader records it once). */
	public boolean hasRound(String provinceCode, int year, int number) {
		return jdbc.sql("SELECT count(*) FROM ocop_round WHERE level = 'PROVINCE' AND unit_code = :unit AND year = :year AND number = :number")
			.param("unit", provinceCode).param("year", year).param("number", number)
			.query(Long.class).single() > 0;
	}

	/**
	 * Stores the round and its applications: recognised ones as decided by the decision, the others
	 * as not recognised (decided by the same decision). Returns the round's id.
	 *
	 * @throws IllegalArgumentException when a product is unknown or the round exists
	 */
	@Transactional
	public long record(PastRound round, List<PastResult> results) {
		if (hasRound(round.provinceCode(), round.year(), round.number())) {
			throw new IllegalArgumentException("Round " + round.number() + "/" + round.year() + " of " + round.provinceCode() + " exists");
		}
		OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
		long roundId = jdbc.sql("INSERT INTO ocop_round (level, unit_code, year, number, instrument_code, results_due, created_at,"
				+ " created_by) VALUES ('PROVINCE', :unit, :year, :number, :instrument, :results, :now, :actor) RETURNING id")
			.param("unit", round.provinceCode())
			.param("year", round.year())
			.param("number", round.number())
			.param("instrument", round.instrumentCode())
			.param("results", round.decisionDate())
			.param("now", now)
			.param("actor", Auditor.SYSTEM)
			.query(Long.class)
			.single();
		int recognised = 0;
		for (PastResult result : results) {
			int inserted = jdbc.sql("INSERT INTO ocop_application (round_id, product_id, subject_id, kind, state, area_codes,"
					+ " registration, self_assessment, written_opinions, score, star, outcome, recognising_level, concluded_on,"
					+ " decision_number, decision_date, created_at, created_by, updated_at, updated_by)"
					+ " SELECT :round, p.id, s.id, :kind, :state, s.area_codes, '{}'::jsonb, '{}'::jsonb, :written, :score, :star,"
					+ " :outcome, 'PROVINCE', :concluded, :decision, :decided, :now, :actor, :now, :actor"
					+ " FROM ocop_product p JOIN ocop_subject s ON s.id = p.subject_id WHERE p.id = :product")
				.param("round", roundId)
				.param("kind", result.kind().name())
				.param("state", result.star() == null ? ApplicationState.NOT_RECOGNISED.name() : ApplicationState.DECIDED.name())
				.param("written", result.kind() == ApplicationKind.RE_RATING)
				.param("score", result.score())
				.param("star", result.star())
				.param("outcome", "RATED")
				.param("concluded", round.concludedOn())
				.param("decision", round.decisionNumber())
				.param("decided", round.decisionDate())
				.param("now", now)
				.param("actor", Auditor.SYSTEM)
				.param("product", result.productId())
				.update();
			if (inserted != 1) {
				throw new IllegalArgumentException("Unknown product " + result.productId());
			}
			recognised += result.star() == null ? 0 : 1;
		}
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("level", "PROVINCE");
		after.put("unit", round.provinceCode());
		after.put("instrument", round.instrumentCode());
		after.put("applications", results.size());
		after.put("recognised", recognised);
		after.put("decisionNumber", round.decisionNumber());
		after.put("decisionDate", round.decisionDate().toString());
		auditor.record(AuditRecord.created(Evaluations.MODULE, "OcopRound", round.number() + "/" + round.year() + "/" + round.provinceCode(),
				after));
		return roundId;
	}

}
