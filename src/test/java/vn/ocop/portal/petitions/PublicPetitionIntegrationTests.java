package vn.ocop.portal.petitions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

/**
 * The public side over real HTTP: published answers, tracking and the dashboard never show a
 * petitioner's name or contact details (Decree 13/2023/NĐ-CP); the online form wants consent,
 * checks attachments by content and limits submissions per client in the database.
 */
@PetitionsIntegrationTest
class PublicPetitionIntegrationTests {

	static final String NAME = "Lò Thị Riêngtư";

	/** The most hits the site search asks of a provider (SiteSearch.HITS_PER_PROVIDER). */
	static final int SITE_SEARCH_PAGE = 20;

	static final String PHONE = "0987 654 321";

	static final String EMAIL = "riengtu.kiennghi@example.vn";

	static final String ADDRESS = "Bản Pác Ngòi (địa chỉ riêng)";

	@Autowired
	PetitionFixtures fixtures;

	@Autowired
	RestTestClient http;

	@Autowired
	MockMvc mvc;

	@Autowired
	PetitionQueries queries;

	@Test
	void personalDataNeverAppearsOnPublicPages() {
		PetitionManagement management = fixtures.management(new MutableClock(LocalDate.of(2025, 3, 3)));
		Petition petition = fixtures.as(PetitionFixtures.OFFICE, () -> management.receive(new PetitionManagement.NewPetition(
				Channel.PHONE, null, PetitionerKind.PERSON, null, NAME, ADDRESS, PHONE, EMAIL, "MARKET",
				"Tiêu thụ chè Shan tuyết riêngtư", "Đề nghị hỗ trợ tìm đầu ra cho chè.", null), List.of()));
		fixtures.as(PetitionFixtures.OFFICE, () -> management.classify(petition.code, PetitionManagement.Decision.WITHIN_COMPETENCE, null));
		fixtures.as(PetitionFixtures.OFFICE, () -> management.assign(petition.code, "SO-CT", Set.of()));
		fixtures.as(PetitionFixtures.OFFICE, () -> management.answer(petition.code, "Sở Công Thương giới thiệu ba nhà phân phối chè riêngtư.", null));
		fixtures.as(PetitionFixtures.OFFICE, () -> management.approve(petition.code));
		fixtures.as(PetitionFixtures.OFFICE, () -> management.publish(petition.code));

		List<String> pages = List.of("/kien-nghi?q=rieng+tu", "/kien-nghi?q=riengtu", "/kien-nghi/" + petition.code,
				"/kien-nghi/tra-cuu?ma=" + petition.code, "/kien-nghi/thong-ke?nam=2025", "/api/v1/petitions/answers?q=riengtu",
				"/kien-nghi", "/tim-kiem?q=rieng+tu", "/tim-kiem?q=" + petition.code, "/tim-kiem?q=phan+phoi+che+riengtu");
		for (String path : pages) {
			String body = http.get().uri(path).exchange().expectStatus().isOk().returnResult(String.class).getResponseBody();
			assertThat(body).as(path).doesNotContain(NAME, PHONE, EMAIL, ADDRESS, "0209 000 000", "Nguyễn Văn Thử", "0912 345 678");
		}
		assertThat(body("/kien-nghi?q=riengtu")).contains("Tiêu thụ chè Shan tuyết riêngtư", petition.code.value());
		assertThat(body("/kien-nghi/" + petition.code)).contains("giới thiệu ba nhà phân phối chè");
		assertThat(body("/kien-nghi/tra-cuu?ma=" + petition.code.value().toLowerCase())).contains("Đã công bố trả lời");
		// the office sees who sent it
		assertThat(fixtures.as(PetitionFixtures.OFFICE, () -> fixtures.store.find(petition.code).orElseThrow().contactPhone))
			.isEqualTo(PHONE);
	}

	@Test
	void theSiteSearchFindsPublishedAnswersWithoutDiacriticsButNeverByThePetitioner() {
		PetitionManagement management = fixtures.management(new MutableClock(LocalDate.of(2025, 3, 5)));
		Petition published = fixtures.assignedTo(management, "NHNN", "Giãn nợ vốn vay trồng quế tìmkiếmđược", null);
		fixtures.as(PetitionFixtures.OFFICE, () -> management.answer(published.code,
				"Ngân hàng hướng dẫn cơ cấu lại thời hạn trả nợ cho hộ trồng quế tìmkiếmđược.", null));
		fixtures.as(PetitionFixtures.OFFICE, () -> management.approve(published.code));
		fixtures.as(PetitionFixtures.OFFICE, () -> management.publish(published.code));
		Petition draft = fixtures.assignedTo(management, "NHNN", "Vốn vay trồng quế chưacôngbố tìmkiếmđược", null);
		fixtures.as(PetitionFixtures.OFFICE, () -> management.answer(draft.code, "Dự thảo trả lời tìmkiếmđược", null));

		org.jsoup.nodes.Document results = org.jsoup.Jsoup.parse(body("/tim-kiem?q=von+vay+trong+que+timkiemduoc"));
		assertThat(results.select("a[href=/kien-nghi/" + published.code + "]").text())
			.isEqualTo("Giãn nợ vốn vay trồng quế tìmkiếmđược");
		assertThat(results.text()).contains("Trả lời kiến nghị (1)", published.code.value(), "Ngân hàng Nhà nước chi nhánh tỉnh",
				"cơ cấu lại thời hạn trả nợ").doesNotContain(draft.code.value(), "Dự thảo");
		// the words of the answer find it too, in English the kind is named in English
		assertThat(body("/tim-kiem?q=co+cau+lai+thoi+han+timkiemduoc&lang=en")).contains(published.code.value(),
				"Answers to petitions");
		// the petitioner (PetitionFixtures' "Nguyễn Văn Thử", with a phone and an e-mail) is never searched nor shown
		assertThat(body("/tim-kiem?q=nguyen+van+thu+timkiemduoc")).doesNotContain(published.code.value());
		assertThat(body("/tim-kiem?q=timkiemduoc")).contains(published.code.value())
			.doesNotContain("Nguyễn Văn Thử", "0912 345 678", "thu@example.vn", "Khuổi Tẩu");
	}

	@Test
	void theSiteSearchGivesTheNewestAnswersWithACommonWordAsTheFullListDoes() {
		// more answers with the word than a page of the site search holds, published after every other answer
		// of the shared database: the newest are read in date order first
		LocalDate afterAll = fixtures.jdbc.sql("""
				SELECT CAST(max(published_at) AT TIME ZONE 'Asia/Ho_Chi_Minh' AS DATE) + 1 FROM petitions_petition""")
			.query(LocalDate.class).optional().orElse(null);
		LocalDate day = afterAll == null || afterAll.isBefore(LocalDate.of(2025, 3, 6)) ? LocalDate.of(2025, 3, 6) : afterAll;
		PetitionManagement management = fixtures.management(new MutableClock(day));
		String word = "phobienlam" + System.nanoTime() % 100_000;
		for (int i = 0; i < SITE_SEARCH_PAGE + 3; i++) {
			Petition petition = fixtures.assignedTo(management, "SO-CT", "Kiến nghị " + word + " số " + i, null);
			fixtures.as(PetitionFixtures.OFFICE, () -> management.answer(petition.code, "Trả lời số " + petition.code + ".", null));
			fixtures.as(PetitionFixtures.OFFICE, () -> management.approve(petition.code));
			fixtures.as(PetitionFixtures.OFFICE, () -> management.publish(petition.code));
		}
		List<String> newest = queries.publishedAnswers(new PetitionQueries.Filter(null, null, null, word, null), 0,
				SITE_SEARCH_PAGE, Locale.forLanguageTag("vi")).getContent().stream().map(PetitionViews.PublicAnswer::code).toList();
		assertThat(newest).hasSize(SITE_SEARCH_PAGE);
		assertThat(fixtures.jdbc.sql("""
				SELECT count(*) FROM petitions_petition WHERE published_at IS NOT NULL AND status IN ('PUBLISHED', 'CLOSED')
				   AND published_at >= (SELECT min(published_at) FROM petitions_petition WHERE code = :code)""")
			.param("code", newest.get(newest.size() - 1)).query(Long.class).single())
			.as("the page is found among the newest answers read first").isLessThanOrEqualTo(PetitionQueries.RECENT_ANSWERS);
		assertThat(queries.searchPublishedAnswers(word, SITE_SEARCH_PAGE, Locale.forLanguageTag("vi")))
			.extracting(PetitionViews.PublicAnswer::code).containsExactlyElementsOf(newest);
		// a word of fewer answers than a page: all of them, from the whole table
		assertThat(queries.searchPublishedAnswers(word + " so 22", SITE_SEARCH_PAGE, Locale.forLanguageTag("vi")))
			.extracting(PetitionViews.PublicAnswer::title).contains("Kiến nghị " + word + " số 22").hasSizeLessThan(SITE_SEARCH_PAGE);
		// the same answers as the full list's, with the topic's and department's names in the page's language
		for (String language : List.of("vi", "en")) {
			for (String query : List.of(word, word + " so 22")) {
				assertThat(queries.searchPublishedAnswers(query, SITE_SEARCH_PAGE, Locale.forLanguageTag(language)))
					.usingRecursiveFieldByFieldElementComparator()
					.containsExactlyElementsOf(queries.publishedAnswers(new PetitionQueries.Filter(null, null, null, query, null), 0,
							SITE_SEARCH_PAGE, Locale.forLanguageTag(language)).getContent());
			}
		}
		assertThat(queries.searchPublishedAnswers(word, SITE_SEARCH_PAGE, Locale.forLanguageTag("en")).get(0).department())
			.isEqualTo(fixtures.jdbc.sql("SELECT name_en FROM petitions_department WHERE code = 'SO-CT'").query(String.class).single());
	}

	@Test
	void unpublishedAnswersStayOffThePublicPages() {
		PetitionManagement management = fixtures.management(new MutableClock(LocalDate.of(2025, 3, 4)));
		Petition petition = fixtures.assignedTo(management, "SO-CT", "Chưa công bố khôngcôngkhai", null);
		fixtures.as(PetitionFixtures.OFFICE, () -> management.answer(petition.code, "Dự thảo khôngcôngkhai", null));
		http.get().uri("/kien-nghi/" + petition.code).exchange().expectStatus().isNotFound();
		assertThat(body("/kien-nghi?q=khongcongkhai")).doesNotContain(petition.code.value());
	}

	@Test
	void theOnlineFormWantsConsentAndGivesATrackingCode() throws Exception {
		MvcResult refused = mvc.perform(form("10.20.0.1", false, null)).andExpect(status().isOk()).andReturn();
		assertThat(refused.getResponse().getContentAsString(StandardCharsets.UTF_8))
			.contains("Cần đồng ý với thông báo về xử lý dữ liệu cá nhân");

		MvcResult sent = mvc.perform(form("10.20.0.1", true, null)).andExpect(status().is3xxRedirection()).andReturn();
		String location = java.net.URI.create(sent.getResponse().getRedirectedUrl()).getRawPath() + "?"
				+ java.net.URI.create(sent.getResponse().getRedirectedUrl()).getRawQuery();
		assertThat(location).matches("/kien-nghi/tra-cuu\\?ma=KN\\.\\d{8}\\.\\d{4,}&moi=1");
		String code = location.substring(location.indexOf("ma=") + 3, location.indexOf('&'));
		Petition petition = fixtures.store.find(new PetitionCode(code)).orElseThrow();
		assertThat(petition.channel).isEqualTo(Channel.ONLINE);
		assertThat(petition.status).isEqualTo(PetitionStatus.RECEIVED);
		assertThat(body(location)).contains(code, "Đã tiếp nhận");
	}

	@Test
	void attachmentsAreCheckedByTheirContent() throws Exception {
		MockMultipartFile fake = new MockMultipartFile("file", "don.pdf", "application/pdf", "<script>".getBytes(StandardCharsets.UTF_8));
		MvcResult refused = mvc.perform(form("10.20.0.2", true, fake)).andExpect(status().isOk()).andReturn();
		assertThat(refused.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("don.pdf", "kiểm tra theo nội dung tệp");

		MockMultipartFile pdf = new MockMultipartFile("file", "don.pdf", "application/octet-stream",
				"%PDF-1.4\n%test\n".getBytes(StandardCharsets.US_ASCII));
		mvc.perform(form("10.20.0.2", true, pdf)).andExpect(status().is3xxRedirection());
	}

	@Test
	void aClientMaySendOnlyAFewPetitionsAnHour() throws Exception {
		for (int i = 0; i < fixtures.properties.submissionsPerHour(); i++) {
			mvc.perform(form("10.20.0.3", true, null)).andExpect(status().is3xxRedirection());
		}
		MvcResult refused = mvc.perform(form("10.20.0.3", true, null)).andExpect(status().isOk()).andReturn();
		assertThat(refused.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("trong một giờ");
		mvc.perform(form("10.20.0.4", true, null)).andExpect(status().is3xxRedirection());
	}

	private MockMultipartHttpServletRequestBuilder form(String client, boolean consent, MockMultipartFile file) {
		MockMultipartHttpServletRequestBuilder request = multipart("/kien-nghi/gui");
		if (file != null) {
			request.file(file);
		}
		request.param("petitionerName", "Người gửi trực tuyến")
			.param("phone", "0911 000 111")
			.param("topic", "TRAINING")
			.param("title", "Đề nghị mở lớp tập huấn")
			.param("content", "Nội dung gửi trực tuyến.")
			.header("X-Forwarded-For", client)
			.with(csrf());
		if (consent) {
			request.param("consent", "true");
		}
		return request;
	}

	private String body(String path) {
		return http.get().uri(path).exchange().expectStatus().isOk().returnResult(String.class).getResponseBody();
	}

}
