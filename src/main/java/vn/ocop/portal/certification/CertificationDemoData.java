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

import vn.ocop.portal.ocop.ApplicationKind;
import vn.ocop.portal.ocop.OcopEvaluationHistory;
import vn.ocop.portal.ocop.OcopEvaluationHistory.PastResult;
import vn.ocop.portal.ocop.OcopEvaluationHistory.PastRound;
import vn.ocop.portal.ocop.OcopProducts;

/**
 * Demo certification history of province 06 (when {@code ocop.demo.enabled}), told through the
 * public faces: 80 demo products recognised in 2019–2021; in 2022 two provincial evaluation rounds
 * under Decision 1048 (recorded through {@link OcopEvaluationHistory} with their results, closed by
 * decisions of 26/08/2022 and 27/12/2022) that give the seed's figures: 104 applications decided —
 * 3 upgrades of 2019 products from 3★ to 4★, 42 renewals of the 2019 certificates expiring in 2022
 * (41 renewed, 1 not, whose certificate expired), 59 first-time evaluations (53 recognised, 5 of
 * them at 4★); then re-ratings in 2023–2025, one upgrade and one revocation in 2026, so that on the
 * demo's reference date (late 2026) most certificates are active, some are in their re-rating
 * window or expiring (a few with a re-rating filed), some have expired, one is revoked and the
 * replaced ones are superseded. Fixed dates; loaded once (the same decisions on every start).
 */
@Component
@Order(45)
@ConditionalOnBooleanProperty(name = "ocop.demo.enabled", matchIfMissing = true)
class CertificationDemoData implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(CertificationDemoData.class);

	static final String ISSUER = "Chủ tịch UBND tỉnh Bắc Kạn";

	static final String FIRST_DECISION = "1520/QĐ-UBND";

	static final String SECOND_2022_DECISION = "3128/QĐ-UBND";

	static final String INSTRUMENT_2022 = "1048/2019";

	/** Demo products used: 0–79 recognised in 2019–2021, 80–138 evaluated for the first time in 2022. */
	static final int PRODUCTS = 139;

	static final int FIRST_NEW = 80;

	/** The renewal of 2022 that was not recognised (its 2019 certificate expired on 26/08/2022). */
	static final int NOT_RENEWED = 44;

	private final CertificationManagement management;

	private final OcopProducts products;

	private final OcopEvaluationHistory history;

	private final JdbcClient jdbc;

	private final TransactionOperations transactions;

	CertificationDemoData(CertificationManagement management, OcopProducts products, OcopEvaluationHistory history,
			JdbcClient jdbc, TransactionOperations transactions) {
		this.management = management;
		this.products = products;
		this.history = history;
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
		List<Long> ids = products.registeredProductIds("06", PRODUCTS);
		if (ids.size() < PRODUCTS || history.hasRound("06", 2022, 1)) {
			return 0;
		}
		int count = 0;
		// 2019: products 0–2 at 3★ (upgraded in 2022), 3–44 renewed (or not) in 2022
		count += decide(FIRST_DECISION, LocalDate.of(2019, 8, 27), ids, 0, 45, RecognitionKind.FIRST_TIME, i -> true);
		count += decide("2315/QĐ-UBND", LocalDate.of(2020, 12, 28), ids, 45, 65, RecognitionKind.FIRST_TIME, i -> true);
		count += decide("1870/QĐ-UBND", LocalDate.of(2021, 10, 15), ids, 65, 80, RecognitionKind.FIRST_TIME, i -> true);
		count += round2022(ids);
		count += decide("2198/QĐ-UBND", LocalDate.of(2023, 12, 20), ids, 45, 65, RecognitionKind.RE_RATING, i -> true);
		count += decide("1402/QĐ-UBND", LocalDate.of(2024, 5, 10), ids, 65, 80, RecognitionKind.RE_RATING, i -> true);
		// product 24 is not re-rated in 2025: its certificate expired on 25/08/2025 (44 expired in 2022)
		count += decide("1650/QĐ-UBND", LocalDate.of(2025, 8, 20), ids, 0, 44, RecognitionKind.RE_RATING, i -> i != 24);
		count += decide("2745/QĐ-UBND", LocalDate.of(2025, 12, 22), ids, FIRST_NEW, PRODUCTS, RecognitionKind.RE_RATING,
				i -> !notRecognised(i));
		// five of the certificates expiring on 19/12/2026 had their re-rating filed in the window
		for (int i = 45; i < 50; i++) {
			management.currentCertificateOf(ids.get(i))
				.ifPresent(c -> management.recordReratingFiled(c.id(), LocalDate.of(2026, 7, 1)));
		}
		management.currentCertificateOf(ids.get(1))
			.ifPresent(c -> management.revoke(c.number(), new RevocationOrder("26-2026-8-1-c", LocalDate.of(2026, 2, 2),
					IssuerLevel.PROVINCE, "0320/QĐ-UBND", LocalDate.of(2026, 2, 10),
					"Kết luận thanh tra: nhãn hàng hóa ghi sai thành phần")));
		count += management.recognise(new DecisionOrder("0815/QĐ-UBND", LocalDate.of(2026, 3, 16), IssuerLevel.PROVINCE, ISSUER),
				List.of(new RecognitionRow(ids.get(65), 4, RecognitionKind.UPGRADE, new BigDecimal("72.50")))).certificates();
		return count;
	}

	/**
	 * The two provincial rounds of 2022 (Decision 1048): round 1 with the upgrades and renewals of
	 * the 2019 certificates, round 2 with the first-time evaluations; each round's results recorded
	 * in the evaluation, then recognised by its decision.
	 */
	private int round2022(List<Long> ids) {
		List<PastResult> first = new ArrayList<>();
		List<RecognitionRow> firstRows = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			BigDecimal score = BigDecimal.valueOf(71 + i);
			first.add(new PastResult(ids.get(i), ApplicationKind.UPGRADE, 4, score));
			firstRows.add(new RecognitionRow(ids.get(i), 4, RecognitionKind.UPGRADE, score));
		}
		for (int i = 3; i < 45; i++) {
			int star = star(i);
			BigDecimal score = score(i, star);
			boolean renewed = i != NOT_RENEWED;
			first.add(new PastResult(ids.get(i), ApplicationKind.RE_RATING, renewed ? star : null,
					renewed ? score : new BigDecimal("46.00")));
			if (renewed) {
				firstRows.add(new RecognitionRow(ids.get(i), star, RecognitionKind.RE_RATING, score));
			}
		}
		history.record(new PastRound("06", 2022, 1, INSTRUMENT_2022, LocalDate.of(2022, 8, 12), "2450/QĐ-UBND",
				LocalDate.of(2022, 8, 26)), first);
		int count = management.recognise(new DecisionOrder("2450/QĐ-UBND", LocalDate.of(2022, 8, 26), IssuerLevel.PROVINCE, ISSUER),
				firstRows).certificates();
		List<PastResult> second = new ArrayList<>();
		List<RecognitionRow> secondRows = new ArrayList<>();
		for (int i = FIRST_NEW; i < PRODUCTS; i++) {
			if (notRecognised(i)) {
				second.add(new PastResult(ids.get(i), ApplicationKind.FIRST_TIME, null, BigDecimal.valueOf(40 + i % 9)));
				continue;
			}
			int star = newStar(i);
			BigDecimal score = score(i, star);
			second.add(new PastResult(ids.get(i), ApplicationKind.FIRST_TIME, star, score));
			secondRows.add(new RecognitionRow(ids.get(i), star, RecognitionKind.FIRST_TIME, score));
		}
		history.record(new PastRound("06", 2022, 2, INSTRUMENT_2022, LocalDate.of(2022, 12, 9), SECOND_2022_DECISION,
				LocalDate.of(2022, 12, 27)), second);
		return count + management.recognise(new DecisionOrder(SECOND_2022_DECISION, LocalDate.of(2022, 12, 27), IssuerLevel.PROVINCE,
				ISSUER), secondRows).certificates();
	}

	/** The first-time products of round 2/2022 that were not recognised: 6 of 59. */
	static boolean notRecognised(int index) {
		int j = index - FIRST_NEW;
		return j % 10 == 9 || j == PRODUCTS - FIRST_NEW - 1;
	}

	/** The star of a product first recognised in 2022: 5 at 4★, the other 48 at 3★. */
	static int newStar(int index) {
		int j = index - FIRST_NEW;
		return j % 10 == 2 && j < 50 ? 4 : 3;
	}

	private static int star(int index) {
		return index % 5 == 2 && index >= 3 ? 4 : 3;
	}

	private static BigDecimal score(int index, int star) {
		return BigDecimal.valueOf(star == 4 ? 70 + index % 15 : 50 + index % 19);
	}

	private int decide(String number, LocalDate on, List<Long> ids, int from, int to, RecognitionKind kind, IntPredicate which) {
		List<RecognitionRow> rows = new ArrayList<>();
		for (int i = from; i < to; i++) {
			if (which.test(i)) {
				int star = i >= FIRST_NEW ? newStar(i) : i < 3 && kind == RecognitionKind.RE_RATING ? 4 : star(i);
				rows.add(new RecognitionRow(ids.get(i), star, kind, score(i, star)));
			}
		}
		return management.recognise(new DecisionOrder(number, on, IssuerLevel.PROVINCE, ISSUER), rows).certificates();
	}

}
