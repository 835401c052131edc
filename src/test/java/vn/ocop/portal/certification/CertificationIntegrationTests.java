package vn.ocop.portal.certification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
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

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;

import vn.ocop.portal.audit.AuditTrail;
import vn.ocop.portal.support.MovableClock;
import vn.ocop.portal.support.OcopCertificateFixtures;
import vn.ocop.portal.support.Officials;

/**
 * Decisions and certificates on a real database and over MockMvc: supersession, revocation and
 * its limit, re-rating filings, reminders with a moved clock, the printed PDF and its QR code, the
 * annex, and who may see and do what.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@Import(MovableClock.Configuration.class)
class CertificationIntegrationTests {

	private static final Authentication PROVINCE = Officials.provincialOfficer("Cán bộ tỉnh", "06");

	private static final Authentication OTHER_PROVINCE = Officials.provincialOfficer("Cán bộ Thái Nguyên", "19");

	private static final Authentication BA_BE = Officials.localOfficer("Cán bộ Ba Bể", "061");

	private static final Authentication EDITOR = Officials.editor("Biên tập viên");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	CertificationManagement management;

	@Autowired
	RenewalReminders reminders;

	@Autowired
	MovableClock clock;

	@Autowired
	AuditTrail audit;

	@Autowired
	ReratingFilings filings;

	@Autowired
	org.springframework.transaction.PlatformTransactionManager transactionManager;

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
	void aReratingSupersedesTheOldCertificateAndMayLowerTheStar() {
		long product = fixtures.registerProduct("Mật ong bạc hà", "061", null, "TP-04");
		Certificate first = fixtures.recognise(product, 4, RecognitionKind.FIRST_TIME, LocalDate.of(2022, 12, 27));
		assertThat(first.expiresOn()).isEqualTo(LocalDate.of(2025, 12, 26));

		Certificate rerated = fixtures.recognise(product, 3, RecognitionKind.RE_RATING, LocalDate.of(2025, 11, 20));

		Certificate old = management.certificate(first.number()).orElseThrow();
		assertThat(old.supersededBy()).isEqualTo(rerated.number());
		assertThat(old.statusOn(LocalDate.of(2025, 11, 20), management.terms())).isEqualTo(CertificateStatus.SUPERSEDED);
		assertThat(rerated.star()).isEqualTo(3);
		assertThat(rerated.expiresOn()).isEqualTo(LocalDate.of(2028, 11, 19));
		assertThat(management.currentCertificateOf(product)).map(Certificate::number).contains(rerated.number());
	}

	@Test
	void anUpgradeSupersedesAndMustRaiseTheStarAndAFirstRecognitionOfACertifiedProductIsRefused() {
		long product = fixtures.registerProduct("Miến dong", "061", null, "TP-06");
		Certificate first = fixtures.recognise(product, 3, RecognitionKind.FIRST_TIME, LocalDate.of(2024, 6, 1));

		assertThatThrownBy(() -> fixtures.recognise(product, 3, RecognitionKind.UPGRADE, LocalDate.of(2025, 1, 10)))
			.isInstanceOfSatisfying(CertificationRefused.class,
					refused -> assertThat(refused.problems()).extracting(CertificationProblem::messageKey)
						.containsExactly("certification.problem.notHigher"));
		assertThatThrownBy(() -> fixtures.recognise(product, 4, RecognitionKind.FIRST_TIME, LocalDate.of(2025, 1, 10)))
			.isInstanceOfSatisfying(CertificationRefused.class,
					refused -> assertThat(refused.problems()).extracting(CertificationProblem::messageKey)
						.containsExactly("certification.problem.alreadyCertified"));

		Certificate upgraded = fixtures.recognise(product, 4, RecognitionKind.UPGRADE, LocalDate.of(2025, 1, 10));
		assertThat(management.certificate(first.number()).orElseThrow().supersededBy()).isEqualTo(upgraded.number());
		assertThat(upgraded.kind()).isEqualTo(RecognitionKind.UPGRADE);
	}

	@Test
	void aReratingFiledLateKeepsTheCertificateValidUntilTheDecisionAtMost180DaysPastExpiry() {
		long product = fixtures.registerProduct("Chè Shan tuyết", "061", null, "TP-11");
		Certificate certificate = fixtures.recognise(product, 3, RecognitionKind.FIRST_TIME, LocalDate.of(2022, 12, 27));

		assertThatThrownBy(() -> management.recordReratingFiled(certificate.id(), LocalDate.of(2025, 6, 28)))
			.isInstanceOfSatisfying(CertificationRefused.class, refused -> assertThat(refused.problems().get(0).arguments())
				.containsExactly("29/06/2025", "26/12/2025"));
		Certificate filed = management.recordReratingFiled(certificate.id(), LocalDate.of(2025, 10, 1));

		CertificateTerms terms = management.terms();
		assertThat(filed.statusOn(LocalDate.of(2026, 6, 24), terms)).isEqualTo(CertificateStatus.EXTENDED);
		assertThat(filed.statusOn(LocalDate.of(2026, 6, 25), terms)).isEqualTo(CertificateStatus.EXPIRED);
		assertThat(filed.validUntil(terms)).isEqualTo(LocalDate.of(2026, 6, 24));
		// re-rated within the extension: the new certificate supersedes
		Certificate rerated = fixtures.recognise(product, 4, RecognitionKind.RE_RATING, LocalDate.of(2026, 3, 2));
		assertThat(management.certificate(certificate.number()).orElseThrow().supersededBy()).isEqualTo(rerated.number());
	}

	@Test
	void aReratingFiledOutsideTheWindowIsLoggedAndTheListenersTransactionStillCommits() {
		long product = fixtures.registerProduct("Bí xanh thơm", "061", null, "TP-01");
		Certificate certificate = fixtures.recognise(product, 3, RecognitionKind.FIRST_TIME, LocalDate.of(2025, 6, 2));
		org.springframework.transaction.support.TransactionTemplate listenerTransaction =
				new org.springframework.transaction.support.TransactionTemplate(transactionManager);
		listenerTransaction.setPropagationBehavior(org.springframework.transaction.TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		// as the event listener runs: in its own transaction, which must commit (or the event publication stays incomplete)
		org.assertj.core.api.Assertions.assertThatCode(() -> listenerTransaction.executeWithoutResult(status -> filings.on(
				new vn.ocop.portal.ocop.ReratingFiled(0, product, vn.ocop.portal.ocop.ApplicationKind.RE_RATING, LocalDate.of(2026, 1, 5)))))
			.doesNotThrowAnyException();
		assertThat(management.certificate(certificate.number()).orElseThrow().reratingFiledOn()).isNull();
	}

	@Test
	void revocationNeedsTheCompetentLevelAndIsTrackedAgainstItsFifteenDayLimit() throws Exception {
		long product = fixtures.registerProduct("Tương ớt", "061", null, "TP-10");
		Certificate inTime = fixtures.recognise(product, 3, RecognitionKind.FIRST_TIME, LocalDate.of(2025, 2, 1));
		long other = fixtures.registerProduct("Lạp sườn", "061", null, "TP-08");
		Certificate late = fixtures.recognise(other, 4, RecognitionKind.FIRST_TIME, LocalDate.of(2025, 2, 1));

		assertThatThrownBy(() -> management.revoke(inTime.number(), new RevocationOrder("26-2026-8-1-c", LocalDate.of(2026, 3, 1),
				IssuerLevel.CENTRAL, "12/QĐ-BNNMT", LocalDate.of(2026, 3, 5), "Vi phạm ghi nhãn")))
			.isInstanceOfSatisfying(CertificationRefused.class, refused -> assertThat(refused.problems())
				.extracting(CertificationProblem::messageKey).contains("certification.problem.revocationLevel"));

		management.revoke(inTime.number(), new RevocationOrder("26-2026-8-1-c", LocalDate.of(2026, 3, 1), IssuerLevel.PROVINCE,
				"345/QĐ-UBND", LocalDate.of(2026, 3, 16), "Vi phạm ghi nhãn hàng hóa"));
		management.revoke(late.number(), new RevocationOrder("26-2026-8-1-dd", LocalDate.of(2026, 3, 1), IssuerLevel.PROVINCE,
				"346/QĐ-UBND", LocalDate.of(2026, 3, 17), "Chủ thể ngừng sản xuất"));

		assertThat(management.certificate(inTime.number()).orElseThrow().statusOn(LocalDate.of(2026, 3, 16), management.terms()))
			.isEqualTo(CertificateStatus.REVOKED);
		mvc.perform(get("/backoffice/certification/certificates/" + inTime.number()).with(authentication(PROVINCE)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Trong hạn thu hồi")))
			.andExpect(content().string(containsString("hạn thu hồi 16/03/2026")));
		mvc.perform(get("/backoffice/certification/certificates/" + late.number()).with(authentication(PROVINCE)))
			.andExpect(content().string(containsString("Quá hạn thu hồi")));
		assertThat(audit.forEntity("OcopCertificate", inTime.number(), AuditTrail.firstPage()).getContent())
			.extracting(entry -> entry.action()).contains("CREATED", "REVOKED");
	}

	@Test
	void remindersAreWrittenOnceWhenTheWindowOpensAndBeforeItClosesUnlessAReratingWasFiled() throws Exception {
		long product = fixtures.registerProduct("Cam sành", "061", null, "TP-01");
		Certificate certificate = fixtures.recognise(product, 3, RecognitionKind.FIRST_TIME, LocalDate.of(2019, 11, 3));
		long filedProduct = fixtures.registerProduct("Quýt ngọt", "061", null, "TP-01");
		Certificate filed = fixtures.recognise(filedProduct, 3, RecognitionKind.FIRST_TIME, LocalDate.of(2019, 11, 3));
		LocalDate expires = LocalDate.of(2022, 11, 2);
		management.recordReratingFiled(filed.id(), expires.minusDays(180));

		clock.set(expires.minusDays(181));
		reminders.run();
		assertThat(kinds(certificate)).isEmpty();
		clock.set(expires.minusDays(180));
		assertThat(reminders.run().locked()).isTrue();
		assertThat(kinds(certificate)).containsExactly("WINDOW_OPEN");
		reminders.run();
		assertThat(kinds(certificate)).containsExactly("WINDOW_OPEN");
		clock.set(expires.minusDays(120 + 15));
		reminders.run();
		assertThat(kinds(certificate)).containsExactly("WINDOW_OPEN");
		clock.set(expires.minusDays(120 + 14));
		reminders.run();
		assertThat(kinds(certificate)).containsExactlyInAnyOrder("WINDOW_OPEN", "WINDOW_CLOSING");
		assertThat(kinds(filed)).isEmpty();

		mvc.perform(get("/backoffice/certification/notifications").with(authentication(BA_BE)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(certificate.number())));
	}

	@Test
	void thePrintedCertificateHasCorrectVietnameseTextAndAQrCodeOfTheVerificationPage() throws Exception {
		long product = fixtures.registerProduct("Gạo nếp Khẩu Nua Lếch", "061", null, "TP-03");
		Certificate certificate = fixtures.recognise(product, 4, RecognitionKind.FIRST_TIME, LocalDate.of(2022, 12, 27));

		byte[] pdf = mvc.perform(get("/backoffice/certification/certificates/" + certificate.number() + "/certificate.pdf")
			.with(authentication(PROVINCE)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();

		try (PDDocument document = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(document);
			assertThat(text).contains("GIẤY CHỨNG NHẬN", "SẢN PHẨM OCOP ĐẠT 4 SAO", "Gạo nếp Khẩu Nua Lếch " + fixtures.token,
					"Có giá trị đến hết ngày: 26/12/2025", "Ngày cấp: 27/12/2022", "Chủ tịch UBND tỉnh Bắc Kạn");
			PDResources resources = document.getPage(0).getResources();
			BufferedImage qr = null;
			for (COSName name : resources.getXObjectNames()) {
				if (resources.getXObject(name) instanceof PDImageXObject image) {
					qr = image.getImage();
				}
			}
			assertThat(qr).isNotNull();
			int[] pixels = qr.getRGB(0, 0, qr.getWidth(), qr.getHeight(), null, 0, qr.getWidth());
			String decoded = new QRCodeReader()
				.decode(new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(qr.getWidth(), qr.getHeight(), pixels))))
				.getText();
			assertThat(decoded).isEqualTo("http://localhost:8080/xac-minh-chung-nhan/" + certificate.number());
		}
	}

	@Test
	void anOfficerRecordsADecisionThroughTheFormAndExportsItsAnnex() throws Exception {
		long product = fixtures.registerProduct("Hồng không hạt sấy dẻo", "061", null, "TP-07");
		String code = jdbc.sql("SELECT code FROM ocop_product WHERE id = :id").param("id", product).query(String.class).single();
		String number = "77/" + fixtures.token + "/QĐ-UBND";

		mvc.perform(post("/backoffice/certification/decisions/new").with(authentication(PROVINCE)).with(csrf())
			.param("number", number).param("signedOn", "27/12/2022").param("level", "PROVINCE")
			.param("issuer", "Chủ tịch UBND tỉnh Bắc Kạn")
			.param("rows", code + "; 3; lần đầu; 62,5\nKHONG-CO; 3; lần đầu"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Dòng 2, Sản phẩm: không có sản phẩm đã đăng ký mã KHONG-CO.")));
		assertThat(jdbc.sql("SELECT count(*) FROM certification_decision WHERE number = :n").param("n", number)
			.query(Integer.class).single()).isZero();

		String location = mvc.perform(post("/backoffice/certification/decisions/new").with(authentication(PROVINCE)).with(csrf())
			.param("number", number).param("signedOn", "27/12/2022").param("level", "PROVINCE")
			.param("issuer", "Chủ tịch UBND tỉnh Bắc Kạn").param("rows", code + "; 3; lần đầu; 62,5"))
			.andExpect(status().is3xxRedirection())
			.andReturn().getResponse().getRedirectedUrl();

		byte[] xlsx = mvc.perform(get(location + "/annex.xlsx").with(authentication(PROVINCE)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			var row = workbook.getSheetAt(0).getRow(1);
			assertThat(row.getCell(1).getStringCellValue()).isEqualTo(code);
			assertThat(row.getCell(2).getStringCellValue()).isEqualTo("Hồng không hạt sấy dẻo " + fixtures.token);
			assertThat(row.getCell(5).getStringCellValue()).isEqualTo("Lần đầu");
			assertThat(row.getCell(6).getNumericCellValue()).isEqualTo(62.5);
			assertThat(row.getCell(9).getStringCellValue()).isEqualTo("26/12/2025");
		}
		byte[] pdf = mvc.perform(get(location + "/annex.pdf").with(authentication(PROVINCE)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertThat(new PDFTextStripper().getText(document)).contains("DANH SÁCH SẢN PHẨM OCOP ĐƯỢC CÔNG NHẬN", number, code);
		}
	}

	@Test
	void theApiRecordsADecisionAndRefusesAStarTheLevelMayNotRecognise() throws Exception {
		long product = fixtures.registerProduct("Trà hoa vàng", "061", null, "TP-12");
		String code = jdbc.sql("SELECT code FROM ocop_product WHERE id = :id").param("id", product).query(String.class).single();
		String body = """
				{"number": "%s", "signedOn": "2026-01-05", "level": "PROVINCE", "issuer": "Chủ tịch UBND tỉnh Bắc Kạn",
				 "rows": [{"productCode": "%s", "star": %d, "kind": "FIRST_TIME", "score": 91.5}]}
				""";
		mvc.perform(post("/api/v1/certification/decisions").with(authentication(PROVINCE)).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content(body.formatted("A-" + fixtures.token, code, 5)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("cấp này không công nhận hạng 5 sao")));
		mvc.perform(post("/api/v1/certification/decisions").with(authentication(OTHER_PROVINCE)).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content(body.formatted("B-" + fixtures.token, code, 4)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("ngoài phạm vi quản lý")));
		mvc.perform(post("/api/v1/certification/decisions").with(authentication(BA_BE)).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content(body.formatted("C-" + fixtures.token, code, 4)))
			.andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/certification/decisions").with(authentication(PROVINCE)).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content(body.formatted("D-" + fixtures.token, code, 4)))
			.andExpect(status().isCreated());
		String number = management.currentCertificateOf(product).orElseThrow().number();
		mvc.perform(get("/api/v1/certification/certificates/" + number).with(authentication(BA_BE)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("\"status\":\"ACTIVE\"")));
		mvc.perform(get("/api/v1/certification/certificates/" + number).with(authentication(OTHER_PROVINCE)))
			.andExpect(status().isForbidden());
	}

	@Test
	void everyBackOfficePageChecksRoleAndScope() throws Exception {
		long product = fixtures.registerProduct("Khăn thổ cẩm", "061", null, "TC-02");
		Certificate certificate = fixtures.recognise(product, 3, RecognitionKind.FIRST_TIME, LocalDate.of(2024, 1, 10));
		String page = "/backoffice/certification/certificates/" + certificate.number();
		List<String> pages = List.of("/backoffice/certification", "/backoffice/certification/certificates",
				"/backoffice/certification/notifications", page, page + "/certificate.pdf",
				"/backoffice/certification/decisions/" + certificate.decisionId(),
				"/backoffice/certification/decisions/" + certificate.decisionId() + "/annex.xlsx");
		for (String path : pages) {
			mvc.perform(get(path).with(authentication(PROVINCE))).andExpect(status().isOk());
			mvc.perform(get(path).with(authentication(BA_BE))).andExpect(status().isOk());
			mvc.perform(get(path).with(authentication(EDITOR))).andExpect(status().isForbidden());
			mvc.perform(get(path)).andExpect(status().is3xxRedirection());
		}
		mvc.perform(get(page).with(authentication(OTHER_PROVINCE))).andExpect(status().isForbidden());
		mvc.perform(get(page + "/certificate.pdf").with(authentication(Officials.localOfficer("Cán bộ Ngân Sơn", "062"))))
			.andExpect(status().isForbidden());
		mvc.perform(get("/backoffice/certification/decisions/new").with(authentication(BA_BE))).andExpect(status().isForbidden());
		mvc.perform(post(page + "/revoke").with(authentication(BA_BE)).with(csrf())).andExpect(status().isForbidden());
		mvc.perform(post(page + "/revoke").with(authentication(OTHER_PROVINCE)).with(csrf())).andExpect(status().isForbidden());
		mvc.perform(post(page + "/rerating").with(authentication(OTHER_PROVINCE)).with(csrf()).param("filedOn", "01/01/2026"))
			.andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/certification/certificates/" + certificate.number() + "/re-rating")
			.with(authentication(OTHER_PROVINCE)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"filedOn\": \"2026-07-20\"}"))
			.andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/certification/certificates/" + certificate.number() + "/revocation")
			.with(authentication(BA_BE)).with(csrf()).contentType(MediaType.APPLICATION_JSON).content("{}"))
			.andExpect(status().isForbidden());
		mvc.perform(get("/backoffice/certification/certificates").with(authentication(OTHER_PROVINCE)))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString(certificate.number()))));
	}

	private List<String> kinds(Certificate certificate) {
		return jdbc.sql("SELECT kind FROM certification_notification WHERE certificate_id = :id ORDER BY id")
			.param("id", certificate.id())
			.query(String.class)
			.list();
	}

}
