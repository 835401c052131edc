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
 * answered, answered on time, overdue and published by lead department and year, as of today or of
 * a report's date. Figures only, never personal data, so the public dashboard and the reporting
 * module use them without a data scope. "Overdue" counts petitions still owing an answer (on the
 * date) whose deadline passed before that date.
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

	/** One row per lead department with petitions received in the year (unassigned ones last), names in the locale; as of today. */
	public List<PetitionFigures> byDepartment(int year, Locale locale) {
		return byDepartment(year, LocalDate.now(clock), locale);
	}

	/**
	 * As {@link #byDepartment(int, Locale)}, as the petitions stood on {@code asOf} (a year-end
	 * report's date): received in the year up to that date, answered and published by then, and
	 * overdue on that date (no answer by then, its deadline passed before it).
	 */
	public List<PetitionFigures> byDepartment(int year, LocalDate asOf, Locale locale) {
		List<PetitionFigures> rows = new ArrayList<>();
		ReferenceLists.Names names = lists.names(locale);
		LocalDate yearEnd = LocalDate.of(year, 12, 31);
		jdbc.sql("""
				SELECT p.lead_department,
				       count(*) AS received,
				       count(*) FILTER (WHERE p.answered_on <= :asOf) AS answered,
				       count(*) FILTER (WHERE p.answered_on <= :asOf AND p.answered_on <= p.answer_deadline) AS on_time,
				       count(*) FILTER (WHERE p.answer_deadline < :asOf
				                        AND ((p.answered_on IS NULL AND p.status IN ('ACCEPTED', 'ASSIGNED'))
				                             OR p.answered_on > :asOf)) AS overdue,
				       count(*) FILTER (WHERE CAST(p.published_at AT TIME ZONE 'Asia/Ho_Chi_Minh' AS DATE) <= :asOf) AS published
				FROM petitions_petition p LEFT JOIN petitions_department d ON d.code = p.lead_department
				WHERE p.received_on BETWEEN :from AND :to
				GROUP BY p.lead_department, d.position
				ORDER BY d.position NULLS LAST, p.lead_department
				""")
			.param("asOf", asOf)
			.param("from", LocalDate.of(year, 1, 1))
			.param("to", asOf.isBefore(yearEnd) ? asOf : yearEnd)
			.query(rs -> {
				String code = rs.getString(1);
				rows.add(new PetitionFigures(code, names.department(code), year, rs.getLong(2),
						rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getLong(6)));
			});
		return rows;
	}

	/** The province's total for the year, as of today. */
	public PetitionFigures total(int year) {
		return total(year, LocalDate.now(clock));
	}

	/** The province's total for the year as the petitions stood on {@code asOf}; see {@link #byDepartment(int, LocalDate, Locale)}. */
	public PetitionFigures total(int year, LocalDate asOf) {
		return total(year, byDepartment(year, asOf, Locale.ROOT));
	}

	/** The total of rows {@link #byDepartment} gave for the year (without counting them again). */
	public static PetitionFigures total(int year, List<PetitionFigures> rows) {
		return new PetitionFigures(null, "", year, rows.stream().mapToLong(PetitionFigures::received).sum(),
				rows.stream().mapToLong(PetitionFigures::answered).sum(),
				rows.stream().mapToLong(PetitionFigures::answeredOnTime).sum(),
				rows.stream().mapToLong(PetitionFigures::overdue).sum(),
				rows.stream().mapToLong(PetitionFigures::published).sum());
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
