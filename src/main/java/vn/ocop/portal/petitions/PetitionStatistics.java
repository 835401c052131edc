package vn.ocop.portal.petitions;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The petitions' public read face for indicators (bean {@code petitionStatistics}): received,
 * answered, answered on time and overdue by lead department and year. Figures only, never personal
 * data, so the public dashboard and the reporting module use them without a data scope.
 * "Overdue" counts petitions still owing an answer whose deadline passed before today.
 */
@Component("petitionStatistics")
@Transactional(readOnly = true)
public class PetitionStatistics {

	private final JdbcClient jdbc;

	private final ReferenceLists lists;

	private final Clock clock;

	PetitionStatistics(JdbcClient jdbc, ReferenceLists lists, Clock clock) {
		this.jdbc = jdbc;
		this.lists = lists;
		this.clock = clock;
	}

	/** One row per lead department with petitions received in the year (unassigned ones last), names in the locale. */
	public List<PetitionFigures> byDepartment(int year, Locale locale) {
		List<PetitionFigures> rows = new ArrayList<>();
		ReferenceLists.Names names = lists.names(locale);
		jdbc.sql("""
				SELECT p.lead_department,
				       count(*) AS received,
				       count(*) FILTER (WHERE p.answered_on IS NOT NULL) AS answered,
				       count(*) FILTER (WHERE p.answered_on IS NOT NULL AND p.answered_on <= p.answer_deadline) AS on_time,
				       count(*) FILTER (WHERE p.answered_on IS NULL AND p.status IN ('ACCEPTED', 'ASSIGNED')
				                        AND p.answer_deadline < :today) AS overdue
				FROM petitions_petition p LEFT JOIN petitions_department d ON d.code = p.lead_department
				WHERE p.received_on BETWEEN :from AND :to
				GROUP BY p.lead_department, d.position
				ORDER BY d.position NULLS LAST, p.lead_department
				""")
			.param("today", LocalDate.now(clock))
			.param("from", LocalDate.of(year, 1, 1))
			.param("to", LocalDate.of(year, 12, 31))
			.query(rs -> {
				String code = rs.getString(1);
				rows.add(new PetitionFigures(code, names.department(code), year, rs.getLong(2),
						rs.getLong(3), rs.getLong(4), rs.getLong(5)));
			});
		return rows;
	}

	/** The province's total for the year. */
	public PetitionFigures total(int year) {
		return total(year, byDepartment(year, Locale.ROOT));
	}

	/** The total of rows {@link #byDepartment} gave for the year (without counting them again). */
	public static PetitionFigures total(int year, List<PetitionFigures> rows) {
		return new PetitionFigures(null, "", year, rows.stream().mapToLong(PetitionFigures::received).sum(),
				rows.stream().mapToLong(PetitionFigures::answered).sum(),
				rows.stream().mapToLong(PetitionFigures::answeredOnTime).sum(),
				rows.stream().mapToLong(PetitionFigures::overdue).sum());
	}

	/** The years with petitions, newest first. */
	public List<Integer> years() {
		// one index probe per year (skipping through petitions_petition_received_ix) instead of reading every row
		return jdbc.sql("""
				WITH RECURSIVE y(year) AS (
				    SELECT CAST(extract(YEAR FROM max(received_on)) AS INTEGER) FROM petitions_petition
				    UNION ALL
				    SELECT (SELECT CAST(extract(YEAR FROM max(received_on)) AS INTEGER) FROM petitions_petition
				            WHERE received_on < make_date(y.year, 1, 1))
				    FROM y WHERE y.year IS NOT NULL)
				SELECT year FROM y WHERE year IS NOT NULL ORDER BY year DESC
				""")
			.query(Integer.class)
			.list();
	}

}
