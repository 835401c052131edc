package vn.ocop.portal.certification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;

import org.hamcrest.Matchers;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.ocop.portal.audit.AuditTrail;
import vn.ocop.portal.identity.DataScope;
import vn.ocop.portal.identity.Role;
import vn.ocop.portal.support.MovableClock;
import vn.ocop.portal.support.OcopCertificateFixtures;
import vn.ocop.portal.support.Officials;

/**
 * Revocation as a case (26/2026 Art. 8.3–8.4) with an injected clock, through the pages: opened from
 * a conclusion with its date and ground, pending with its 15-day clock shown to the competent level
 * (the province for 3★/4★, the ministry for 5★), closed by the revocation decision or dismissed;
 * audited; role and scope checked.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@Import(MovableClock.Configuration.class)
class RevocationCaseIntegrationTests {

	private static final Authentication PROVINCE = Officials.provincialOfficer("Cán bộ tỉnh", "06");

	private static final Authentication OTHER_PROVINCE = Officials.provincialOfficer("Cán bộ Thái Nguyên", "19");

	private static final Authentication BA_BE = Officials.localOfficer("Cán bộ Ba Bể", "061");

	private static final Authentication MINISTRY = Officials.signedIn("Cán bộ Bộ", Role.PROVINCIAL_OFFICER, DataScope.nation());

	private static final String PATH = "/backoffice/certification/certificates/";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	CertificationManagement management;

	@Autowired
	MovableClock clock;

	@Autowired
	AuditTrail audit;

	OcopCertificateFixtures fixtures;

	@BeforeEach
	void fixtures() {
		fixtures = new OcopCertificateFixtures(jdbc, management);
	}

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void aCaseOpenedFromAnInspectionRunsItsFifteenDaysForTheProvinceAndIsClosedByTheDecision() throws Exception {
		long product = fixtures.registerProduct("Bánh gai Chợ Mới", "061", null, "TP-06");
		Certificate certificate = fixtures.recognise(product, 4, RecognitionKind.FIRST_TIME, LocalDate.of(2025, 2, 1));
		String page = PATH + certificate.number();
		clock.set(LocalDate.of(2026, 3, 10));

		// a local officer, another province's officer: not theirs to open
		mvc.perform(open(certificate, "26-2026-8-1-b", "AUTHORITY_CONCLUSION", "05/03/2026").with(authentication(BA_BE)))
			.andExpect(status().isForbidden());
		mvc.perform(open(certificate, "26-2026-8-1-b", "AUTHORITY_CONCLUSION", "05/03/2026").with(authentication(OTHER_PROVINCE)))
			.andExpect(status().isForbidden());
		// a conclusion in the future is refused, in Vietnamese, naming the field
		mvc.perform(open(certificate, "26-2026-8-1-b", "AUTHORITY_CONCLUSION", "11/03/2026").with(authentication(PROVINCE)))
			.andExpect(flash().attribute("problems", List.of("Ngày có kết luận: ngày không được sau hôm nay.")));
		mvc.perform(open(certificate, "26-2026-8-1-b", "AUTHORITY_CONCLUSION", "05/03/2026").with(authentication(PROVINCE)))
			.andExpect(flash().attribute("notice", "certification.revocationCase.opened"));
		// one pending case at a time
		mvc.perform(open(certificate, "26-2026-8-1-c", "AUTHORITY_CONCLUSION", "06/03/2026").with(authentication(PROVINCE)))
			.andExpect(flash().attribute("problems", Matchers.hasItem(Matchers.containsString("đã có hồ sơ thu hồi đang xử lý"))));

		// pending: the certificate stays valid, the clock runs from the conclusion (05/03 + 15 = 20/03)
		assertThat(management.certificate(certificate.number()).orElseThrow().statusOn(clock.today(), management.terms()))
			.isEqualTo(CertificateStatus.ACTIVE);
		Document pending = page(get(page).with(authentication(PROVINCE)));
		assertThat(pending.selectFirst(".revocation-case .revocation-clock").text()).isEqualTo("Còn 10 ngày (hạn 20/03/2026)");
		assertThat(pending.selectFirst(".revocation-case").text()).contains("KL 12/KL-SNNMT", "Điều 8.1.b");
		assertThat(pending.select("form[action$=/revoke]")).hasSize(1);
		Document english = page(get(page).param("lang", "en").with(authentication(PROVINCE)));
		assertThat(english.selectFirst(".revocation-case .revocation-clock").text()).isEqualTo("10 days left (due 20/03/2026)");
		// the competent level's list; the local officer sees neither the list nor the case
		assertThat(clockOnList(page(get("/backoffice/certification/revocations").with(authentication(PROVINCE))), certificate))
			.isEqualTo("Còn 10 ngày (hạn 20/03/2026)");
		mvc.perform(get("/backoffice/certification/revocations").with(authentication(BA_BE))).andExpect(status().isForbidden());
		assertThat(page(get(page).with(authentication(BA_BE))).select(".revocation-case")).isEmpty();
		assertThat(clockOnList(page(get("/backoffice/certification/revocations").with(authentication(OTHER_PROVINCE))), certificate))
			.isNull();

		// the last day, then overdue
		clock.set(LocalDate.of(2026, 3, 20));
		assertThat(page(get(page).with(authentication(PROVINCE))).selectFirst(".revocation-case .revocation-clock").text())
			.isEqualTo("Còn 0 ngày (hạn 20/03/2026)");
		clock.set(LocalDate.of(2026, 3, 22));
		Document overdue = page(get(page).with(authentication(PROVINCE)));
		assertThat(overdue.selectFirst(".revocation-case .revocation-clock").text()).isEqualTo("Quá hạn 2 ngày (hạn 20/03/2026)");
		assertThat(overdue.selectFirst(".revocation-case .revocation-clock").hasClass("revocation-clock--overdue")).isTrue();

		// the decision closes the case: number, date and the case's ground and conclusion
		mvc.perform(post(page + "/revoke").with(authentication(PROVINCE)).with(csrf()).param("level", "PROVINCE")
			.param("decisionNumber", "402/QĐ-UBND").param("decidedOn", "22/03/2026").param("reason", "Không còn đáp ứng tiêu chí"))
			.andExpect(flash().attribute("notice", "certification.revocation.recorded"));
		Certificate revoked = management.certificate(certificate.number()).orElseThrow();
		assertThat(revoked.revokedOn()).isEqualTo(LocalDate.of(2026, 3, 22));
		assertThat(revoked.statusOn(clock.today(), management.terms())).isEqualTo(CertificateStatus.REVOKED);
		Document closed = page(get(page).with(authentication(PROVINCE)));
		assertThat(closed.select(".revocation-case")).isEmpty();
		assertThat(closed.selectFirst(".revocation-timing").text()).isEqualTo("Quá hạn thu hồi");
		assertThat(closed.selectFirst(".revocation").text()).contains("402/QĐ-UBND", "Điều 8.1.b");
		assertThat(clockOnList(page(get("/backoffice/certification/revocations").with(authentication(PROVINCE))), certificate))
			.isNull();
		assertThat(jdbc.sql("SELECT count(*) FROM certification_revocation WHERE certificate_id = :id AND concluded_on = DATE"
				+ " '2026-03-05' AND deadline = DATE '2026-03-20' AND decided_on = DATE '2026-03-22'"
				+ " AND conclusion_reference = 'KL 12/KL-SNNMT'").param("id", certificate.id()).query(Integer.class).single())
			.isEqualTo(1);
		assertThat(audit.forEntity("OcopCertificate", certificate.number(), AuditTrail.firstPage()).getContent())
			.extracting(entry -> entry.action()).contains("REVOKED");
		long caseId = jdbc.sql("SELECT id FROM certification_revocation WHERE certificate_id = :id").param("id", certificate.id())
			.query(Long.class).single();
		assertThat(audit.forEntity("OcopRevocationCase", Long.toString(caseId), AuditTrail.firstPage()).getContent())
			.extracting(entry -> entry.action()).containsExactly("CREATED");
	}

	@Test
	void aFiveStarCaseIsTheMinistrysAndTheCommuneConfirmsOnlyThatProductionStopped() throws Exception {
		long product = fixtures.registerProduct("Miến dong Côn Minh", "061", null, "TP-06");
		Certificate certificate = fixtures.recognise(product, 5, RecognitionKind.FIRST_TIME, LocalDate.of(2025, 5, 10));
		String page = PATH + certificate.number();
		clock.set(LocalDate.of(2026, 4, 6));

		// the commune's confirmation grounds only "no longer produces"
		mvc.perform(open(certificate, "26-2026-8-1-b", "COMMUNE_CONFIRMATION", "01/04/2026").with(authentication(PROVINCE)))
			.andExpect(flash().attribute("problems", Matchers.hasItem(Matchers.containsString("(Điều 8.1.đ)"))));
		// the province's OCOP office opens it; the ministry decides
		mvc.perform(open(certificate, "26-2026-8-1-dd", "COMMUNE_CONFIRMATION", "01/04/2026").with(authentication(PROVINCE)))
			.andExpect(flash().attribute("notice", "certification.revocationCase.opened"));
		Document atProvince = page(get(page).with(authentication(PROVINCE)));
		assertThat(atProvince.selectFirst(".revocation-case .revocation-clock").text()).isEqualTo("Còn 10 ngày (hạn 16/04/2026)");
		assertThat(atProvince.select("form[action$=/revoke]")).isEmpty();
		assertThat(atProvince.selectFirst(".revocation-case").text()).contains("Bộ Nông nghiệp và Môi trường quyết định");
		assertThat(clockOnList(page(get("/backoffice/certification/revocations").with(authentication(PROVINCE))), certificate))
			.isNull();
		mvc.perform(post(page + "/revoke").with(authentication(PROVINCE)).with(csrf()).param("level", "CENTRAL")
			.param("decisionNumber", "77/QĐ-BNNMT").param("decidedOn", "06/04/2026"))
			.andExpect(flash().attribute("problems", Matchers.hasItem(Matchers.containsString("phạm vi toàn quốc"))));
		assertThat(management.certificate(certificate.number()).orElseThrow().revokedOn()).isNull();

		assertThat(clockOnList(page(get("/backoffice/certification/revocations").with(authentication(MINISTRY))), certificate))
			.isEqualTo("Còn 10 ngày (hạn 16/04/2026)");
		Document atMinistry = page(get(page).with(authentication(MINISTRY)));
		assertThat(atMinistry.select("form[action$=/revoke]")).hasSize(1);
		mvc.perform(post(page + "/revoke").with(authentication(MINISTRY)).with(csrf()).param("level", "CENTRAL")
			.param("decisionNumber", "77/QĐ-BNNMT").param("decidedOn", "06/04/2026"))
			.andExpect(flash().attribute("notice", "certification.revocation.recorded"));
		assertThat(page(get(page).with(authentication(MINISTRY))).selectFirst(".revocation-timing").text())
			.isEqualTo("Trong hạn thu hồi");
		assertThat(jdbc.sql("SELECT conclusion_source || ' ' || level || ' ' || reason FROM certification_revocation"
				+ " WHERE certificate_id = :id").param("id", certificate.id()).query(String.class).single())
			.isEqualTo("COMMUNE_CONFIRMATION CENTRAL Chủ thể đã dừng sản xuất");
	}

	@Test
	void aDismissedCaseLeavesTheCertificateValidAndANewCaseMayBeOpenedThroughTheApi() throws Exception {
		long product = fixtures.registerProduct("Rượu ngô Na Rì", "061", null, "TP-06");
		Certificate certificate = fixtures.recognise(product, 3, RecognitionKind.FIRST_TIME, LocalDate.of(2025, 6, 2));
		clock.set(LocalDate.of(2026, 5, 4));
		String api = "/api/v1/certification/certificates/" + certificate.number() + "/revocation-case";
		String body = """
				{"groundCode": "26-2026-8-1-c", "source": "AUTHORITY_CONCLUSION", "concludedOn": "2026-04-30",
				 "conclusionReference": "KL 5/KL-TTr", "reason": "Vi phạm ghi nhãn hàng hóa"}
				""";
		mvc.perform(post(api).with(authentication(BA_BE)).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isForbidden());
		mvc.perform(post(api).with(authentication(PROVINCE)).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isCreated());
		mvc.perform(post(PATH + certificate.number() + "/revocation-case/dismiss").with(authentication(PROVINCE)).with(csrf())
			.param("reason", "Kết luận đã được thu hồi"))
			.andExpect(flash().attribute("notice", "certification.revocationCase.dismissed"));
		assertThat(management.certificate(certificate.number()).orElseThrow().statusOn(clock.today(), management.terms()).valid())
			.isTrue();
		assertThat(page(get(PATH + certificate.number()).with(authentication(PROVINCE))).select(".revocation-case")).isEmpty();
		mvc.perform(post(api).with(authentication(PROVINCE)).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isCreated());
		assertThat(jdbc.sql("SELECT count(*) FROM certification_revocation WHERE certificate_id = :id").param("id", certificate.id())
			.query(Integer.class).single()).isEqualTo(2);
		long dismissed = jdbc.sql("SELECT id FROM certification_revocation WHERE certificate_id = :id AND dismissed_on IS NOT NULL")
			.param("id", certificate.id()).query(Long.class).single();
		assertThat(audit.forEntity("OcopRevocationCase", Long.toString(dismissed), AuditTrail.firstPage()).getContent())
			.extracting(entry -> entry.action()).containsExactlyInAnyOrder("CREATED", "UPDATED");
	}

	// ------------------------------------------------------------------------------------ helpers

	private static MockHttpServletRequestBuilder open(Certificate certificate, String ground, String source, String concludedOn) {
		return post(PATH + certificate.number() + "/revocation-case").with(csrf()).param("ground", ground).param("source", source)
			.param("concludedOn", concludedOn)
			.param("conclusionReference", source.equals("COMMUNE_CONFIRMATION") ? "" : "KL 12/KL-SNNMT")
			.param("reason", source.equals("COMMUNE_CONFIRMATION") ? "Chủ thể đã dừng sản xuất" : "Không còn đáp ứng tiêu chí");
	}

	private static String clockOnList(Document list, Certificate certificate) {
		return list.select(".revocation-cases tbody tr").stream()
			.filter(row -> row.selectFirst("a[href$=/" + certificate.number() + "]") != null)
			.map(row -> row.selectFirst(".revocation-clock").text())
			.findFirst()
			.orElse(null);
	}

	private Document page(MockHttpServletRequestBuilder request) throws Exception {
		return Jsoup.parse(mvc.perform(request.accept(MediaType.TEXT_HTML)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString());
	}

}
