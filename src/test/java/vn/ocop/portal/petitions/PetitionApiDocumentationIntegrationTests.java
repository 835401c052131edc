package vn.ocop.portal.petitions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The OpenAPI document lists the petitions' endpoints with their parameters and answers; the
 * public ones (answers, figures) need no session, the others say 401/403 and stay authorised.
 */
@PetitionsIntegrationTest
class PetitionApiDocumentationIntegrationTests {

	@Autowired
	RestTestClient http;

	@Autowired
	JsonMapper json;

	@Test
	void theDocumentListsThePetitionsPathsWithTheirParametersAndAnswers() {
		byte[] body = http.get().uri("/v3/api-docs").exchange().expectStatus().isOk().expectBody().returnResult().getResponseBody();
		JsonNode document = json.readTree(body);
		JsonNode paths = document.get("paths");
		List<String> names = new ArrayList<>();
		paths.propertyNames().forEach(names::add);
		assertThat(names).contains("/api/v1/petitions", "/api/v1/petitions/{code}", "/api/v1/petitions/answers",
				"/api/v1/petitions/statistics");

		JsonNode list = paths.get("/api/v1/petitions").get("get");
		assertThat(list.get("tags").get(0).asString()).isEqualTo("petitions");
		assertThat(list.get("summary").asString()).isEqualTo("List petitions");
		assertThat(parameters(list)).containsExactly("status", "topic", "department", "q", "year", "page");
		assertThat(list.get("parameters").get(0).get("schema").toString()).contains("RECEIVED", "PUBLISHED", "CLOSED");
		assertThat(list.get("responses").has("401")).isTrue();
		assertThat(list.get("responses").has("403")).isTrue();
		assertThat(list.toString()).contains("#/components/schemas/ApiPageRow");

		JsonNode one = paths.get("/api/v1/petitions/{code}").get("get");
		assertThat(one.get("summary").asString()).isEqualTo("Read one petition");
		assertThat(one.get("parameters").get(0).get("example").asString()).isEqualTo("KN.20221227.0001");
		assertThat(one.get("responses").has("404")).isTrue();

		JsonNode answers = paths.get("/api/v1/petitions/answers").get("get");
		assertThat(parameters(answers)).containsExactly("topic", "department", "q", "page");
		assertThat(answers.get("security")).as("public answers need no session").isEmpty();
		JsonNode answer = document.get("components").get("schemas").get("PublicAnswer").get("properties");
		assertThat(answer.has("answer")).isTrue();
		assertThat(answer.has("petitionerName")).isFalse();
		assertThat(paths.get("/api/v1/petitions/statistics").get("get").get("security")).isEmpty();
		assertThat(parameters(paths.get("/api/v1/petitions/statistics").get("get"))).containsExactly("year");

		// documented, not opened: the scoped endpoints still want a session
		http.get().uri("/api/v1/petitions").exchange().expectStatus().isUnauthorized();
		http.get().uri("/api/v1/petitions/KN.20221227.0001").exchange().expectStatus().isUnauthorized();
		http.get().uri("/api/v1/petitions/answers").exchange().expectStatus().isOk();
	}

	private static List<String> parameters(JsonNode operation) {
		List<String> names = new ArrayList<>();
		operation.get("parameters").forEach(parameter -> names.add(parameter.get("name").asString()));
		return names;
	}

}
