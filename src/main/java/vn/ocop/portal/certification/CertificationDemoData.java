package vn.ocop.portal.certification;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionOperations;

import vn.ocop.portal.ocop.OcopProducts;

/**
 * Demo certification history of province 06 (when {@code ocop.demo.enabled}): 60 demo products
 * recognised in 2019–2021, re-rated in 2022–2025, one upgraded and one revoked in 2026, so that on
 * the demo's reference date (late 2026) most are active, some are in their re-rating window or
 * expiring (a few with a re-rating filed), one has expired and one is revoked. Fixed dates; loaded
 * once (the same decisions on every start).
 */
@Component
@Order(45)
@ConditionalOnBooleanProperty(name = "ocop.demo.enabled", matchIfMissing = true)
class CertificationDemoData implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(CertificationDemoData.class);

	static final String ISSUER = "Chủ tịch UBND tỉnh Bắc Kạn";

	static final String FIRST_DECISION = "1520/QĐ-UBND";

	private final CertificationManagement management;

	private final OcopProducts products;

	private final JdbcClient jdbc;

	private final TransactionOperations transactions;

	CertificationDemoData(CertificationManagement management, OcopProducts products, JdbcClient jdbc,
			TransactionOperations transactions) {
		this.management = management;
		this.products = products;
		this.jdbc = jdbc;
		this.transactions = transactions;
	}

	@Override
	public void run(ApplicationArguments args) {
		Integer created = transactions.execute(status -> load());
		if (created != null && created > 0) {
			log.info("Certification demo data: {} certificates of province 06", created);
		}
	}

	private int load() {
		jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('ocop-portal.certification.demo'))").query(Object.class).single();
		if (jdbc.sql("SELECT count(*) FROM certification_decision WHERE number = :n").param("n", FIRST_DECISION)
			.query(Integer.class).single() > 0) {
			return 0;
		}
		List<Long> ids = products.registeredProductIds("06", 60);
		if (ids.size() < 60) {
			return 0;
		}
		int count = 0;
		count += decide(FIRST_DECISION, LocalDate.of(2019, 8, 27), ids, 0, 25, RecognitionKind.FIRST_TIME, i -> true);
		count += decide("2315/QĐ-UBND", LocalDate.of(2020, 12, 28), ids, 25, 45, RecognitionKind.FIRST_TIME, i -> true);
		count += decide("1870/QĐ-UBND", LocalDate.of(2021, 10, 15), ids, 45, 60, RecognitionKind.FIRST_TIME, i -> true);
		count += decide("2450/QĐ-UBND", LocalDate.of(2022, 8, 26), ids, 0, 25, RecognitionKind.RE_RATING, i -> true);
		count += decide("2198/QĐ-UBND", LocalDate.of(2023, 12, 20), ids, 25, 45, RecognitionKind.RE_RATING, i -> true);
		count += decide("1402/QĐ-UBND", LocalDate.of(2024, 5, 10), ids, 45, 60, RecognitionKind.RE_RATING, i -> true);
		// product 24 is not re-rated in 2025: its certificate expired on 25/08/2025
		count += decide("1650/QĐ-UBND", LocalDate.of(2025, 8, 20), ids, 0, 24, RecognitionKind.RE_RATING, i -> true);
		// five of the certificates expiring on 19/12/2026 had their re-rating filed in the window
		for (int i = 25; i < 30; i++) {
			management.currentCertificateOf(ids.get(i))
				.ifPresent(c -> management.recordReratingFiled(c.id(), LocalDate.of(2026, 7, 1)));
		}
		management.currentCertificateOf(ids.get(1))
			.ifPresent(c -> management.revoke(c.number(), new RevocationOrder("26-2026-8-1-c", LocalDate.of(2026, 2, 2),
					IssuerLevel.PROVINCE, "0320/QĐ-UBND", LocalDate.of(2026, 2, 10),
					"Kết luận thanh tra: nhãn hàng hóa ghi sai thành phần")));
		count += management.recognise(new DecisionOrder("0815/QĐ-UBND", LocalDate.of(2026, 3, 16), IssuerLevel.PROVINCE, ISSUER),
				List.of(new RecognitionRow(ids.get(0), 4, RecognitionKind.UPGRADE, new BigDecimal("72.50")))).certificates();
		return count;
	}

	private int decide(String number, LocalDate on, List<Long> ids, int from, int to, RecognitionKind kind, IntPredicate which) {
		List<RecognitionRow> rows = new ArrayList<>();
		for (int i = from; i < to; i++) {
			if (which.test(i)) {
				int star = i % 5 == 2 ? 4 : 3;
				rows.add(new RecognitionRow(ids.get(i), star, kind, BigDecimal.valueOf(star == 4 ? 70 + i % 15 : 50 + i % 19)));
			}
		}
		return management.recognise(new DecisionOrder(number, on, IssuerLevel.PROVINCE, ISSUER), rows).certificates();
	}

}
