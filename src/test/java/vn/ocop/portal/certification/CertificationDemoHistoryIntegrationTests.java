package vn.ocop.portal.certification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The demo's certification history of province 06 is consistent with its evaluation rounds of 2022
 * (Decision 1048): the round 1 decision of 26/08/2022 renews 41 certificates of 2019 and upgrades
 * three 3★ ones to 4★, replacing them; the renewal that was not recognised leaves its 2019
 * certificate to expire; round 2's decision of 27/12/2022 recognises 53 products for the first time,
 * 5 at 4★; every decided application of the rounds carries its decision; and on the demo's reference
 * date (29/11/2026) the certificates still show every status.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@AutoConfigureRestTestClient
class CertificationDemoHistoryIntegrationTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	CertificationManagement management;

	@Autowired
	CertificationStatistics statistics;

	@Test
	void theRoundsOf2022RenewUpgradeAndRecogniseThroughTheirDecisions() {
		assertThat(count("SELECT count(*) FROM certification_certificate c JOIN certification_decision d ON d.id = c.decision_id"
				+ " WHERE d.number = '2450/QĐ-UBND' AND c.kind = 'RE_RATING'")).isEqualTo(41);
		// the three upgrades replaced 3★ certificates of 2019 by 4★ ones on the decision's date
		assertThat(count("SELECT count(*) FROM certification_certificate c JOIN certification_decision d ON d.id = c.decision_id"
				+ " JOIN certification_certificate old ON old.superseded_by = c.id"
				+ " WHERE d.number = '2450/QĐ-UBND' AND c.kind = 'UPGRADE' AND c.star = 4 AND old.star = 3"
				+ " AND old.issued_on = DATE '2019-08-27' AND old.superseded_on = DATE '2022-08-26'")).isEqualTo(3);
		// every renewal replaced a 2019 certificate that expired in 2022
		assertThat(count("SELECT count(*) FROM certification_certificate c JOIN certification_decision d ON d.id = c.decision_id"
				+ " JOIN certification_certificate old ON old.superseded_by = c.id"
				+ " WHERE d.number = '2450/QĐ-UBND' AND c.kind = 'RE_RATING' AND old.expires_on BETWEEN DATE '2022-01-01' AND DATE '2022-12-31'"))
			.isEqualTo(41);
		assertThat(count("SELECT count(*) FROM certification_certificate c JOIN certification_decision d ON d.id = c.decision_id"
				+ " WHERE d.number = '3128/QĐ-UBND' AND c.kind = 'FIRST_TIME'")).isEqualTo(53);
		assertThat(count("SELECT count(*) FROM certification_certificate c JOIN certification_decision d ON d.id = c.decision_id"
				+ " WHERE d.number = '3128/QĐ-UBND' AND c.star = 4")).isEqualTo(5);
		// the renewal not recognised: its product's last certificate is the 2019 one, expired on 26/08/2022
		assertThat(count("SELECT count(*) FROM ocop_application a JOIN ocop_round r ON r.id = a.round_id"
				+ " JOIN certification_certificate c ON c.product_id = a.product_id"
				+ " WHERE r.year = 2022 AND r.number = 1 AND r.instrument_code = '1048/2019' AND a.state = 'NOT_RECOGNISED'"
				+ " AND c.superseded_by IS NULL AND c.expires_on = DATE '2022-08-26'")).isEqualTo(1);
		// each recognised application of 2022 has its certificate from the decision it names
		assertThat(count("SELECT count(*) FROM ocop_application a JOIN ocop_round r ON r.id = a.round_id"
				+ " WHERE r.level = 'PROVINCE' AND r.unit_code = '06' AND r.year = 2022 AND r.instrument_code = '1048/2019'")).isEqualTo(104);
		assertThat(count("SELECT count(*) FROM ocop_application a JOIN ocop_round r ON r.id = a.round_id"
				+ " JOIN certification_decision d ON d.number = a.decision_number AND d.signed_on = a.decision_date"
				+ " JOIN certification_certificate c ON c.decision_id = d.id AND c.product_id = a.product_id AND c.star = a.star"
				+ " WHERE r.unit_code = '06' AND r.year = 2022 AND a.state = 'DECIDED'")).isEqualTo(97);
	}

	@Test
	void onTheDemosReferenceDateTheCertificatesShowEveryStatus() {
		LocalDate reference = LocalDate.of(2026, 11, 29);
		List<String> numbers = jdbc.sql("SELECT c.number FROM certification_certificate c JOIN certification_decision d"
				+ " ON d.id = c.decision_id WHERE d.issuer = :issuer").param("issuer", CertificationDemoData.ISSUER)
			.query(String.class).list();
		Set<CertificateStatus> statuses = EnumSet.noneOf(CertificateStatus.class);
		for (String number : numbers) {
			statuses.add(management.certificate(number).orElseThrow().statusOn(reference, management.terms()));
		}
		assertThat(statuses).contains(CertificateStatus.ACTIVE, CertificateStatus.RERATING_WINDOW, CertificateStatus.EXPIRING,
				CertificateStatus.EXPIRED, CertificateStatus.REVOKED, CertificateStatus.SUPERSEDED);
	}

	@Test
	void theStatisticsFaceCountsTheProductsHoldingAValidCertificateByStarAndByGroup() {
		LocalDate end2022 = LocalDate.of(2022, 12, 31);
		long expected = count("SELECT count(DISTINCT c.product_id) FROM certification_certificate c WHERE '06' = ANY (c.area_codes)"
				+ " AND c.issued_on <= DATE '2022-12-31' AND (c.superseded_on IS NULL OR c.superseded_on > DATE '2022-12-31')"
				+ " AND (c.revoked_on IS NULL OR c.revoked_on > DATE '2022-12-31') AND c.expires_on >= DATE '2022-12-31'");
		int byStar = statistics.validByStar(List.of("06"), end2022).get("06").values().stream().mapToInt(Integer::intValue).sum();
		int byGroup = statistics.productsByGroup(List.of("06"), end2022).get("06").values().stream().mapToInt(Integer::intValue).sum();
		assertThat(byStar).isEqualTo(expected).isGreaterThanOrEqualTo(132);
		assertThat(byGroup).isEqualTo(expected);
		// the product not renewed in 2022 holds nothing valid at the year's end; on 25/08/2022 it still did
		assertThat(statistics.validByStar(List.of("06"), LocalDate.of(2022, 8, 25)).get("06").values().stream()
			.mapToInt(Integer::intValue).sum()).isGreaterThan(0);
		assertThat(statistics.validByStar(List.of("99"), end2022)).isEmpty();
	}

	private long count(String sql) {
		return jdbc.sql(sql).query(Long.class).single();
	}

}
