package vn.ocop.portal.petitions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The demo conference of 27/12/2022: its petitions, some answered and published on time, some overdue. */
@PetitionsIntegrationTest
class PetitionsDemoDataIntegrationTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PetitionStatistics statistics;

	@Test
	void theConferenceOf27December2022HasItsPetitionsAndTheirFollowUp() {
		long conference = jdbc.sql("SELECT id FROM petitions_conference WHERE held_on = DATE '2022-12-27' AND title = :title")
			.param("title", PetitionsDemoData.CONFERENCE_TITLE).query(Long.class).single();
		assertThat(jdbc.sql("SELECT count(*) FROM petitions_conference_participant WHERE conference_id = :id").param("id", conference)
			.query(Long.class).single()).isEqualTo(6);
		assertThat(jdbc.sql("SELECT code FROM petitions_petition WHERE conference_id = :id ORDER BY code").param("id", conference)
			.query(String.class).list()).hasSize(8).first().isEqualTo("KN.20221227.0001");

		PetitionFigures nnptnt = statistics.byDepartment(2022, Locale.ROOT).stream()
			.filter(row -> "SO-NNPTNT".equals(row.departmentCode())).findFirst().orElseThrow();
		assertThat(nnptnt.received()).isGreaterThanOrEqualTo(2);
		assertThat(nnptnt.answered()).isGreaterThanOrEqualTo(1);
		assertThat(nnptnt.overdue()).isGreaterThanOrEqualTo(1);
		PetitionFigures total = statistics.total(2022);
		assertThat(total.answeredOnTime()).isGreaterThanOrEqualTo(4);
		assertThat(total.answered()).isGreaterThan(total.answeredOnTime());
		assertThat(jdbc.sql("SELECT count(*) FROM petitions_petition WHERE conference_id = :id AND status = 'PUBLISHED'")
			.param("id", conference).query(Long.class).single()).isEqualTo(4);
		assertThat(jdbc.sql("SELECT count(*) FROM petitions_notification n JOIN petitions_petition p ON p.id = n.petition_id"
				+ " WHERE p.conference_id = :id AND n.kind = 'ANSWER_ESCALATION'").param("id", conference).query(Long.class).single())
			.isEqualTo(2);
	}

}
