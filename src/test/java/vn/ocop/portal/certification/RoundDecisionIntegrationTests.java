package vn.ocop.portal.certification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.hamcrest.Matchers;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.ocop.portal.audit.AuditTrail;
import vn.ocop.portal.identity.DataScope;
import vn.ocop.portal.identity.Role;
import vn.ocop.portal.ocop.ApplicationKind;
import vn.ocop.portal.ocop.ApplicationState;
import vn.ocop.portal.ocop.OcopEvaluationFixtures;
import vn.ocop.portal.support.MovableClock;
import vn.ocop.portal.support.OcopCertificateFixtures;
import vn.ocop.portal.support.Officials;

/**
 * How evaluation and certification connect, on a real database over MockMvc: a round's results
 * become a decision (certificates issued and applications decided together, the failed ones closed,
 * the central level's 5★), refused as a whole with reasons in Vietnamese and English, within the
 * officer's scope; and a re-rating filed in the evaluation module keeps the certificate valid.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@Import(MovableClock.Configuration.class)
class RoundDecisionIntegrationTests {

	private static final Authentication PROVINCE = OcopEvaluationFixtures.PROVINCE;

	private static final Authentication OTHER_PROVINCE = Officials.provincialOfficer("Cán bộ Thái Nguyên", "19");

	private static final Authentication BA_BE = OcopEvaluationFixtures.BA_BE;

	private static final Authentication MINISTRY = Officials.signedIn("Văn phòng Điều phối OCOP Trung ương", Role.ADMIN,
			DataScope.nation());

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	CertificationManagement management;

	@Autowired
	AuditTrail auditTrail;

	@Autowired
	ApplicationContext context;

	@Autowired
	MovableClock clock;

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void aRoundsResultsBecomeOneDecisionThatIssuesCertificatesAndClosesTheApplications() throws Exception {
		OcopCertificateFixtures fixtures = new OcopCertificateFixtures(jdbc, management);
		OcopEvaluationFixtures evaluation = new OcopEvaluationFixtures(context);
		OcopEvaluationFixtures.TestRound round = evaluation.round();
		long good = fixtures.registerProduct("Miến dong Bản Vàng", "061", null, "TP-01");
		long weak = fixtures.registerProduct("Măng khô Nam Mẫu", "061", null, "TP-01");
		long best = fixtures.registerProduct("Trà hoa vàng Ba Bể", "061", null, "TP-01");
		long goodApplication = evaluation.concluded(round, good, ApplicationKind.FIRST_TIME, 0.7);
		long weakApplication = evaluation.concluded(round, weak, ApplicationKind.FIRST_TIME, 0.1);
		long bestApplication = evaluation.concluded(round, best, ApplicationKind.FIRST_TIME, 1.0);
		assertThat(evaluation.state(goodApplication)).isEqualTo(ApplicationState.AWAITING_DECISION);
		assertThat(evaluation.state(weakApplication)).isEqualTo(ApplicationState.NOT_RECOGNISED);
		assertThat(evaluation.state(bestApplication)).isEqualTo(ApplicationState.PROPOSED_TO_CENTRAL);
		int star = evaluation.star(goodApplication);

		Document rounds = page(get("/backoffice/certification/rounds").with(authentication(PROVINCE)));
		assertThat(rounds.select("a.round-link").eachAttr("href")).contains("/backoffice/certification/rounds/" + round.id());
		Document roundPage = page(get("/backoffice/certification/rounds/" + round.id()).with(authentication(PROVINCE)));
		assertThat(roundPage.select("table.round-awaiting input[name=recognised]").eachAttr("value"))
			.containsExactlyInAnyOrder(Long.toString(goodApplication), Long.toString(bestApplication));
		assertThat(roundPage.select("table.round-not-recognised input[name=closed]").eachAttr("value"))
			.containsExactly(Long.toString(weakApplication));
		assertThat(roundPage.select("table.round-awaiting tr:has(input[value=" + bestApplication + "]) td").eachText())
			.contains("5★", "Cấp trung ương");

		// the province may not recognise what was proposed to the central level: nothing is stored
		String number = "QĐ-" + fixtures.token + "/QĐ-UBND";
		String today = DATE.format(clock.today());
		Document refused = page(decision(round.id(), number, today, "PROVINCE", List.of(goodApplication, bestApplication),
				List.of(weakApplication)).with(authentication(PROVINCE)));
		assertThat(refused.select(".round-problem").eachText()).anySatisfy(text -> assertThat(text)
			.isEqualTo("Dòng 2, Cấp công nhận: hồ sơ " + bestApplication
					+ " do cấp khác quyết định (5 sao: cấp trung ương; 3 và 4 sao: cấp tỉnh)."));
		assertThat(management.currentCertificateOf(good)).isEmpty();
		assertThat(evaluation.state(goodApplication)).isEqualTo(ApplicationState.AWAITING_DECISION);
		assertThat(evaluation.state(weakApplication)).isEqualTo(ApplicationState.NOT_RECOGNISED);

		mvc.perform(decision(round.id(), number, today, "PROVINCE", List.of(goodApplication), List.of(weakApplication))
			.with(authentication(PROVINCE)))
			.andExpect(redirectedUrlPattern("/backoffice/certification/decisions/*"));
		Certificate certificate = management.currentCertificateOf(good).orElseThrow();
		assertThat(certificate.star()).isEqualTo(star);
		assertThat(certificate.decisionNumber()).isEqualTo(number);
		assertThat(certificate.issuedOn()).isEqualTo(clock.today());
		assertThat(evaluation.state(goodApplication)).isEqualTo(ApplicationState.DECIDED);
		assertThat(evaluation.decisionNumber(goodApplication)).isEqualTo(number);
		// the failed application is closed by the decision and stays not recognised (statistics count DECIDED as recognised)
		assertThat(evaluation.state(weakApplication)).isEqualTo(ApplicationState.NOT_RECOGNISED);
		assertThat(evaluation.decisionNumber(weakApplication)).isEqualTo(number);
		assertThat(management.currentCertificateOf(weak)).isEmpty();
		assertThat(evaluation.state(bestApplication)).isEqualTo(ApplicationState.PROPOSED_TO_CENTRAL);
		assertThat(auditTrail.forEntity("OcopRoundDecision", round.id() + ":" + number, AuditTrail.firstPage()).getContent())
			.hasSize(1);
		assertThat(auditTrail.forEntity("OcopApplicationDecision", Long.toString(weakApplication), AuditTrail.firstPage())
			.getContent()).isNotEmpty();

		// the central level decides on the 5★ proposal through the API; refusals in the request's language
		String central = "QĐ-" + fixtures.token + "/QĐ-BNN";
		mvc.perform(post("/api/v1/certification/rounds/" + round.id() + "/decision?lang=en").with(csrf()).with(authentication(MINISTRY))
			.contentType(MediaType.APPLICATION_JSON)
			.content(json(central, "PROVINCE", bestApplication)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.problems[0]").value(Matchers.containsString("is decided by another level")));
		mvc.perform(post("/api/v1/certification/rounds/" + round.id() + "/decision").with(csrf()).with(authentication(MINISTRY))
			.contentType(MediaType.APPLICATION_JSON)
			.content(json(central, "CENTRAL", bestApplication)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.certificates", Matchers.hasSize(1)));
		assertThat(management.currentCertificateOf(best).orElseThrow().star()).isEqualTo(5);
		assertThat(evaluation.state(bestApplication)).isEqualTo(ApplicationState.DECIDED);
		mvc.perform(get("/api/v1/certification/rounds/" + round.id() + "/applications").with(authentication(MINISTRY)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.awaitingDecision", Matchers.hasSize(0)))
			.andExpect(jsonPath("$.notRecognised", Matchers.hasSize(0)));
	}

	@Test
	void onlyManagersOfTheRoundsUnitDecide() throws Exception {
		OcopCertificateFixtures fixtures = new OcopCertificateFixtures(jdbc, management);
		OcopEvaluationFixtures evaluation = new OcopEvaluationFixtures(context);
		OcopEvaluationFixtures.TestRound round = evaluation.round();
		long product = fixtures.registerProduct("Bánh gai Chợ Rã", "061", null, "TP-01");
		long application = evaluation.concluded(round, product, ApplicationKind.FIRST_TIME, 0.7);
		String today = DATE.format(clock.today());

		mvc.perform(get("/backoffice/certification/rounds").with(authentication(BA_BE))).andExpect(status().isForbidden());
		mvc.perform(get("/backoffice/certification/rounds/" + round.id()).with(authentication(OTHER_PROVINCE)))
			.andExpect(status().isForbidden());
		assertThat(page(get("/backoffice/certification/rounds").with(authentication(OTHER_PROVINCE))).select("a.round-link")
			.eachAttr("href")).doesNotContain("/backoffice/certification/rounds/" + round.id());
		mvc.perform(decision(round.id(), "QĐ-" + fixtures.token, today, "PROVINCE", List.of(application), List.of())
			.with(authentication(OTHER_PROVINCE))).andExpect(status().isForbidden());
		mvc.perform(decision(round.id(), "QĐ-" + fixtures.token, today, "PROVINCE", List.of(application), List.of())
			.with(authentication(BA_BE))).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/certification/rounds/" + round.id() + "/applications").with(authentication(OTHER_PROVINCE)))
			.andExpect(status().isForbidden());
		mvc.perform(get("/backoffice/certification/rounds/999999999").with(authentication(PROVINCE)))
			.andExpect(status().isNotFound());
		assertThat(evaluation.state(application)).isEqualTo(ApplicationState.AWAITING_DECISION);
		assertThat(management.currentCertificateOf(product)).isEmpty();
	}

	@Test
	void aReratingFiledInTheEvaluationModuleKeepsTheCertificateValidPastItsExpiry() {
		OcopCertificateFixtures fixtures = new OcopCertificateFixtures(jdbc, management);
		OcopEvaluationFixtures evaluation = new OcopEvaluationFixtures(context);
		LocalDate today = clock.today();
		long product = fixtures.registerProduct("Mật ong bạc hà Pác Nặm", "061", null, "TP-01");
		// issued so that today lies in the re-rating window (it opens 180 days before expiry)
		Certificate certificate = fixtures.recognise(product, 3, RecognitionKind.FIRST_TIME, today.minusMonths(36).plusDays(150));
		CertificateTerms terms = management.terms();
		assertThat(certificate.statusOn(today, terms)).isEqualTo(CertificateStatus.RERATING_WINDOW);
		assertThat(certificate.statusOn(certificate.expiresOn().plusDays(30), terms)).isEqualTo(CertificateStatus.EXPIRED);

		OcopEvaluationFixtures.TestRound round = evaluation.round();
		evaluation.filed(round.id(), product, ApplicationKind.RE_RATING);

		await().atMost(Duration.ofSeconds(20))
			.until(() -> management.certificate(certificate.number()).orElseThrow().reratingFiledOn() != null);
		Certificate filed = management.certificate(certificate.number()).orElseThrow();
		assertThat(filed.reratingFiledOn()).isEqualTo(today);
		assertThat(filed.statusOn(today, terms)).isEqualTo(CertificateStatus.EXPIRING);
		assertThat(filed.statusOn(certificate.expiresOn().plusDays(30), terms)).isEqualTo(CertificateStatus.EXTENDED);
		assertThat(auditTrail.forEntity("OcopCertificate", certificate.number(), AuditTrail.firstPage()).getContent())
			.anySatisfy(entry -> assertThat(entry.toString()).contains("reratingFiledOn"));
	}

	private static MockHttpServletRequestBuilder decision(long round, String number, String signedOn, String level,
			List<Long> recognised, List<Long> closed) {
		MockHttpServletRequestBuilder request = post("/backoffice/certification/rounds/" + round + "/decision").with(csrf())
			.param("number", number)
			.param("signedOn", signedOn)
			.param("level", level)
			.param("issuer", "Chủ tịch UBND tỉnh Bắc Kạn");
		recognised.forEach(id -> request.param("recognised", Long.toString(id)));
		closed.forEach(id -> request.param("closed", Long.toString(id)));
		return request;
	}

	private String json(String number, String level, long application) {
		return """
				{"number": "%s", "signedOn": "%s", "level": "%s", "issuer": "Bộ trưởng Bộ Nông nghiệp và Môi trường",
				 "recognised": [%d], "notRecognised": []}""".formatted(number, clock.today(), level, application);
	}

	private Document page(MockHttpServletRequestBuilder request) throws Exception {
		return Jsoup.parse(mvc.perform(request.accept(MediaType.TEXT_HTML)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString());
	}

}
