package vn.ocop.portal.ocop;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The evaluation's statistics read face for reporting (bean {@code ocopStatistics}): per unit, the
 * applications of provincial rounds decided in a year (recognised by the decision, or not
 * recognised), by kind, with what they gave. One aggregate query for all units; no rows are loaded.
 * An application counts in every wanted unit its subject lies in (the subject's unit and the units
 * containing it, as recorded when the application was made), so a past year is counted on the units
 * of that year. Applies no data scope: the caller checks its user's.
 */
@Service("ocopStatistics")
@Transactional(readOnly = true)
public class OcopStatistics {

	private final JdbcClient jdbc;

	OcopStatistics(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The figures of provincial evaluation decided from 1 January of {@code asOf}'s year to
	 * {@code asOf}, per wanted unit; a unit without any such application is missing from the answer.
	 */
	public Map<String, EvaluationFigures> provincialEvaluation(List<String> unitCodes, LocalDate asOf) {
		Map<String, int[]> counts = new HashMap<>();
		if (unitCodes.isEmpty()) {
			return Map.of();
		}
		jdbc.sql("""
				SELECT u.code, a.kind, a.state = 'DECIDED' AS recognised, COALESCE(a.star, 0) AS star, count(*) AS n
				FROM ocop_application a
				JOIN ocop_round r ON r.id = a.round_id AND r.level = 'PROVINCE'
				JOIN unnest(CAST(:units AS VARCHAR[])) AS u(code) ON u.code = ANY (a.area_codes)
				WHERE a.state IN ('DECIDED', 'NOT_RECOGNISED')
				  AND COALESCE(a.decision_date, a.concluded_on) BETWEEN :from AND :to
				GROUP BY 1, 2, 3, 4
				""")
			.param("units", unitCodes.toArray(String[]::new))
			.param("from", asOf.withDayOfYear(1))
			.param("to", asOf)
			.query((rs, row) -> {
				int[] c = counts.computeIfAbsent(rs.getString(1), code -> new int[10]);
				ApplicationKind kind = ApplicationKind.valueOf(rs.getString(2));
				boolean recognised = rs.getBoolean(3);
				int star = rs.getInt(4);
				int n = rs.getInt(5);
				c[kind.ordinal()] += n;
				if (recognised) {
					c[3 + kind.ordinal()] += n;
					if (kind == ApplicationKind.FIRST_TIME && star >= 3 && star <= 5) {
						c[6 + star - 3] += n;
					}
				}
				return null;
			})
			.list();
		Map<String, EvaluationFigures> figures = new HashMap<>();
		counts.forEach((unit, c) -> figures.put(unit, new EvaluationFigures(c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7], c[8])));
		return figures;
	}

	/**
	 * One unit's provincial evaluation in a year. Upgrades are counted as upgraded when the
	 * decision recognised them (an upgrade is recognised only above the star the product held).
	 *
	 * @param firstTime          first-time applications decided
	 * @param upgrades           upgrade requests decided
	 * @param renewals           re-ratings of expiring certificates decided
	 * @param firstTimeRecognised newly recognised products
	 * @param upgraded           upgrade requests recognised at the higher star
	 * @param renewed            re-ratings recognised
	 * @param new3               newly recognised at 3 stars
	 * @param new4               at 4 stars
	 * @param new5               at 5 stars (recognised centrally after the province proposed them)
	 */
	public record EvaluationFigures(int firstTime, int upgrades, int renewals, int firstTimeRecognised, int upgraded, int renewed,
			int new3, int new4, int new5) {

		public int decided() {
			return firstTime + upgrades + renewals;
		}

	}

}
