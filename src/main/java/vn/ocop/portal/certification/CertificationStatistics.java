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

	/** Up to how many wanted units the areas' index narrows the certificates first. */
	private static final int INDEXED_UNITS = 300;

	private final JdbcClient jdbc;

	private final CertificationProperties properties;

	CertificationStatistics(JdbcClient jdbc, CertificationProperties properties) {
		this.jdbc = jdbc;
		this.properties = properties;
	}

	/** Per wanted unit, the certificates valid on the day by star (3, 4, 5); units without any are missing. */
	public Map<String, Map<Integer, Integer>> validByStar(List<String> unitCodes, LocalDate day) {
		Map<String, Map<Integer, Integer>> answer = new HashMap<>();
		valid(unitCodes, day).forEach((unit, figures) -> answer.put(unit, figures.byStar()));
		return answer;
	}

	/** Per wanted unit, the products holding a valid certificate on the day by product group code. */
	public Map<String, Map<String, Integer>> productsByGroup(List<String> unitCodes, LocalDate day) {
		Map<String, Map<String, Integer>> answer = new HashMap<>();
		valid(unitCodes, day).forEach((unit, figures) -> answer.put(unit, figures.productsByGroup()));
		return answer;
	}

	/**
	 * Both figures of the certificates valid on the day, per wanted unit, in one aggregate query: the
	 * products by star and by product group code. Units without any valid certificate are missing.
	 * For a few hundred codes at most (a province and its units) each code's certificates are looked
	 * up in the areas' index; for more (the whole country) one pass over the certificates, their
	 * areas hash-joined to the wanted codes, is cheaper than thousands of look-ups.
	 */
	public Map<String, ValidCertificates> valid(List<String> unitCodes, LocalDate day) {
		Map<String, ValidCertificates> answer = new HashMap<>();
		if (unitCodes.isEmpty()) {
			return answer;
		}
		// Up to INDEXED_UNITS codes (a province and its units) each wanted code looks its certificates
		// up in the areas' GIN index ("@> ARRAY[code]", about 0.03 ms a code: 8 ms for a province of
		// 169 codes); the planner, asked for "&&" with the whole list instead, preferred testing the
		// overlap on every certificate (75 ms). Beyond (the whole country) one pass over the
		// certificates with their area codes unnested and hash-joined to the wanted codes is
		// cheaper than thousands of look-ups; "code = ANY (area_codes)" paired every certificate with
		// every wanted unit (20,000 x 3,355: 4.4 s). Counting distinct products keeps repeated codes
		// from counting twice (docs/benchmarks.md, "Year-end report").
		String[] units = unitCodes.toArray(String[]::new);
		String certificatesOfUnits = unitCodes.size() <= INDEXED_UNITS
				? " FROM unnest(CAST(:units AS VARCHAR[])) AS u(code)"
						+ " JOIN certification_certificate c ON c.area_codes @> ARRAY[u.code] WHERE "
				: " FROM certification_certificate c CROSS JOIN LATERAL unnest(c.area_codes) AS a(code)"
						+ " JOIN unnest(CAST(:units AS VARCHAR[])) AS u(code) ON u.code = a.code WHERE ";
		jdbc.sql("SELECT u.code, GROUPING(c.star) = 1 AS by_group, c.star, c.group_code, count(DISTINCT c.product_id)"
				+ certificatesOfUnits + VALID + " GROUP BY GROUPING SETS ((u.code, c.star), (u.code, c.group_code))")
			.param("units", units)
			.param("day", day)
			.param("late", properties.terms().lateExtensionDays())
			.query((rs, row) -> {
				ValidCertificates figures = answer.computeIfAbsent(rs.getString(1),
						unit -> new ValidCertificates(new TreeMap<>(), new TreeMap<>()));
				if (rs.getBoolean(2)) {
					figures.productsByGroup().put(rs.getString(4), rs.getInt(5));
				}
				else {
					figures.byStar().put(rs.getInt(3), rs.getInt(5));
				}
				return figures;
			})
			.list();
		return answer;
	}

	/**
	 * The certificates valid on a day in one unit: products by star (3, 4, 5) and by product group
	 * code of the taxonomy ({@code TP}, {@code DU}, …).
	 */
	public record ValidCertificates(Map<Integer, Integer> byStar, Map<String, Integer> productsByGroup) {
	}

}
