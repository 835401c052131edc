package vn.ocop.portal.ocop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.ocop.portal.audit.AuditTrail;
import vn.ocop.portal.identity.DataScope;
import vn.ocop.portal.identity.Role;
import vn.ocop.portal.shared.calendar.WorkingDayCalendar;
import vn.ocop.portal.support.Officials;

/**
 * OCOP evaluation on the real database through the service, the pages and the API: the procedure's
 * states, the commune's working-day limit, which level recognises what, and the council's blind,
 * scoped scoring with quorum, conflicts of interest and the spread flag.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@RecordApplicationEvents
class EvaluationIntegrationTests {

	private static final Authentication PROVINCE = Officials.provincialOfficer("Cán bộ tỉnh", "06");

	private static final Authentication BA_BE = Officials.localOfficer("Cán bộ Ba Bể", "061");

	private static final Authentication NGAN_SON = Officials.localOfficer("Cán bộ Ngân Sơn", "062");

	private static final AtomicInteger ROUNDS = new AtomicInteger();

	@Autowired
	MockMvc mvc;

	@Autowired
	Evaluations evaluations;

	@Autowired
	EvaluationStore store;

	@Autowired
	OcopEvaluations ocopEvaluations;

	@Autowired
	RecognitionRules rules;

	@Autowired
	WorkingDayCalendar calendar;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AuditTrail auditTrail;

	@Autowired
	Scorecards scorecards;

	/** A council of a fresh round, its members signed in as accounts with the council's scope. */
	record Setup(long round, String code, Map<String, Authentication> members) {
	}

	private static Authentication member(String username, String code) {
		Officials.Official official = new Officials.Official(username, "Thành viên " + username, Role.COUNCIL_MEMBER,
				DataScope.council(code));
		return UsernamePasswordAuthenticationToken.authenticated(official, null,
				List.of(new SimpleGrantedAuthority(Role.COUNCIL_MEMBER.authority())));
	}

	private <T> T as(Authentication user, Supplier<T> action) {
		SecurityContextHolder.getContext().setAuthentication(user);
		try {
			return action.get();
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	private void run(Authentication user, Runnable action) {
		as(user, () -> {
			action.run();
			return null;
		});
	}

	/** A 26/2026 round of province 06 with a council of a chair, {@code members} members and an advisor. */
	private Setup council(int members) {
		int n = ROUNDS.incrementAndGet();
		String code = "HD-TEST-" + n + "-" + System.nanoTime() % 100000;
		long round = as(PROVINCE, () -> evaluations.openRound(EvaluationLevel.PROVINCE, "06", 2090 + n % 9, 1 + n, "26/2026"));
		List<Council.Member> seats = new ArrayList<>();
		Map<String, Authentication> auths = new java.util.LinkedHashMap<>();
		seats.add(new Council.Member(code + "-chair", "Chủ tịch", Council.Role.CHAIR, true));
		for (int i = 1; i <= members; i++) {
			seats.add(new Council.Member(code + "-m" + i, "Thành viên " + i, Council.Role.MEMBER, true));
		}
		seats.add(new Council.Member(code + "-advisor", "Tư vấn", Council.Role.ADVISOR, true));
		for (Council.Member seat : seats) {
			auths.put(seat.username().substring(code.length() + 1), member(seat.username(), code));
		}
		run(PROVINCE, () -> evaluations.formCouncil(round, code, "Hội đồng thử", null, null, seats));
		return new Setup(round, code, auths);
	}

	/** A registered demo product of a subject in Ba Bể (061), the {@code index}-th. */
	private long product(int index) {
		return jdbc.sql("SELECT p.id FROM ocop_product p JOIN ocop_subject s ON s.id = p.subject_id WHERE p.status = 'REGISTERED'"
				+ " AND '061' = ANY (s.area_codes) AND p.product_set_code LIKE 'TP-%' ORDER BY p.id OFFSET :offset LIMIT 1")
			.param("offset", index)
			.query(Long.class)
			.single();
	}

	private long filed(long round, int productIndex) {
		return as(PROVINCE, () -> {
			long id = evaluations.createApplication(product(productIndex), round, ApplicationKind.FIRST_TIME);
			evaluations.saveForms(id, Map.of("representative", "Hoàng Văn Thắng", "address", "Ba Bể", "output", "10 tấn"),
					Map.of("production", "Tại địa phương", "quality", "Đạt", "selfScore", "70"));
			assertThat(evaluations.submit(id)).isEmpty();
			return id;
		});
	}

	private long atCouncil(long round, int productIndex) {
		long id = filed(round, productIndex);
		run(BA_BE, () -> {
			evaluations.receiveAtCommune(id);
			assertThat(evaluations.proposeToProvince(id, Map.of("localMaterials", "a", "localLabour", "b", "ideaOrigin", "c",
					"localIdentity", "d"))).isEmpty();
		});
		run(PROVINCE, () -> {
			evaluations.acceptAtProvince(id);
			evaluations.sendToCouncil(id);
		});
		return id;
	}

	private ScoreSheet sheet(long application, double level) {
		Application a = store.application(application).orElseThrow();
		return DemoSheets.at(evaluations.scorecardOf(a).definition(), level);
	}

	private static String json(ScoreSheet sheet) {
		return EvaluationStore.JSON.writeValueAsString(Map.of("choices", sheet.choices(), "cases", sheet.cases(), "gates", List.of()));
	}

	private ApplicationState state(long id) {
		return store.application(id).orElseThrow().state();
	}

	private Document page(MockHttpServletRequestBuilder request) throws Exception {
		return Jsoup.parse(mvc.perform(request.accept(MediaType.TEXT_HTML)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString());
	}

	// ------------------------------------------------------------------------------------- rules

	@Test
	void whichLevelRecognisesWhatFollowsTheInstrumentOfTheDate() {
		LocalDate now = LocalDate.of(2026, 11, 29);
		assertThat(rules.recognise("26/2026", EvaluationLevel.PROVINCE, now, new BigDecimal("75"), 4))
			.isEqualTo(new RecognitionRules.Recognition(ApplicationState.AWAITING_DECISION, EvaluationLevel.PROVINCE));
		assertThat(rules.recognise("26/2026", EvaluationLevel.PROVINCE, now, new BigDecimal("89.99"), 4).level())
			.isEqualTo(EvaluationLevel.PROVINCE);
		assertThat(rules.recognise("26/2026", EvaluationLevel.PROVINCE, now, new BigDecimal("90"), 5))
			.isEqualTo(new RecognitionRules.Recognition(ApplicationState.PROPOSED_TO_CENTRAL, EvaluationLevel.CENTRAL));
		// 90 or more but capped to 4 stars by a minimum: still proposed (the total decides); below 3 stars: nobody recognises
		assertThat(rules.recognise("26/2026", EvaluationLevel.PROVINCE, now, new BigDecimal("91"), 4).state())
			.isEqualTo(ApplicationState.PROPOSED_TO_CENTRAL);
		assertThat(rules.recognise("26/2026", EvaluationLevel.PROVINCE, now, new BigDecimal("45"), 2).state())
			.isEqualTo(ApplicationState.NOT_RECOGNISED);
		// 148 before 1489: the district recognises 3 stars and forwards 70 or more to the province
		LocalDate in2024 = LocalDate.of(2024, 5, 1);
		assertThat(rules.recognise("148/2023", EvaluationLevel.DISTRICT, in2024, new BigDecimal("60"), 3))
			.isEqualTo(new RecognitionRules.Recognition(ApplicationState.AWAITING_DECISION, EvaluationLevel.DISTRICT));
		assertThat(rules.recognise("148/2023", EvaluationLevel.DISTRICT, in2024, new BigDecimal("72"), 4).level())
			.isEqualTo(EvaluationLevel.PROVINCE);
		assertThat(rules.levelRecognising("148/2023", in2024, 4)).contains(EvaluationLevel.PROVINCE);
		// 148 after 1489 (06/07/2025): no district; the province recognises 3 and 4 stars
		assertThat(rules.levelRecognising("148/2023", LocalDate.of(2025, 7, 5), 3)).contains(EvaluationLevel.DISTRICT);
		assertThat(rules.levelRecognising("148/2023", LocalDate.of(2025, 7, 6), 3)).contains(EvaluationLevel.PROVINCE);
		// 1048: the province recognises 3 and 4 stars, the centre 5
		assertThat(rules.levelRecognising("1048/2019", LocalDate.of(2022, 6, 1), 3)).contains(EvaluationLevel.PROVINCE);
		assertThat(rules.levelRecognising("1048/2019", LocalDate.of(2022, 6, 1), 5)).contains(EvaluationLevel.CENTRAL);
		assertThat(rules.levelRecognising("1048/2019", LocalDate.of(2023, 3, 1), 3)).isEmpty();
	}

	@Test
	void roundsTakeTheirStatutoryDatesFromTheInstrumentsSchedule() {
		assertThat(rules.schedule("26/2026", EvaluationLevel.PROVINCE, 2026, 1)).contains(
				new RecognitionRules.Dates(LocalDate.of(2026, 4, 30), LocalDate.of(2026, 6, 30)));
		assertThat(rules.schedule("26/2026", EvaluationLevel.PROVINCE, 2026, 2)).contains(
				new RecognitionRules.Dates(LocalDate.of(2026, 10, 30), LocalDate.of(2026, 12, 30)));
		assertThat(rules.schedule("26/2026", EvaluationLevel.CENTRAL, 2026, 2)).contains(
				new RecognitionRules.Dates(LocalDate.of(2027, 1, 30), LocalDate.of(2027, 3, 30)));
		assertThat(rules.schedule("26/2026", EvaluationLevel.PROVINCE, 2026, 3)).isEmpty();
		long id = as(PROVINCE, () -> evaluations.openRound(EvaluationLevel.PROVINCE, "06", 2080, 1, "26/2026"));
		Round round = store.round(id).orElseThrow();
		assertThat(round.proposalsDue()).isEqualTo(LocalDate.of(2080, 4, 30));
		assertThat(round.resultsDue()).isEqualTo(LocalDate.of(2080, 6, 30));
		// a historical round under 1048 has no schedule in the data: its dates stay empty
		long old = as(PROVINCE, () -> evaluations.openRound(EvaluationLevel.PROVINCE, "06", 2022, 9, "1048/2019"));
		assertThat(store.round(old).orElseThrow().resultsDue()).isNull();
		// only provincial officers open rounds
		assertThatThrownBy(() -> run(BA_BE, () -> evaluations.openRound(EvaluationLevel.PROVINCE, "06", 2081, 1, "26/2026")))
			.isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
	}

	@Test
	void theCommuneHasFifteenWorkingDaysAcrossWeekendsAndHolidays() {
		EvaluationProperties defaults = new EvaluationProperties(15, 75, BigDecimal.TEN, 10_000_000, 20, 25);
		ZoneId zone = ZoneId.of("Asia/Ho_Chi_Minh");
		// received Thursday 21/8/2025: three weekends, and 1–2/9 (National Day) are not counted
		CommuneDeadlines received = new CommuneDeadlines(calendar, Clock.fixed(LocalDate.of(2025, 8, 21).atStartOfDay(zone).toInstant(), zone),
				defaults);
		assertThat(received.dueFor(received.today())).isEqualTo(LocalDate.of(2025, 9, 15));
		// without the holiday it would have been Thursday 11/9
		assertThat(calendar.plusWorkingDays(LocalDate.of(2025, 8, 21), 15)).isEqualTo(LocalDate.of(2025, 9, 15));
		CommuneDeadlines onTheDay = new CommuneDeadlines(calendar, Clock.fixed(LocalDate.of(2025, 9, 15).atTime(16, 0).atZone(zone).toInstant(), zone),
				defaults);
		assertThat(onTheDay.isLate(LocalDate.of(2025, 9, 15))).isFalse();
		CommuneDeadlines dayAfter = new CommuneDeadlines(calendar, Clock.fixed(LocalDate.of(2025, 9, 16).atStartOfDay(zone).toInstant(), zone),
				defaults);
		assertThat(dayAfter.isLate(LocalDate.of(2025, 9, 15))).isTrue();
		// the limit is configuration
		assertThat(new CommuneDeadlines(calendar, Clock.fixed(LocalDate.of(2025, 8, 21).atStartOfDay(zone).toInstant(), zone),
				new EvaluationProperties(5, 75, BigDecimal.TEN, 1, 1, 1)).dueFor(LocalDate.of(2025, 8, 21)))
			.isEqualTo(LocalDate.of(2025, 8, 28));
	}

	// ------------------------------------------------------------------------------- procedure

	@Test
	void stateChangesOutOfOrderAreRefusedAndNothingChanges() throws Exception {
		Setup setup = council(3);
		long id = as(PROVINCE, () -> evaluations.createApplication(product(1), setup.round(), ApplicationKind.FIRST_TIME));
		// one open application per product and round
		assertThatThrownBy(() -> run(PROVINCE, () -> evaluations.createApplication(product(1), setup.round(), ApplicationKind.FIRST_TIME)))
			.isInstanceOf(DuplicateApplication.class);
		// a draft cannot be received by the commune, nor sent to the council
		mvc.perform(post("/backoffice/ocop/applications/" + id + "/receive").with(csrf()).with(authentication(BA_BE)))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("problem", "ocop.application.problem.transition"));
		assertThat(state(id)).isEqualTo(ApplicationState.DRAFT);
		assertThatThrownBy(() -> run(PROVINCE, () -> evaluations.sendToCouncil(id))).isInstanceOf(InvalidTransition.class);
		// an incomplete Mẫu 01/02 cannot be filed
		mvc.perform(post("/backoffice/ocop/applications/" + id + "/submit").with(csrf()).with(authentication(PROVINCE)))
			.andExpect(flash().attribute("problem", "ocop.application.problem.incomplete"));
		assertThat(state(id)).isEqualTo(ApplicationState.DRAFT);
		// the commune's report needs its four local criteria
		long filed = filed(setup.round(), 2);
		run(BA_BE, () -> evaluations.receiveAtCommune(filed));
		assertThat(as(BA_BE, () -> evaluations.proposeToProvince(filed, Map.of("localMaterials", "x"))))
			.containsExactly("localLabour", "ideaOrigin", "localIdentity");
		assertThat(state(filed)).isEqualTo(ApplicationState.COMMUNE_CHECK);
		Application received = store.application(filed).orElseThrow();
		assertThat(received.communeDueOn()).isEqualTo(calendar.plusWorkingDays(received.communeReceivedOn(), 15));
		// returned, filed again
		run(BA_BE, () -> evaluations.returnToSubject(filed, "Thiếu phiếu kiểm nghiệm"));
		assertThat(state(filed)).isEqualTo(ApplicationState.RETURNED);
		assertThat(as(PROVINCE, () -> evaluations.submit(filed))).isEmpty();
		assertThat(state(filed)).isEqualTo(ApplicationState.SUBMITTED);
		// once at the council it cannot be withdrawn
		long scoring = atCouncil(setup.round(), 3);
		mvc.perform(post("/backoffice/ocop/applications/" + scoring + "/withdraw").with(csrf()).with(authentication(PROVINCE)))
			.andExpect(flash().attribute("problem", "ocop.application.problem.transition"));
		assertThat(state(scoring)).isEqualTo(ApplicationState.COUNCIL_SCORING);
		assertThat(auditTrail.forEntity("OcopApplication", Long.toString(filed), AuditTrail.firstPage())
			.getContent()).extracting(entry -> entry.action()).contains("CREATED", "UPDATED");
	}

	@Test
	void eachLevelSeesOnlyItsOwnApplications() throws Exception {
		Setup setup = council(3);
		long id = filed(setup.round(), 4);
		String path = "/backoffice/ocop/applications/" + id;
		mvc.perform(get(path).with(authentication(BA_BE))).andExpect(status().isOk());
		mvc.perform(get(path).with(authentication(NGAN_SON))).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/ocop/applications/" + id).with(authentication(NGAN_SON))).andExpect(status().isForbidden());
		mvc.perform(post(path + "/receive").with(csrf()).with(authentication(NGAN_SON))).andExpect(status().isForbidden());
		assertThat(state(id)).isEqualTo(ApplicationState.SUBMITTED);
		mvc.perform(get(path).with(authentication(Officials.organisationRepresentative("Khác", "HTX-DEMO-0999"))))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/ocop/applications").param("round", Long.toString(setup.round()))
			.with(authentication(NGAN_SON))).andExpect(jsonPath("$.totalElements").value(0));
		mvc.perform(get("/api/v1/ocop/applications").param("round", Long.toString(setup.round()))
			.with(authentication(BA_BE))).andExpect(jsonPath("$.totalElements").value(1));
		// a council member does not see it before it reaches the council
		mvc.perform(get(path).with(authentication(setup.members().get("m1")))).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/ocop/applications/" + id)).andExpect(status().isUnauthorized());
	}

	@Test
	void formsAreProducedPrefilledAndDocumentsAreCheckedByContent() throws Exception {
		Setup setup = council(3);
		long id = as(PROVINCE, () -> evaluations.createApplication(product(5), setup.round(), ApplicationKind.UPGRADE));
		String path = "/backoffice/ocop/applications/" + id;
		byte[] pdf = mvc.perform(get(path + "/mau-01.pdf").with(authentication(BA_BE))).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsByteArray();
		assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
		try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
			String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
			assertThat(text).contains("PHIẾU ĐĂNG KÝ ĐÁNH GIÁ, PHÂN HẠNG SẢN PHẨM OCOP").contains("Nâng hạng sao");
		}
		byte[] docx = mvc.perform(get(path + "/mau-02.docx").with(authentication(BA_BE))).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsByteArray();
		try (org.apache.poi.xwpf.usermodel.XWPFDocument document = new org.apache.poi.xwpf.usermodel.XWPFDocument(
				new java.io.ByteArrayInputStream(docx))) {
			assertThat(document.getParagraphs().get(1).getText()).isEqualTo("BÁO CÁO TỰ ĐÁNH GIÁ VỀ SẢN PHẨM (Mẫu số 02)");
		}
		mvc.perform(multipart(path + "/documents").file(new MockMultipartFile("file", "virus.pdf", "application/pdf",
				"MZ not a pdf".getBytes())).param("type", "TEST_REPORT").with(csrf()).with(authentication(BA_BE)))
			.andExpect(flash().attribute("problem", "ocop.document.problem.type"));
		mvc.perform(multipart(path + "/documents").file(new MockMultipartFile("file", "kiem-nghiem.pdf", "text/plain",
				"%PDF-1.4 test".getBytes())).param("type", "TEST_REPORT").with(csrf()).with(authentication(BA_BE)))
			.andExpect(flash().attribute("notice", "ocop.document.added"));
		assertThat(store.documents(id)).singleElement().satisfies(document -> {
			assertThat(document.contentType()).isEqualTo("application/pdf");
			assertThat(document.type()).isEqualTo(DocumentType.TEST_REPORT);
		});
		assertThat(page(get(path).with(authentication(BA_BE))).selectFirst(".ocop-documents li").text())
			.isEqualTo("kiem-nghiem.pdf (Phiếu kiểm nghiệm, 0 KB)");
	}

	// ---------------------------------------------------------------------------------- council

	@Test
	void scoresStayBlindUntilEveryMemberSubmittedThenTheMeanDecides(ApplicationEvents events) throws Exception {
		Setup setup = council(3);
		long id = atCouncil(setup.round(), 6);
		String api = "/api/v1/ocop/applications/" + id + "/scores";
		Authentication m1 = setup.members().get("m1");
		Authentication chair = setup.members().get("chair");
		mvc.perform(put(api + "/mine").contentType(MediaType.APPLICATION_JSON).content(json(sheet(id, 0.7))).with(csrf())
			.with(authentication(m1))).andExpect(status().isOk()).andExpect(jsonPath("$.applicationState").value("COUNCIL_SCORING"));
		mvc.perform(get(api).with(authentication(m1))).andExpect(jsonPath("$.scores", hasSize(1)))
			.andExpect(jsonPath("$.scores[0].member").value(setup.code() + "-m1")).andExpect(jsonPath("$.mean").doesNotExist());
		mvc.perform(get(api).with(authentication(chair))).andExpect(jsonPath("$.scores", hasSize(0)))
			.andExpect(jsonPath("$.submitted").value(1)).andExpect(jsonPath("$.eligible").value(4));
		mvc.perform(get(api).with(authentication(PROVINCE))).andExpect(jsonPath("$.scores", hasSize(0)));
		mvc.perform(get(api).with(authentication(BA_BE))).andExpect(jsonPath("$.scores", hasSize(0)));
		Document chairsPage = page(get("/backoffice/ocop/applications/" + id).with(authentication(chair)));
		assertThat(chairsPage.select(".ocop-council-scores table")).isEmpty();
		assertThat(chairsPage.selectFirst(".ocop-blind")).isNotNull();
		assertThat(chairsPage.selectFirst(".ocop-tally").text()).isEqualTo("1/4 thành viên đã chấm");
		// an advisor does not score
		mvc.perform(put(api + "/mine").contentType(MediaType.APPLICATION_JSON).content(json(sheet(id, 0.7))).with(csrf())
			.with(authentication(setup.members().get("advisor")))).andExpect(status().isForbidden());
		run(setup.members().get("m2"), () -> evaluations.score(id, sheet(id, 0.7)));
		run(setup.members().get("m3"), () -> evaluations.score(id, sheet(id, 0.7)));
		// the chair scores last, through the page's form
		MockHttpServletRequestBuilder form = post("/backoffice/ocop/applications/" + id + "/score").with(csrf()).with(authentication(chair));
		ScoreSheet chairs = sheet(id, 0.72);
		chairs.choices().forEach((criterion, option) -> form.param("c." + criterion, option));
		chairs.cases().forEach((section, key) -> form.param("case." + section, key));
		mvc.perform(form).andExpect(flash().attribute("notice", "ocop.council.scoreSaved"));

		List<EvaluationStore.MemberScore> scores = store.scores(id);
		assertThat(scores).hasSize(4);
		BigDecimal mean = scores.stream().map(EvaluationStore.MemberScore::total).reduce(BigDecimal.ZERO, BigDecimal::add)
			.divide(BigDecimal.valueOf(4), 2, RoundingMode.HALF_UP);
		Application concluded = store.application(id).orElseThrow();
		assertThat(concluded.score()).isEqualByComparingTo(mean);
		assertThat(concluded.spread()).as("spread of %s", scores).isLessThanOrEqualTo(BigDecimal.TEN);
		assertThat(concluded.flagged()).isFalse();
		int bandStar = scorecards.instrument("26/2026").orElseThrow().bands().bandOf(mean).orElseThrow().star();
		assertThat(concluded.star()).isNotNull().isLessThanOrEqualTo(bandStar);
		assertThat(concluded.state()).isEqualTo(ApplicationState.AWAITING_DECISION);
		mvc.perform(get(api).with(authentication(m1))).andExpect(jsonPath("$.scores", hasSize(4)))
			.andExpect(jsonPath("$.complete").value(true));
		// the commune sees the result, not the members' sheets
		mvc.perform(get(api).with(authentication(BA_BE))).andExpect(jsonPath("$.scores", hasSize(0)))
			.andExpect(jsonPath("$.complete").value(true));
		assertThat(events.stream(ApplicationConcluded.class).filter(event -> event.applicationId() == id))
			.singleElement().satisfies(event -> {
				assertThat(event.score()).isEqualByComparingTo(mean);
				assertThat(event.star()).isEqualTo(concluded.star());
			});
		assertThat(auditTrail.forEntity("OcopMemberScore", id + ":" + setup.code() + "-m1", AuditTrail.firstPage())
			.getContent()).isNotEmpty();
		{
			assertThat(concluded.recognisingLevel()).isEqualTo(EvaluationLevel.PROVINCE);
			assertThat(ocopEvaluations.awaitingDecision(setup.round(), 0, 50).getContent())
				.extracting(ConcludedApplication::applicationId).containsExactly(id);
			ocopEvaluations.markDecided(List.of(id), "1234/QĐ-UBND", LocalDate.of(2026, 12, 20));
			assertThat(state(id)).isEqualTo(ApplicationState.DECIDED);
			assertThatThrownBy(() -> ocopEvaluations.markDecided(List.of(id), "1235/QĐ-UBND", LocalDate.of(2026, 12, 21)))
				.isInstanceOf(IllegalStateException.class);
		}
	}

	@Test
	void aMemberOutsideTheCouncilCannotSeeOrScoreItThroughPagesOrApi() throws Exception {
		Setup setup = council(3);
		long id = atCouncil(setup.round(), 7);
		Setup other = council(3);
		Authentication outsider = other.members().get("m1");
		// same account name as a member, but the scope of another council; and a member of this council's code who is not listed
		Authentication impostor = member(setup.code() + "-m1", other.code());
		Authentication unlisted = member("not-a-member", setup.code());
		for (Authentication stranger : List.of(outsider, impostor, unlisted)) {
			mvc.perform(get("/backoffice/ocop/applications/" + id).with(authentication(stranger))).andExpect(status().isForbidden());
			mvc.perform(get("/backoffice/ocop/applications/" + id + "/score").with(authentication(stranger)))
				.andExpect(status().isForbidden());
			mvc.perform(get("/api/v1/ocop/applications/" + id + "/scores").with(authentication(stranger)))
				.andExpect(status().isForbidden());
			mvc.perform(put("/api/v1/ocop/applications/" + id + "/scores/mine").contentType(MediaType.APPLICATION_JSON)
				.content(json(sheet(id, 0.8))).with(csrf()).with(authentication(stranger))).andExpect(status().isForbidden());
			mvc.perform(get("/api/v1/ocop/applications").param("round", Long.toString(setup.round())).with(authentication(stranger)))
				.andExpect(jsonPath("$.totalElements").value(0));
			Document list = page(get("/backoffice/ocop/applications").with(authentication(stranger)));
			assertThat(list.select("a[href=/backoffice/ocop/applications/" + id + "]")).isEmpty();
		}
		assertThat(store.scores(id)).isEmpty();
		// the council's own member sees it in the list and on its page
		Document list = page(get("/backoffice/ocop/applications").with(authentication(setup.members().get("m1"))));
		assertThat(list.select("a[href=/backoffice/ocop/applications/" + id + "]")).hasSize(1);
		mvc.perform(get("/backoffice/ocop/applications/" + id + "/score").with(authentication(setup.members().get("m1"))))
			.andExpect(status().isOk());
	}

	@Test
	void conflictsQuorumAndSpreadDecideWhenTheCouncilMayConclude() throws Exception {
		Setup setup = council(4);
		long id = atCouncil(setup.round(), 8);
		String path = "/backoffice/ocop/applications/" + id;
		// m4 declares a conflict of interest on the page: m4 may no longer score it
		mvc.perform(post(path + "/conflict").param("reason", "Người thân là thành viên hợp tác xã").with(csrf())
			.with(authentication(setup.members().get("m4")))).andExpect(flash().attribute("notice", "ocop.council.conflictDeclared"));
		mvc.perform(put("/api/v1/ocop/applications/" + id + "/scores/mine").contentType(MediaType.APPLICATION_JSON)
			.content(json(sheet(id, 0.8))).with(csrf()).with(authentication(setup.members().get("m4"))))
			.andExpect(status().isForbidden());
		// m3 is absent: chair, m1, m2 present of 5 scoring members = 60% < 75%
		run(PROVINCE, () -> evaluations.setPresence(setup.round(), setup.code() + "-m3", false));
		run(setup.members().get("chair"), () -> evaluations.score(id, sheet(id, 0.9)));
		run(setup.members().get("m1"), () -> evaluations.score(id, sheet(id, 0.9)));
		run(setup.members().get("m2"), () -> evaluations.score(id, sheet(id, 0.85)));
		assertThat(state(id)).isEqualTo(ApplicationState.COUNCIL_SCORING);
		Document page = page(get(path).with(authentication(setup.members().get("chair"))));
		assertThat(page.selectFirst(".alert--warning").text()).contains("Chưa đủ số thành viên có mặt (75%)");
		mvc.perform(get("/api/v1/ocop/applications/" + id + "/scores").with(authentication(setup.members().get("m1"))))
			.andExpect(jsonPath("$.quorumMet").value(false)).andExpect(jsonPath("$.scores", hasSize(1)));
		// m3 arrives and scores far lower: the spread flags the product for discussion
		run(PROVINCE, () -> evaluations.setPresence(setup.round(), setup.code() + "-m3", true));
		run(setup.members().get("m3"), () -> evaluations.score(id, sheet(id, 0.3)));
		Application scored = store.application(id).orElseThrow();
		assertThat(scored.state()).isEqualTo(ApplicationState.SCORED);
		assertThat(scored.flagged()).isTrue();
		assertThat(scored.spread()).isGreaterThan(BigDecimal.TEN);
		assertThat(store.conflicts(id)).containsExactly(setup.code() + "-m4");
		// after the discussion m3 revises (audited), and the chair concludes on the page
		run(setup.members().get("m3"), () -> evaluations.score(id, sheet(id, 0.85)));
		assertThat(auditTrail.forEntity("OcopMemberScore", id + ":" + setup.code() + "-m3", AuditTrail.firstPage())
			.getContent()).extracting(entry -> entry.action()).contains("CREATED", "UPDATED");
		mvc.perform(post(path + "/conclude").with(csrf()).with(authentication(setup.members().get("m1"))))
			.andExpect(status().isForbidden());
		mvc.perform(post(path + "/conclude").with(csrf()).with(authentication(setup.members().get("chair"))))
			.andExpect(flash().attribute("notice", "ocop.council.concluded"));
		Application concluded = store.application(id).orElseThrow();
		BigDecimal mean = store.scores(id).stream().map(EvaluationStore.MemberScore::total).reduce(BigDecimal.ZERO, BigDecimal::add)
			.divide(BigDecimal.valueOf(4), 2, RoundingMode.HALF_UP);
		assertThat(concluded.score()).isEqualByComparingTo(mean);
		assertThat(concluded.state()).isIn(ApplicationState.AWAITING_DECISION, ApplicationState.PROPOSED_TO_CENTRAL,
				ApplicationState.NOT_RECOGNISED);
		assertThat(concluded.state()).isEqualTo(rules.recognise("26/2026", EvaluationLevel.PROVINCE, evaluations.today(), mean,
				concluded.star()).state());
	}

}
