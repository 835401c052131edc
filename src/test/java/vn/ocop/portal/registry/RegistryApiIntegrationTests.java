package vn.ocop.portal.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.ocop.portal.registry.RegistryTestData.PROVINCIAL_OFFICER;
import static vn.ocop.portal.registry.RegistryTestData.as;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.client.RestTestClient;

import vn.ocop.portal.support.Officials;
import vn.ocop.portal.support.SignedInSessions;

/**
 * The registry's JSON API: reads over real HTTP with real sessions, writes through MockMvc (CSRF),
 * authorised exactly like the pages.
 */
@RegistryIntegrationTest
class RegistryApiIntegrationTests {

	private static final Authentication BA_BE = Officials.localOfficer("Cán bộ Ba Bể", "061");

	private static final Authentication NGAN_SON = Officials.localOfficer("Cán bộ Ngân Sơn", "062");

	@Autowired
	RestTestClient http;

	@Autowired
	MockMvc mvc;

	@Autowired
	SessionRepository<? extends Session> sessions;

	@Autowired
	RegistryManagement management;

	@Test
	void readsAreAuthorisedLikeThePagesOverRealHttp() {
		OrganisationId baBe = register("Hợp tác xã Hà Hiệu", "01897");

		http.get().uri("/api/v1/organisations/" + baBe.value()).exchange().expectStatus().isUnauthorized();
		http.get().uri("/api/v1/organisations").exchange().expectStatus().isUnauthorized();
		http.get().uri("/api/v1/organisations/" + baBe.value()).header(HttpHeaders.COOKIE, session(BA_BE)).exchange()
			.expectStatus().isOk()
			.expectBody()
			.jsonPath("$.id").isEqualTo(baBe.value())
			.jsonPath("$.registrationUnit.name").isEqualTo("Xã Hà Hiệu")
			.jsonPath("$.currentUnit.province").isEqualTo("Tỉnh Thái Nguyên")
			.jsonPath("$.history[0].transition").isEqualTo("REGISTERED");
		http.get().uri("/api/v1/organisations/" + baBe.value()).header(HttpHeaders.COOKIE, session(NGAN_SON)).exchange()
			.expectStatus().isForbidden();
		http.get().uri("/api/v1/organisations").header(HttpHeaders.COOKIE, session(Officials.editor("Biên tập viên"))).exchange()
			.expectStatus().isForbidden();
		http.get().uri("/api/v1/organisations?q=" + "ha hieu " + baBe.value().toLowerCase() + "&size=5")
			.header(HttpHeaders.COOKIE, session(NGAN_SON)).exchange()
			.expectStatus().isOk()
			.expectBody()
			.jsonPath("$.totalElements").isEqualTo(0);
		http.get().uri("/api/v1/organisations?q=" + baBe.value() + "&unit=061&date=2024-12-31&kind=HTX")
			.header(HttpHeaders.COOKIE, session(BA_BE)).exchange()
			.expectStatus().isOk()
			.expectBody()
			.jsonPath("$.totalElements").isEqualTo(1)
			.jsonPath("$.content[0].unit.name").isEqualTo("Xã Hà Hiệu")
			.jsonPath("$.content[0].status").isEqualTo("OPERATING")
			.jsonPath("$.date").isEqualTo("2024-12-31");
	}

	@Test
	void badParametersAreProblemsNamingTheParameter() {
		http.get().uri("/api/v1/organisations?date=31/12/2024").header(HttpHeaders.COOKIE, session(BA_BE)).exchange()
			.expectStatus().isBadRequest()
			.expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.parameter").isEqualTo("date")
			.jsonPath("$.title").isEqualTo("Yêu cầu không hợp lệ");
		http.get().uri("/api/v1/organisations?kind=COOP&size=5").header(HttpHeaders.COOKIE, session(BA_BE))
			.header(HttpHeaders.ACCEPT_LANGUAGE, "en").exchange()
			.expectStatus().isBadRequest()
			.expectBody()
			.jsonPath("$.parameter").isEqualTo("kind")
			.jsonPath("$.detail").isEqualTo("Parameter kind = \"COOP\" is not valid: not one of the allowed values.");
		http.get().uri("/api/v1/organisations/HTX-NOPE-0000").header(HttpHeaders.COOKIE, session(PROVINCIAL_OFFICER)).exchange()
			.expectStatus().isNotFound()
			.expectBody()
			.jsonPath("$.id").isEqualTo("HTX-NOPE-0000");
	}

	@Test
	void anOfficerRegistersThroughTheApiAndInvalidDataNamesEachField() throws Exception {
		mvc.perform(post("/api/v1/organisations").with(csrf()).with(authentication(BA_BE)).contentType(MediaType.APPLICATION_JSON)
				.header(HttpHeaders.ACCEPT_LANGUAGE, "en")
				.content("""
						{"kind": "HTX", "name": "", "taxCode": "12", "registrationDate": "2024-02-30",
						 "registrationAuthority": "UBND", "unitCode": "01939", "sector": "AGRICULTURE"}"""))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[*].field", hasItem("registrationDate")))
			.andExpect(jsonPath("$.errors[?(@.field == 'name')].message", hasItem("please fill in this field.")))
			.andExpect(jsonPath("$.errors[?(@.field == 'registrationDate')].message", hasItem("a date as yyyy-MM-dd is needed.")));

		mvc.perform(post("/api/v1/organisations").with(csrf()).with(authentication(BA_BE)).contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"kind": "THT", "name": "Tổ hợp tác Ngân Sơn", "registrationDate": "2024-02-01",
						 "registrationAuthority": "UBND", "unitCode": "01939", "sector": "AGRICULTURE"}"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("unitCode"))
			.andExpect(jsonPath("$.errors[0].message").value("đơn vị hành chính 01939 nằm ngoài phạm vi dữ liệu của bạn."));

		String name = "Tổ hợp tác Bành Trạch " + RegistryTestData.unique();
		String location = mvc.perform(post("/api/v1/organisations").with(csrf()).with(authentication(BA_BE))
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"kind": "THT", "name": "%s", "registrationDate": "2024-02-01",
						 "registrationAuthority": "UBND xã Bành Trạch", "unitCode": "01891", "sector": "TRADE_SERVICES_OTHER"}"""
					.formatted(name)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.name").value(name))
			.andExpect(jsonPath("$.status").value("OPERATING"))
			.andReturn().getResponse().getHeader(HttpHeaders.LOCATION);
		assertThat(location).startsWith("/api/v1/organisations/THT-");

		mvc.perform(post("/api/v1/organisations").with(csrf()).with(authentication(Officials.organisationRepresentative("Đại diện", "HTX-DEMO-0001")))
				.contentType(MediaType.APPLICATION_JSON).content("{}"))
			.andExpect(status().isForbidden());
	}

	@Test
	void annualUpdatesAreReadAndWrittenByYear() throws Exception {
		OrganisationId id = register("Hợp tác xã Bằng Vân", "01942");
		Authentication representative = Officials.organisationRepresentative("Đại diện Bằng Vân", id.value());
		String path = "/api/v1/organisations/" + id.value() + "/annual-updates/2025";

		mvc.perform(get(path).with(authentication(representative))).andExpect(status().isNotFound());
		mvc.perform(put(path).with(csrf()).with(authentication(representative)).contentType(MediaType.APPLICATION_JSON)
				.content(figures(4)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("officialMembers"))
			.andExpect(jsonPath("$.errors[0].message").value(
					"hợp tác xã phải có ít nhất 5 thành viên chính thức (Luật Hợp tác xã 17/2023/QH15); báo cáo ghi 4."));
		mvc.perform(put(path).with(csrf()).with(authentication(representative)).contentType(MediaType.APPLICATION_JSON)
				.content(figures(6)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("SUBMITTED"))
			.andExpect(jsonPath("$.figures.charterCapital").value(900000000))
			.andExpect(jsonPath("$.totalMembers").value(8));
		mvc.perform(put(path).with(csrf()).with(authentication(Officials.organisationRepresentative("Người khác", "HTX-DEMO-0001")))
				.contentType(MediaType.APPLICATION_JSON).content(figures(6)))
			.andExpect(status().isForbidden());
		mvc.perform(put(path).with(csrf()).with(authentication(NGAN_SON)).contentType(MediaType.APPLICATION_JSON).content(figures(7)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("ACCEPTED"))
			.andExpect(jsonPath("$.figures.officialMembers").value(7));
		mvc.perform(get(path).with(authentication(representative)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.reviewedBy").isNotEmpty())
			.andExpect(jsonPath("$.dueDate").value("2025-12-15"));
		mvc.perform(get(path).with(authentication(BA_BE))).andExpect(status().isForbidden());
		mvc.perform(put(path).with(csrf()).with(authentication(NGAN_SON)).contentType(MediaType.APPLICATION_JSON).content("{\"workers\": "))
			.andExpect(status().isBadRequest())
			.andExpect(header().string(HttpHeaders.CONTENT_LANGUAGE, "vi-VN"));
	}

	private String session(Authentication person) {
		return "OCOPSESSION=" + SignedInSessions.store(sessions, person);
	}

	private OrganisationId register(String name, String commune) {
		return as(PROVINCIAL_OFFICER, () -> management.register(OrganisationKind.HTX,
				RegistryTestData.cooperative(name + " " + RegistryTestData.unique(), commune, LocalDate.of(2024, 1, 1))));
	}

	private static String figures(int officialMembers) {
		return """
				{"officialMembers": %d, "capitalAssociates": 2, "nonCapitalAssociates": 0, "workers": 11,
				 "charterCapital": 900000000, "totalAssets": 1500000000, "revenue": 2000000000, "profit": 150000000,
				 "averageIncome": 60000000}""".formatted(officialMembers);
	}

}
