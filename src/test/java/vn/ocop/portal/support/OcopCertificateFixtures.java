package vn.ocop.portal.support;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.jdbc.core.simple.JdbcClient;

import vn.ocop.portal.certification.Certificate;
import vn.ocop.portal.certification.CertificationManagement;
import vn.ocop.portal.certification.Decision;
import vn.ocop.portal.certification.DecisionOrder;
import vn.ocop.portal.certification.IssuerLevel;
import vn.ocop.portal.certification.RecognitionKind;
import vn.ocop.portal.certification.RecognitionRow;
import vn.ocop.portal.shared.web.SearchText;

/**
 * OCOP products and certificates for tests, in the domain's words: {@code registerProduct("Mật ong
 * bạc hà", "061", null)} records a registered product of a demo subject of that district (straight
 * in the database, as the ocop module would), {@code recognise(...)} certifies it through the
 * certification module's public face. Names carry a token unique to the run, so tests can search.
 */
public final class OcopCertificateFixtures {

	private static final AtomicInteger SEQUENCE = new AtomicInteger((int) (System.nanoTime() % 500));

	public final String token = "T" + Long.toString(System.nanoTime() % 1_000_000_000L, 36);

	private final JdbcClient jdbc;

	private final CertificationManagement management;

	public OcopCertificateFixtures(JdbcClient jdbc, CertificationManagement management) {
		this.jdbc = jdbc;
		this.management = management;
	}

	/** A registered product of a demo subject in the unit (district or province code), named with the token. */
	public long registerProduct(String name, String unitCode, String gtin, String productSet) {
		long subject = jdbc.sql("SELECT id FROM ocop_subject WHERE :unit = ANY (area_codes) ORDER BY id LIMIT 1")
			.param("unit", unitCode)
			.query(Long.class)
			.single();
		return insertProduct(subject, name, unitCode, gtin, productSet);
	}

	/** A registered product of the subject of a registry organisation (e.g. {@code HTX-DEMO-0001}, Đồng Tâm in Ba Bể 061). */
	public long registerProductOf(String organisationId, String name, String gtin, String productSet) {
		long subject = jdbc.sql("SELECT id FROM ocop_subject WHERE organisation_id = :organisation")
			.param("organisation", organisationId)
			.query(Long.class)
			.single();
		return insertProduct(subject, name, "061", gtin, productSet);
	}

	private long insertProduct(long subject, String name, String unitCode, String gtin, String productSet) {
		String fullName = name + " " + token;
		String code = "06-" + (unitCode.length() == 3 ? unitCode : "061") + "-" + (900 + SEQUENCE.incrementAndGet() % 99) + "-"
				+ (2000 + SEQUENCE.get() % 26) + token.substring(1, 4);
		return jdbc.sql("""
				INSERT INTO ocop_product (code, subject_id, instrument_code, product_set_code, name, description, story,
				    packaging, gtin, status, registered_on, search_text, created_at, created_by, updated_at, updated_by)
				VALUES (:code, :subject, '148/2023', :set, :name, :description, '<p>Câu chuyện của sản phẩm</p>', 'Hộp 200 g',
				    :gtin, 'REGISTERED', DATE '2020-01-15', :search, :now, 'test', :now, 'test') RETURNING id
				""")
			.param("code", code.length() > 40 ? code.substring(0, 40) : code)
			.param("subject", subject)
			.param("set", productSet)
			.param("name", fullName)
			.param("description", "Mô tả " + fullName)
			.param("gtin", gtin)
			.param("search", SearchText.fold(fullName + " " + code))
			.param("now", OffsetDateTime.now())
			.query(Long.class)
			.single();
	}

	public Certificate recognise(long productId, int star, RecognitionKind kind, LocalDate signedOn) {
		Decision decision = management.recognise(new DecisionOrder("QĐ-" + token + "-" + SEQUENCE.incrementAndGet(), signedOn,
				star == 5 ? IssuerLevel.CENTRAL : IssuerLevel.PROVINCE, "Chủ tịch UBND tỉnh Bắc Kạn"),
				List.of(new RecognitionRow(productId, star, kind, BigDecimal.valueOf(55 + star * 5))));
		return management.currentCertificateOf(productId).filter(c -> c.decisionId() == decision.id()).orElseThrow();
	}

	/** A GTIN-13 with a correct check digit, from twelve digits. */
	public static String gtin13(String twelveDigits) {
		int sum = 0;
		for (int i = 0; i < 12; i++) {
			int digit = twelveDigits.charAt(i) - '0';
			sum += (i % 2 == 0) ? digit : digit * 3;
		}
		return twelveDigits + (10 - sum % 10) % 10;
	}

}
