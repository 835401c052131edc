package vn.ocop.portal.certification;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The certificates' statistics read face for reporting (bean {@code certificationStatistics}): per
 * unit, the certificates valid on a date by star and the certified products by product group. A
 * certificate is valid on a day when it is issued, neither revoked nor superseded by then, and not
 * expired (or kept valid by a re-rating filed in time, up to the configured late extension), as
 * {@link Certificate#statusOn} decides. One aggregate query per figure for all units; applies no
 * data scope.
 */
@Service("certificationStatistics")
@Transactional(readOnly = true)
public class CertificationStatistics {

	private static final String VALID = """
			c.issued_on <= :day
			AND (c.superseded_on IS NULL OR c.superseded_on > :day)
			AND (c.revoked_on IS NULL OR c.revoked_on > :day)
			AND (c.expires_on >= :day OR (c.rerating_filed_on IS NOT NULL AND c.rerating_filed_on <= :day
			     AND c.expires_on + :late >= :day))
			""";

	private final JdbcClient jdbc;

	private final CertificationProperties properties;

	CertificationStatistics(JdbcClient jdbc, CertificationProperties properties) {
		this.jdbc = jdbc;
		this.properties = properties;
	}

	/** Per wanted unit, the certificates valid on the day by star (3, 4, 5); units without any are missing. */
	public Map<String, Map<Integer, Integer>> validByStar(List<String> unitCodes, LocalDate day) {
		return count("c.star::text", unitCodes, day, Integer::valueOf);
	}

	/** Per wanted unit, the products holding a valid certificate on the day by product group code. */
	public Map<String, Map<String, Integer>> productsByGroup(List<String> unitCodes, LocalDate day) {
		return count("c.group_code", unitCodes, day, code -> code);
	}

	private <K extends Comparable<K>> Map<String, Map<K, Integer>> count(String key, List<String> unitCodes, LocalDate day,
			java.util.function.Function<String, K> parse) {
		Map<String, Map<K, Integer>> answer = new HashMap<>();
		if (unitCodes.isEmpty()) {
			return answer;
		}
		// Each certificate's area codes are unnested and hash-joined with the wanted units: testing
		// "u.code = ANY (c.area_codes)" paired every certificate with every wanted unit (20,000 x 3,355
		// for the whole country's report: 4.4 s; this way 60 ms; docs/benchmarks.md, "Year-end
		// report"). Counting distinct products keeps repeated codes from counting twice.
		jdbc.sql("SELECT u.code, " + key + ", count(DISTINCT c.product_id) FROM certification_certificate c"
				+ " CROSS JOIN LATERAL unnest(c.area_codes) AS a(code)"
				+ " JOIN unnest(CAST(:units AS VARCHAR[])) AS u(code) ON u.code = a.code WHERE " + VALID
				+ " GROUP BY 1, 2")
			.param("units", unitCodes.toArray(String[]::new))
			.param("day", day)
			.param("late", properties.terms().lateExtensionDays())
			.query((rs, row) -> answer.computeIfAbsent(rs.getString(1), unit -> new TreeMap<>()).put(parse.apply(rs.getString(2)),
					rs.getInt(3)))
			.list();
		return answer;
	}

}
