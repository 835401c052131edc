package vn.ocop.portal.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.ocop.portal.registry.RegistryTestData.PROVINCIAL_OFFICER;
import static vn.ocop.portal.registry.RegistryTestData.as;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import vn.ocop.portal.support.Officials;

/**
 * The OpenAPI document and Swagger UI: public, listing the registry's, the imports' and the units'
 * endpoints with their parameters and problem answers, while the endpoints themselves stay
 * authorised (anonymous 401, another unit's officer 403).
 */
@RegistryIntegrationTest
class RegistryApiDocumentationIntegrationTests {

	@Autowired
	RestTestClient http;

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonMapper json;

	@Autowired
	RegistryManagement management;

	@LocalServerPort
	int port;

	@Test
	void theDocumentIsPublicAndListsTheRegistryPathsWithTheirParametersAndProblems() {
		byte[] body = http.get().uri("/v3/api-docs").exchange()
			.expectStatus().isOk()
			.expectBody().returnResult().getResponseBody();
		JsonNode document = json.readTree(body);
		JsonNode paths = document.get("paths");
		List<String> names = new ArrayList<>();
		paths.propertyNames().forEach(names::add);
		assertThat(names).contains("/api/v1/organisations", "/api/v1/organisations/{id}",
				"/api/v1/organisations/{id}/annual-updates", "/api/v1/organisations/{id}/annual-updates/{year}",
				"/api/v1/organisations/{id}/annual-updates/{year}/accept",
				"/api/v1/organisations/{id}/annual-updates/{year}/return", "/api/v1/imports", "/api/v1/imports/{id}",
				"/api/v1/imports/{id}/problems", "/api/v1/units", "/api/v1/units/{code}");
		assertThat(names).allMatch(path -> path.startsWith("/api/v1/"));

		JsonNode list = paths.get("/api/v1/organisations").get("get");
		assertThat(list.get("tags").get(0).asString()).isEqualTo("organisations");
		assertThat(list.get("summary").asString()).isEqualTo("List organisations");
		List<String> parameters = new ArrayList<>();
		list.get("parameters").forEach(parameter -> parameters.add(parameter.get("name").asString()));
		assertThat(parameters).containsExactly("kind", "status", "unit", "date", "sector", "year", "update", "q", "sort",
				"page", "size");
		JsonNode kind = list.get("parameters").get(0);
		assertThat(kind.get("description").asString()).isEqualTo("Kind of organisation.");
		assertThat(kind.get("schema").toString()).contains("THT", "HTX", "LHHTX");
		assertThat(list.get("responses").get("400").get("content").has("application/problem+json")).isTrue();
		assertThat(list.get("responses").has("401")).isTrue();
		assertThat(list.get("responses").has("403")).isTrue();

		JsonNode put = paths.get("/api/v1/organisations/{id}/annual-updates/{year}").get("put");
		assertThat(put.get("tags").get(0).asString()).isEqualTo("annual-updates");
		assertThat(put.get("requestBody").toString()).contains("#/components/schemas/Figures");
		assertThat(document.get("components").get("schemas").get("Figures").get("properties").has("officialMembers")).isTrue();
		assertThat(document.get("components").get("securitySchemes").get("session").get("name").asString())
			.isEqualTo("OCOPSESSION");
		assertThat(paths.get("/api/v1/units").get("get").has("security")).as("units need no session").isTrue();

		http.get().uri("/swagger-ui/index.html").exchange()
			.expectStatus().isOk()
			.expectHeader().valueMatches("Content-Security-Policy", ".*script-src 'self'.*");
		http.get().uri("/v3/api-docs/swagger-config").exchange().expectStatus().isOk();
	}

	@Test
	void documentedEndpointsStayAuthorised() {
		OrganisationId nganSon = register("Hợp tác xã Thượng Quan", "01939");
		OrganisationId baBe = register("Hợp tác xã Nam Mẫu", "01897");

		http.get().uri("/api/v1/organisations").exchange().expectStatus().isUnauthorized();
		http.get().uri("/api/v1/organisations/" + nganSon.value() + "/annual-updates").exchange().expectStatus().isUnauthorized();

		DemoAccountSession babe = DemoAccountSession.signIn(port, "canbo.babe");
		assertThat(babe.json("/api/v1/organisations/" + nganSon.value()).statusCode()).isEqualTo(403);
		assertThat(babe.json("/api/v1/organisations/" + nganSon.value() + "/annual-updates").statusCode()).isEqualTo(403);
		HttpResponse<String> own = babe.json("/api/v1/organisations/" + baBe.value());
		assertThat(own.statusCode()).isEqualTo(200);
		assertThat(own.body()).contains("\"id\":\"" + baBe.value() + "\"");
		assertThat(babe.json("/api/v1/organisations?q=" + nganSon.value()).body()).contains("\"totalElements\":0");
	}

	@Test
	void officersListAcceptAndReturnAnnualUpdatesThroughTheApi() throws Exception {
		OrganisationId id = register("Hợp tác xã Khang Ninh", "01897");
		Authentication representative = Officials.organisationRepresentative("Đại diện Khang Ninh", id.value());
		Authentication baBe = Officials.localOfficer("Cán bộ Ba Bể", "061");
		Authentication nganSon = Officials.localOfficer("Cán bộ Ngân Sơn", "062");
		String updates = "/api/v1/organisations/" + id.value() + "/annual-updates";

		mvc.perform(put(updates + "/2024").with(csrf()).with(authentication(baBe)).contentType(MediaType.APPLICATION_JSON)
				.content(figures(8)))
			.andExpect(status().isOk());
		mvc.perform(put(updates + "/2025").with(csrf()).with(authentication(representative)).contentType(MediaType.APPLICATION_JSON)
				.content(figures(9)))
			.andExpect(jsonPath("$.status").value("SUBMITTED"));
		mvc.perform(get(updates).with(authentication(representative)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].year").value(2025))
			.andExpect(jsonPath("$[0].status").value("SUBMITTED"))
			.andExpect(jsonPath("$[1].year").value(2024))
			.andExpect(jsonPath("$[1].status").value("ACCEPTED"));

		mvc.perform(post(updates + "/2025/return").with(csrf()).with(authentication(baBe)).contentType(MediaType.APPLICATION_JSON)
				.header(HttpHeaders.ACCEPT_LANGUAGE, "en").content("{}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("reason"));
		mvc.perform(post(updates + "/2025/return").with(csrf()).with(authentication(nganSon)).contentType(MediaType.APPLICATION_JSON)
				.content("{\"reason\": \"Thiếu số lao động\"}"))
			.andExpect(status().isForbidden());
		mvc.perform(post(updates + "/2025/accept").with(csrf()).with(authentication(representative)))
			.andExpect(status().isForbidden());
		mvc.perform(post(updates + "/2025/return").with(csrf()).with(authentication(baBe)).contentType(MediaType.APPLICATION_JSON)
				.content("{\"reason\": \"Số lao động chưa khớp\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("RETURNED"))
			.andExpect(jsonPath("$.returnReason").value("Số lao động chưa khớp"));
		mvc.perform(put(updates + "/2025").with(csrf()).with(authentication(representative)).contentType(MediaType.APPLICATION_JSON)
				.content(figures(10)))
			.andExpect(jsonPath("$.status").value("SUBMITTED"));
		mvc.perform(post(updates + "/2025/accept").with(csrf()).with(authentication(baBe)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("ACCEPTED"))
			.andExpect(jsonPath("$.figures.officialMembers").value(10));
		mvc.perform(post(updates + "/2023/accept").with(csrf()).with(authentication(baBe)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("year"));
	}

	private OrganisationId register(String name, String commune) {
		return as(PROVINCIAL_OFFICER, () -> management.register(OrganisationKind.HTX,
				RegistryTestData.cooperative(name + " " + RegistryTestData.unique(), commune, LocalDate.of(2024, 1, 1))));
	}

	private static String figures(int officialMembers) {
		return """
				{"officialMembers": %d, "capitalAssociates": 1, "nonCapitalAssociates": 0, "workers": 12,
				 "charterCapital": 700000000, "totalAssets": 1200000000, "revenue": 1900000000, "profit": 90000000,
				 "averageIncome": 56000000}""".formatted(officialMembers);
	}

}
