package vn.ocop.portal.ocop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.ocop.portal.support.MovableClock;
import vn.ocop.portal.support.Officials;

/**
 * The clocks of evaluation with an injected clock, on the real database and pages: which rules an
 * application is evaluated under by its filing date and the transition of 26/2026 Art. 12 (filed
 * on 21/05/2026: 148/2023, finished within 60 or 30 days; on 22/05/2026: 26/2026), applied to the
 * scorecard and the recognition; the 45 days of a re-rating from the complete dossier (Art. 7.6.g),
 * running and overdue on the officers' list and page, counted, in the officer's scope only.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@Import(MovableClock.Configuration.class)
class DecisionLimitsIntegrationTests {

	private static final Authentication PROVINCE = OcopEvaluationFixtures.PROVINCE;

	private static final Authentication BA_BE = OcopEvaluationFixtures.BA_BE;

	private static final Authentication NGAN_SON = Officials.localOfficer("Cán bộ Ngân Sơn", "062");

	private static final LocalDate IN_FORCE = LocalDate.of(2026, 5, 22);

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	Evaluations evaluations;

	@Autowired
	EvaluationStore store;

	@Autowired
	OcopEvaluations ocopEvaluations;

	@Autowired
	RecognitionRules rules;

	@Autowired
	DecisionLimits limits;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MovableClock clock;

	OcopEvaluationFixtures fixtures;

	int products;

	@BeforeEach
	void fixtures() {
		fixtures = new OcopEvaluationFixtures(context);
	}

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void theRegimeIsAFunctionOfTheFilingDateAndTheTransitionsData() {
		// the day before 26/2026 took effect: the rules of 148/2023, finished within 60 (first time, upgrade) or 30 days
		DecisionLimits.Regime first = limits.regime(IN_FORCE.minusDays(1), null, ApplicationKind.FIRST_TIME, "26/2026");
		assertThat(first.instrumentCode()).isEqualTo("148/2023");
		assertThat(first.basis()).isEqualTo(DecisionLimits.Basis.TRANSITION);
		assertThat(first.dueOn(null)).isEqualTo(LocalDate.of(2026, 7, 21));
		assertThat(limits.regime(IN_FORCE.minusDays(1), null, ApplicationKind.UPGRADE, "26/2026").dueOn(null))
			.isEqualTo(LocalDate.of(2026, 7, 21));
		DecisionLimits.Regime rerating = limits.regime(IN_FORCE.minusDays(1), null, ApplicationKind.RE_RATING, "26/2026");
		assertThat(rerating.instrumentCode()).isEqualTo("148/2023");
		assertThat(rerating.dueOn(LocalDate.of(2026, 6, 1))).isEqualTo(LocalDate.of(2026, 6, 21));
		// from the day it took effect: 26/2026, no overall limit for a first time, 45 days from the complete dossier for a re-rating
		DecisionLimits.Regime fresh = limits.regime(IN_FORCE, null, ApplicationKind.FIRST_TIME, "148/2023");
		assertThat(fresh.instrumentCode()).isEqualTo("26/2026");
		assertThat(fresh.basis()).isEqualTo(DecisionLimits.Basis.FILING_DATE);
		assertThat(fresh.dueOn(IN_FORCE)).isNull();
		DecisionLimits.Regime rerated = limits.regime(IN_FORCE, null, ApplicationKind.RE_RATING, "148/2023");
		assertThat(rerated.limit().days()).isEqualTo(45);
		assertThat(rerated.dueOn(null)).isNull();
		assertThat(rerated.dueOn(LocalDate.of(2026, 11, 5))).isEqualTo(LocalDate.of(2026, 12, 20));
		// filed long before: the instrument of that day; still pending on 22/05/2026, the transition's 30 days;
		// decided before, no transition
		assertThat(limits.regime(LocalDate.of(2024, 3, 1), null, ApplicationKind.RE_RATING, "26/2026").dueOn(null))
			.isEqualTo(LocalDate.of(2026, 6, 21));
		DecisionLimits.Regime decided = limits.regime(LocalDate.of(2024, 3, 1), LocalDate.of(2024, 6, 1), ApplicationKind.RE_RATING,
				"26/2026");
		assertThat(decided.instrumentCode()).isEqualTo("148/2023");
		assertThat(decided.transitional()).isFalse();
		assertThat(decided.dueOn(LocalDate.of(2024, 4, 1))).isNull();
		assertThat(limits.regime(LocalDate.of(2026, 5, 1), IN_FORCE, ApplicationKind.FIRST_TIME, "26/2026").transitional()).isTrue();
		assertThat(limits.regime(LocalDate.of(2022, 6, 1), null, ApplicationKind.FIRST_TIME, "26/2026").instrumentCode())
			.isEqualTo("1048/2019");
		// after 148 lapsed (21/07/2026) its recognition rules still decide the transitional dossiers: the province 3★–4★
		assertThat(rules.recognise("148/2023", EvaluationLevel.PROVINCE, LocalDate.of(2026, 7, 25), new BigDecimal("75"), 4))
			.isEqualTo(new RecognitionRules.Recognition(ApplicationState.AWAITING_DECISION, EvaluationLevel.PROVINCE));
	}

	@Test
	void aDossierFiledTheDayBeforeTheNewDecisionIsScoredOnTheOldScorecardAndMustBeFinishedWithinSixtyDays() throws Exception {
		OcopEvaluationFixtures.TestRound round = fixtures.round();
		clock.set(IN_FORCE.minusDays(1));
		long before = fixtures.filed(round.id(), product(), ApplicationKind.FIRST_TIME);
		long reratingBefore = fixtures.filed(round.id(), product(), ApplicationKind.RE_RATING);
		clock.set(IN_FORCE);
		long onTheDay = fixtures.filed(round.id(), product(), ApplicationKind.FIRST_TIME);

		assertThat(application(before).filedOn()).isEqualTo(LocalDate.of(2026, 5, 21));
		assertThat(application(before).decisionDueOn()).isEqualTo(LocalDate.of(2026, 7, 21));
		assertThat(application(reratingBefore).decisionDueOn()).isEqualTo(LocalDate.of(2026, 6, 21));
		assertThat(application(onTheDay).decisionDueOn()).isNull();

		// returned by the commune and filed again after 22/05: still the first filing's rules
		clock.set(LocalDate.of(2026, 5, 25));
		run(BA_BE, () -> evaluations.receiveAtCommune(before));
		run(BA_BE, () -> evaluations.returnToSubject(before, "Bổ sung phiếu kiểm nghiệm"));
		clock.set(LocalDate.of(2026, 5, 27));
		assertThat(as(PROVINCE, () -> evaluations.submit(before))).isEmpty();
		assertThat(application(before).submittedOn()).isEqualTo(LocalDate.of(2026, 5, 27));
		assertThat(application(before).filedOn()).isEqualTo(LocalDate.of(2026, 5, 21));
		assertThat(evaluations.regimeOf(application(before)).instrumentCode()).isEqualTo("148/2023");
		assertThat(application(before).decisionDueOn()).isEqualTo(LocalDate.of(2026, 7, 21));

		// the scorecard of each: 148/2023 for the one filed before, 26/2026 for the one filed that day
		assertThat(evaluations.scorecardOf(application(before)).instrumentCode()).isEqualTo("148/2023");
		assertThat(evaluations.scorecardOf(application(onTheDay)).instrumentCode()).isEqualTo("26/2026");

		// the application page says which rules apply and until when
		Document page = page(get("/backoffice/ocop/applications/" + before).with(authentication(PROVINCE)));
		assertThat(page.selectFirst(".ocop-regime-instrument").text()).isEqualTo("148/2023");
		assertThat(page.selectFirst(".ocop-regime-basis").text()).isEqualTo("chuyển tiếp: nộp trước ngày 22/05/2026 (Quyết định"
				+ " 26/2026 có hiệu lực), tiếp tục theo quy định cũ; hoàn thành trong 60 ngày, chậm nhất ngày 21/07/2026"
				+ " (26/2026/QĐ-TTg Điều 12.2.a)");
		assertThat(page.selectFirst(".ocop-decision-clock").text()).isEqualTo("Còn 55 ngày (hạn 21/07/2026)");
		Document fresh = page(get("/backoffice/ocop/applications/" + onTheDay).with(authentication(PROVINCE)));
		assertThat(fresh.selectFirst(".ocop-regime-instrument").text()).isEqualTo("26/2026");
		assertThat(fresh.selectFirst(".ocop-regime-basis").text()).isEqualTo("theo quy định có hiệu lực ngày nộp hồ sơ 22/05/2026");
		assertThat(fresh.selectFirst(".ocop-decision-clock")).isNull();
		Document english = page(get("/backoffice/ocop/applications/" + before).param("lang", "en").with(authentication(PROVINCE)));
		assertThat(english.selectFirst(".ocop-decision-clock").text()).isEqualTo("55 days left (due 21/07/2026)");

		// scored by the council on the 148 scorecard and recognised by the level 148 gives the province
		clock.set(LocalDate.of(2026, 6, 3));
		run(BA_BE, () -> {
			evaluations.receiveAtCommune(before);
			assertThat(evaluations.proposeToProvince(before, Map.of("localMaterials", "a", "localLabour", "b", "ideaOrigin", "c",
					"localIdentity", "d"))).isEmpty();
		});
		run(PROVINCE, () -> {
			evaluations.acceptAtProvince(before);
			evaluations.sendToCouncil(before);
		});
		Scorecard old = evaluations.scorecardOf(application(before));
		ScoreSheet sheet = DemoSheets.at(old.definition(), 0.75);
		for (Authentication scorer : round.scorers()) {
			run(scorer, () -> evaluations.score(before, sheet));
		}
		assertThat(store.scores(before)).extracting(EvaluationStore.MemberScore::scorecardId).containsOnly(old.id());
		Application concluded = application(before);
		assertThat(concluded.state()).isIn(ApplicationState.AWAITING_DECISION, ApplicationState.NOT_RECOGNISED,
				ApplicationState.PROPOSED_TO_CENTRAL);
		assertThat(concluded.score()).isEqualByComparingTo(store.scores(before).get(0).total());
		assertThat(concluded.star()).isNotNull();
		assertThat(concluded.recognisingLevel()).isEqualTo(
				rules.recognise("148/2023", EvaluationLevel.PROVINCE, LocalDate.of(2026, 6, 3), concluded.score(), concluded.star()).level());

		// still running on its last day, overdue the day after; the re-rating's 30 days passed on 21/06
		clock.set(LocalDate.of(2026, 7, 21));
		assertThat(application(before).decisionClock(clock.today())).isEqualTo(
				new DecisionClock(LocalDate.of(2026, 7, 21), DecisionClock.Status.RUNNING, 0));
		clock.set(LocalDate.of(2026, 7, 22));
		assertThat(application(before).decisionClock(clock.today()).status()).isEqualTo(DecisionClock.Status.OVERDUE);
		assertThat(application(reratingBefore).decisionClock(clock.today()))
			.isEqualTo(new DecisionClock(LocalDate.of(2026, 6, 21), DecisionClock.Status.OVERDUE, 31));
		assertThat(as(PROVINCE, () -> evaluations.countOverdue(round.id()))).isEqualTo(2);
	}

	@Test
	void aReratingMustBeDecidedWithin45DaysOfTheCompleteDossierAndOfficersSeeItRunningThenOverdue() throws Exception {
		OcopEvaluationFixtures.TestRound round = fixtures.round();
		clock.set(LocalDate.of(2026, 11, 2));
		long rerating = fixtures.filed(round.id(), product(), ApplicationKind.RE_RATING);
		long firstTime = fixtures.filed(round.id(), product(), ApplicationKind.FIRST_TIME);
		clock.set(LocalDate.of(2026, 11, 3));
		for (long id : List.of(rerating, firstTime)) {
			run(BA_BE, () -> evaluations.receiveAtCommune(id));
		}
		clock.set(LocalDate.of(2026, 11, 5));
		for (long id : List.of(rerating, firstTime)) {
			run(BA_BE, () -> assertThat(evaluations.proposeToProvince(id, Map.of("localMaterials", "a", "localLabour", "b",
					"ideaOrigin", "c", "localIdentity", "d"))).isEmpty());
		}
		// not complete before the province accepted it: the limit is known, its clock has not started
		assertThat(application(rerating).decisionDueOn()).isNull();
		Document waiting = page(get("/backoffice/ocop/applications/" + rerating).with(authentication(PROVINCE)));
		assertThat(waiting.selectFirst(".ocop-limit-rule").text())
			.isEqualTo("45 ngày kể từ ngày nhận đủ hồ sơ (26/2026/QĐ-TTg Điều 7.6.g); bắt đầu tính khi tỉnh tiếp nhận hồ sơ đầy đủ");
		clock.set(LocalDate.of(2026, 11, 9));
		for (long id : List.of(rerating, firstTime)) {
			run(PROVINCE, () -> evaluations.acceptAtProvince(id));
		}
		// complete as received from the commune on 05/11: decided by 20/12
		assertThat(application(rerating).dossierCompleteOn()).isEqualTo(LocalDate.of(2026, 11, 5));
		assertThat(application(rerating).decisionDueOn()).isEqualTo(LocalDate.of(2026, 12, 20));
		assertThat(application(firstTime).decisionDueOn()).isNull();

		clock.set(LocalDate.of(2026, 12, 20));
		Document list = page(get("/backoffice/ocop/applications").param("round", Long.toString(round.id()))
			.with(authentication(PROVINCE)));
		assertThat(clockOnList(list, rerating)).isEqualTo("Còn 0 ngày (hạn 20/12/2026)");
		assertThat(clockOnList(list, firstTime)).isEqualTo("—");
		assertThat(list.selectFirst(".ocop-overdue-count").text()).startsWith("Quá thời hạn quyết định: 0 hồ sơ");

		clock.set(LocalDate.of(2026, 12, 23));
		list = page(get("/backoffice/ocop/applications").param("round", Long.toString(round.id())).with(authentication(PROVINCE)));
		assertThat(clockOnList(list, rerating)).isEqualTo("Quá hạn 3 ngày (hạn 20/12/2026)");
		assertThat(list.selectFirst(".ocop-overdue-count").text()).startsWith("Quá thời hạn quyết định: 1 hồ sơ");
		Document overdueOnly = page(get("/backoffice/ocop/applications").param("round", Long.toString(round.id()))
			.param("overdue", "true").with(authentication(PROVINCE)));
		assertThat(overdueOnly.select(".ocop-applications tbody tr")).hasSize(1);
		assertThat(clockOnList(overdueOnly, rerating)).isNotNull();
		Document english = page(get("/backoffice/ocop/applications").param("round", Long.toString(round.id())).param("lang", "en")
			.with(authentication(PROVINCE)));
		assertThat(clockOnList(english, rerating)).isEqualTo("3 days overdue (due 20/12/2026)");
		assertThat(english.selectFirst(".ocop-overdue-count").text()).startsWith("Past their decision limit: 1");
		Document detail = page(get("/backoffice/ocop/applications/" + rerating).with(authentication(BA_BE)));
		assertThat(detail.selectFirst(".ocop-decision-clock").text()).isEqualTo("Quá hạn 3 ngày (hạn 20/12/2026)");
		assertThat(detail.selectFirst(".ocop-limit-rule").text())
			.isEqualTo("45 ngày kể từ ngày nhận đủ hồ sơ 05/11/2026 (26/2026/QĐ-TTg Điều 7.6.g)");
		Document roundPage = page(get("/backoffice/ocop/rounds/" + round.id()).with(authentication(PROVINCE)));
		assertThat(roundPage.selectFirst(".ocop-overdue-count").text()).startsWith("Quá thời hạn quyết định: 1 hồ sơ");
		mvc.perform(get("/api/v1/ocop/applications").param("round", Long.toString(round.id())).param("overdue", "true")
			.with(authentication(PROVINCE)))
			.andExpect(jsonPath("$.totalElements").value(1))
			.andExpect(jsonPath("$.content[0].decisionDueOn").value("2026-12-20"));

		// another district's officer neither sees nor counts it
		assertThat(as(NGAN_SON, () -> evaluations.countOverdue(round.id()))).isZero();
		assertThat(as(BA_BE, () -> evaluations.countOverdue(round.id()))).isEqualTo(1);
		mvc.perform(get("/backoffice/ocop/applications/" + rerating).with(authentication(NGAN_SON))).andExpect(status().isForbidden());

		// decided two days late: no longer overdue, shown as late
		run(PROVINCE, () -> evaluations.sendToCouncil(rerating));
		ScoreSheet sheet = DemoSheets.at(evaluations.scorecardOf(application(rerating)).definition(), 0.7);
		for (Authentication scorer : round.scorers()) {
			run(scorer, () -> evaluations.score(rerating, sheet));
		}
		assertThat(application(rerating).state()).isEqualTo(ApplicationState.AWAITING_DECISION);
		clock.set(LocalDate.of(2026, 12, 22));
		ocopEvaluations.markDecided(List.of(rerating), "88/QĐ-UBND-" + round.id(), LocalDate.of(2026, 12, 22));
		clock.set(LocalDate.of(2026, 12, 28));
		assertThat(application(rerating).decisionClock(clock.today()))
			.isEqualTo(new DecisionClock(LocalDate.of(2026, 12, 20), DecisionClock.Status.DECIDED_LATE, 2));
		assertThat(as(PROVINCE, () -> evaluations.countOverdue(round.id()))).isZero();
		assertThat(page(get("/backoffice/ocop/applications/" + rerating).with(authentication(PROVINCE)))
			.selectFirst(".ocop-decision-clock").text()).isEqualTo("Quyết định chậm 2 ngày (hạn 20/12/2026)");
	}

	// ------------------------------------------------------------------------------------ helpers

	/** A registered demo product of a subject in Ba Bể (061), a different one each call (fresh rounds: no duplicates). */
	private long product() {
		return jdbc.sql("SELECT p.id FROM ocop_product p JOIN ocop_subject s ON s.id = p.subject_id WHERE p.status = 'REGISTERED'"
				+ " AND '061' = ANY (s.area_codes) AND p.product_set_code LIKE 'TP-%' ORDER BY p.id OFFSET :offset LIMIT 1")
			.param("offset", products++)
			.query(Long.class)
			.single();
	}

	private Application application(long id) {
		return store.application(id).orElseThrow();
	}

	private static String clockOnList(Document list, long application) {
		return list.select(".ocop-applications tbody tr").stream()
			.filter(row -> row.selectFirst("a[href$=/applications/" + application + "]") != null)
			.map(row -> row.selectFirst(".ocop-decision-clock").text())
			.findFirst()
			.orElse(null);
	}

	private Document page(MockHttpServletRequestBuilder request) throws Exception {
		return Jsoup.parse(mvc.perform(request.accept(MediaType.TEXT_HTML)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString());
	}

	private static <T> T as(Authentication user, Supplier<T> action) {
		SecurityContextHolder.getContext().setAuthentication(user);
		try {
			return action.get();
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	private static void run(Authentication user, Runnable action) {
		as(user, () -> {
			action.run();
			return null;
		});
	}

}
