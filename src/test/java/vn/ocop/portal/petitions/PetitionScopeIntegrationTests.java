package vn.ocop.portal.petitions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.Authentication;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.client.RestTestClient;

import vn.ocop.portal.identity.DataScope;
import vn.ocop.portal.identity.Role;
import vn.ocop.portal.support.Officials;
import vn.ocop.portal.support.SignedInSessions;

/**
 * Who sees which petitions, over real HTTP with real sessions: a department handler sees and acts
 * only on the petitions its department leads or co-operates on (pages, API and the list's SQL),
 * the provincial office sees all, an organisation's representative its own; the API answers 401
 * without a sign-in.
 */
@PetitionsIntegrationTest
class PetitionScopeIntegrationTests {

	static final Authentication FINANCE = Officials.signedIn("Cán bộ Sở Tài chính", Role.DEPARTMENT_HANDLER,
			DataScope.department("SO-TC"));

	static final Authentication INDUSTRY = Officials.signedIn("Cán bộ Sở Công Thương", Role.DEPARTMENT_HANDLER,
			DataScope.department("SO-CT"));

	@Autowired
	PetitionFixtures fixtures;

	@Autowired
	RestTestClient http;

	@Autowired
	MockMvc mvc;

	@Autowired
	SessionRepository<? extends Session> sessions;

	@Test
	void aDepartmentSeesOnlyThePetitionsItLeadsOrCoOperatesOn() {
		PetitionManagement management = fixtures.management(new MutableClock(LocalDate.of(2024, 6, 3)));
		Petition led = fixtures.assignedTo(management, "SO-TC", "Phạm vi: do Sở Tài chính chủ trì", null);
		Petition other = fixtures.assignedTo(management, "SO-CT", "Phạm vi: do Sở Công Thương chủ trì", null);
		Petition shared = fixtures.assignedTo(management, "SO-CT", "Phạm vi: Sở Tài chính phối hợp", null);
		fixtures.as(PetitionFixtures.OFFICE, () -> management.assign(shared.code, "SO-CT", Set.of("SO-TC")));
		String finance = session(FINANCE);

		assertThat(page(finance, "/backoffice/petitions/" + led.code)).isEqualTo(200);
		assertThat(page(finance, "/backoffice/petitions/" + shared.code)).isEqualTo(200);
		assertThat(page(finance, "/backoffice/petitions/" + other.code)).isEqualTo(403);
		String list = body(finance, "/backoffice/petitions?q=pham+vi&year=2024");
		assertThat(list).contains(led.code.value(), shared.code.value()).doesNotContain(other.code.value());

		http.get().uri("/api/v1/petitions/" + other.code).header(HttpHeaders.COOKIE, finance).exchange()
			.expectStatus().isForbidden();
		http.get().uri("/api/v1/petitions/" + led.code).header(HttpHeaders.COOKIE, finance).exchange()
			.expectStatus().isOk()
			.expectBody()
			.jsonPath("$.code").isEqualTo(led.code.value())
			.jsonPath("$.leadDepartmentCode").isEqualTo("SO-TC");
		String json = http.get().uri("/api/v1/petitions?q=pham+vi&year=2024").header(HttpHeaders.COOKIE, finance).exchange()
			.expectStatus().isOk()
			.returnResult(String.class).getResponseBody();
		assertThat(json).contains(led.code.value(), shared.code.value()).doesNotContain(other.code.value());

		String office = session(PetitionFixtures.OFFICE);
		assertThat(body(office, "/backoffice/petitions?q=pham+vi&year=2024")).contains(led.code.value(), shared.code.value(),
				other.code.value());
	}

	@Test
	void onlyTheLeadDepartmentAnswersAndOnlyTheOfficeMovesTheWorkflow() throws Exception {
		PetitionManagement management = fixtures.management(new MutableClock(LocalDate.of(2024, 6, 4)));
		Petition shared = fixtures.assignedTo(management, "SO-CT", "Phạm vi: trả lời của cơ quan chủ trì", null);
		fixtures.as(PetitionFixtures.OFFICE, () -> management.assign(shared.code, "SO-CT", Set.of("SO-TC")));

		mvc.perform(post("/backoffice/petitions/" + shared.code + "/answer").param("text", "Trả lời của cơ quan phối hợp")
			.with(csrf()).with(authentication(FINANCE))).andExpect(status().isForbidden());
		mvc.perform(post("/backoffice/petitions/" + shared.code + "/answer").param("text", "Trả lời của cơ quan chủ trì")
			.with(csrf()).with(authentication(INDUSTRY))).andExpect(status().is3xxRedirection());
		mvc.perform(post("/backoffice/petitions/" + shared.code + "/approve").with(csrf()).with(authentication(INDUSTRY)))
			.andExpect(status().isForbidden());
		assertThat(fixtures.store.find(shared.code).orElseThrow().status).isEqualTo(PetitionStatus.ANSWERED);
	}

	@Test
	void aRepresentativeSeesTheOwnOrganisationsPetitionsAndAddsInformation() throws Exception {
		Authentication dongTam = Officials.organisationRepresentative("Đại diện HTX Đồng Tâm", "HTX-DEMO-0001");
		Authentication other = Officials.organisationRepresentative("Đại diện HTX khác", "HTX-DEMO-0002");
		String demoCode = fixtures.jdbc.sql("SELECT code FROM petitions_petition WHERE organisation_id = 'HTX-DEMO-0001'"
				+ " ORDER BY id LIMIT 1").query(String.class).single();

		assertThat(page(session(dongTam), "/backoffice/petitions/" + demoCode)).isEqualTo(200);
		assertThat(page(session(other), "/backoffice/petitions/" + demoCode)).isEqualTo(403);
		assertThat(body(session(other), "/backoffice/petitions")).doesNotContain(demoCode);
		mvc.perform(post("/backoffice/petitions/" + demoCode + "/add-information").param("text", "Hợp tác xã gửi thêm phương án vay.")
			.with(csrf()).with(authentication(dongTam))).andExpect(status().is3xxRedirection());
		assertThat(body(session(dongTam), "/backoffice/petitions/" + demoCode)).contains("Hợp tác xã gửi thêm phương án vay.");
		// the representative never sees the department's contact-only view of other petitioners
		assertThat(page(session(dongTam), "/backoffice/petitions/notifications")).isEqualTo(403);
	}

	@Test
	void theApiWantsASignInAndARoleThatUsesPetitions() {
		http.get().uri("/api/v1/petitions").exchange().expectStatus().isUnauthorized();
		http.get().uri("/api/v1/petitions").header(HttpHeaders.COOKIE, session(Officials.editor("Biên tập viên"))).exchange()
			.expectStatus().isForbidden();
		http.get().uri("/api/v1/petitions/answers").exchange().expectStatus().isOk();
	}

	private int page(String cookie, String path) {
		return http.get().uri(path).header(HttpHeaders.COOKIE, cookie).header(HttpHeaders.ACCEPT, "text/html").exchange()
			.returnResult(String.class).getStatus().value();
	}

	private String body(String cookie, String path) {
		return http.get().uri(path).header(HttpHeaders.COOKIE, cookie).header(HttpHeaders.ACCEPT, "text/html").exchange()
			.expectStatus().isOk()
			.returnResult(String.class).getResponseBody();
	}

	private String session(Authentication person) {
		return "OCOPSESSION=" + SignedInSessions.store(sessions, person);
	}

}
