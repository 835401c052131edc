package vn.ocop.portal.petitions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.MockMvc;

import vn.ocop.portal.shared.calendar.WorkingDayCalendar;
import vn.ocop.portal.support.Officials;

/**
 * The administrator keeps the calendar: a day off entered for a year moves the deadlines computed
 * afterwards (as every module reads it, through the shared {@link WorkingDayCalendar}), a Saturday
 * entered as worked counts, both audited; nobody else may change it.
 */
@PetitionsIntegrationTest
class CalendarAdministrationIntegrationTests {

	static final Authentication ADMIN = Officials.provincialAdministrator("Quản trị tỉnh", "06");

	@Autowired
	MockMvc mvc;

	@Autowired
	WorkingDayCalendar calendar;

	@Autowired
	PetitionFixtures fixtures;

	@Test
	void aDayOffEnteredByTheAdministratorMovesLaterDeadlines() throws Exception {
		LocalDate monday = LocalDate.of(2032, 2, 9);
		assertThat(calendar.plusWorkingDays(LocalDate.of(2032, 2, 6), 1)).isEqualTo(monday);

		mvc.perform(post("/admin/petitions/calendar/days").param("day", "09/02/2032").param("kind", "DAY_OFF")
			.param("name", "Tết Nguyên đán Nhâm Tý").with(csrf()).with(authentication(ADMIN)))
			.andExpect(status().is3xxRedirection());
		mvc.perform(post("/admin/petitions/calendar/days").param("day", "07/02/2032").param("kind", "WORKING_DAY")
			.param("name", "Làm bù").with(csrf()).with(authentication(ADMIN)))
			.andExpect(status().is3xxRedirection());

		assertThat(calendar.plusWorkingDays(LocalDate.of(2032, 2, 6), 1)).as("the Saturday worked").isEqualTo(LocalDate.of(2032, 2, 7));
		assertThat(calendar.plusWorkingDays(LocalDate.of(2032, 2, 6), 2)).as("Monday off").isEqualTo(LocalDate.of(2032, 2, 10));
		String page = mvc.perform(get("/admin/petitions/calendar").param("year", "2032").with(authentication(ADMIN)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("Tết Nguyên đán Nhâm Tý", "09/02/2032");
		assertThat(fixtures.jdbc.sql("SELECT action FROM audit_entry WHERE module = 'petitions' AND entity_type = :type"
				+ " AND entity_id = '2032-02-09'").param("type", CalendarAdministration.ENTITY).query(String.class).list())
			.containsExactly("CREATED");

		mvc.perform(post("/admin/petitions/calendar/days").param("day", "31/02/2032").param("kind", "DAY_OFF")
			.param("name", "Sai ngày").with(csrf()).with(authentication(ADMIN)))
			.andExpect(status().is3xxRedirection());
		assertThat(fixtures.jdbc.sql("SELECT count(*) FROM petitions_calendar_day WHERE name = 'Sai ngày'").query(Long.class).single())
			.isZero();
	}

	@Test
	void onlyTheAdministratorChangesTheCalendar() throws Exception {
		mvc.perform(post("/admin/petitions/calendar/days").param("day", "10/02/2032").param("kind", "DAY_OFF")
			.param("name", "Không được phép").with(csrf())
			.with(authentication(Officials.provincialOfficer("Cán bộ tỉnh", "06"))))
			.andExpect(status().isForbidden());
		mvc.perform(post("/admin/petitions/topics").param("code", "TAX").param("answerWorkingDays", "1").with(csrf())
			.with(authentication(PetitionScopeIntegrationTests.FINANCE)))
			.andExpect(status().isForbidden());
		assertThat(calendar.isWorkingDay(LocalDate.of(2032, 2, 10))).isTrue();
	}

}
