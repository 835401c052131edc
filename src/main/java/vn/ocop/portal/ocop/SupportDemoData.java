package vn.ocop.portal.ocop;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionOperations;

import vn.ocop.portal.audit.AuditRecord;
import vn.ocop.portal.audit.Auditor;

/**
 * Demo support records on the demo OCOP products and subjects of province 06 (see
 * {@link OcopProductDemoData}), such that the 2022 figures of the seed come out of the records:
 * {@value #TRACEABILITY} products with process traceability, {@value #VALUE_CHAIN} made in value
 * chains, {@value #QUALITY_SCALE} with improved quality and scale, {@value #CONSOLIDATED} subjects of
 * the 2018–2020 phase consolidated (subjects with a product registered by 2020) and
 * {@value #NEW_SUBJECTS} new subjects supported (the others, latest first); plus a few records of 2021
 * and 2023. The products and subjects are taken in a fixed order, so every start gives the same
 * data. Runs once after the products' demo data (an advisory lock for several nodes), in one
 * transaction, audited as one record.
 */
@Component
@Order(50)
@ConditionalOnBooleanProperty(name = "ocop.demo.enabled", matchIfMissing = true)
class SupportDemoData implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(SupportDemoData.class);

	static final int TRACEABILITY = 11;

	static final int VALUE_CHAIN = 11;

	static final int QUALITY_SCALE = 10;

	static final int CONSOLIDATED = 25;

	static final int NEW_SUBJECTS = 28;

	private static final String[] PROGRAMMES = { "Chương trình OCOP tỉnh Bắc Kạn giai đoạn 2021–2025",
			"Chương trình mục tiêu quốc gia xây dựng nông thôn mới", "Dự án hỗ trợ phát triển sản xuất liên kết theo chuỗi giá trị" };

	private static final String[] FUNDS = { "Ngân sách tỉnh", "Ngân sách trung ương", "Vốn đối ứng của chủ thể" };

	private final SupportStore store;

	private final JdbcClient jdbc;

	private final TransactionOperations transactions;

	private final Auditor auditor;

	private final Clock clock;

	SupportDemoData(SupportStore store, JdbcClient jdbc, TransactionOperations transactions, Auditor auditor, Clock clock) {
		this.store = store;
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.auditor = auditor;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		Integer created = transactions.execute(status -> load());
		if (created != null && created > 0) {
			log.info("OCOP demo data: {} support records of province {}", created, OcopProductDemoData.PROVINCE);
		}
	}

	private record Demo(long subjectId, Long productId) {
	}

	private int load() {
		jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('ocop-portal.ocop.support.demo'))").query(Object.class).single();
		if (jdbc.sql("SELECT count(*) FROM ocop_support_record WHERE created_by = :system").param("system", Auditor.SYSTEM)
			.query(Long.class).single() > 0) {
			return 0;
		}
		List<Demo> products = jdbc.sql("SELECT p.subject_id, p.id FROM ocop_product p JOIN ocop_subject s ON s.id = p.subject_id"
				+ " WHERE p.created_by = :system AND p.status = 'REGISTERED' AND :province = ANY (s.area_codes)"
				+ " AND p.registered_on <= DATE '2022-12-31' ORDER BY p.code")
			.param("system", Auditor.SYSTEM)
			.param("province", OcopProductDemoData.PROVINCE)
			.query((rs, n) -> new Demo(rs.getLong(1), rs.getLong(2)))
			.list();
		// subjects with the year of their first product: by 2020 (the 2018–2020 phase) first, then the newest first
		List<long[]> subjects = jdbc.sql("SELECT s.id, EXTRACT(YEAR FROM min(p.registered_on))::int FROM ocop_subject s"
				+ " JOIN ocop_product p ON p.subject_id = s.id AND p.status = 'REGISTERED'"
				+ " WHERE s.created_by = :system AND :province = ANY (s.area_codes) GROUP BY s.id ORDER BY s.id")
			.param("system", Auditor.SYSTEM)
			.param("province", OcopProductDemoData.PROVINCE)
			.query((rs, n) -> new long[] { rs.getLong(1), rs.getInt(2) })
			.list();
		List<Long> phase = subjects.stream().filter(s -> s[1] <= 2020).map(s -> s[0]).toList();
		List<Long> later = new ArrayList<>(subjects.stream().filter(s -> s[1] > 2020).map(s -> s[0]).toList());
		later.addAll(phase.subList(Math.min(phase.size(), CONSOLIDATED + 4), phase.size()));
		if (products.size() < 3 * TRACEABILITY + 6 || phase.size() < CONSOLIDATED + 4 || later.size() < NEW_SUBJECTS + 5) {
			log.warn("OCOP support demo data skipped: too few demo products ({}) or subjects ({})", products.size(), subjects.size());
			return 0;
		}
		int records = 0;
		// 2022, the seed's figures: products 0, 3, 6 … traceable, 1, 4, 7 … in value chains, 2, 5, 8 … improved
		records += products(products, SupportKind.TRACEABILITY, 0, TRACEABILITY, 2022);
		records += products(products, SupportKind.VALUE_CHAIN, 1, VALUE_CHAIN, 2022);
		records += products(products, SupportKind.QUALITY_SCALE, 2, QUALITY_SCALE, 2022);
		records += subjects(phase.subList(0, CONSOLIDATED), SupportKind.CONSOLIDATION, 2022);
		records += subjects(later.subList(0, NEW_SUBJECTS), SupportKind.NEW_SUBJECT, 2022);
		// a few records of other years, so that 2022 is not the only year with figures
		records += products(products.subList(3 * TRACEABILITY, products.size()), SupportKind.TRACEABILITY, 0, 2, 2021);
		records += products(products.subList(3 * TRACEABILITY, products.size()), SupportKind.VALUE_CHAIN, 1, 1, 2023);
		records += subjects(phase.subList(CONSOLIDATED, CONSOLIDATED + 3), SupportKind.CONSOLIDATION, 2021);
		records += subjects(later.subList(NEW_SUBJECTS, NEW_SUBJECTS + 4), SupportKind.NEW_SUBJECT, 2023);
		auditor.record(AuditRecord.created(ProductRegistry.MODULE, "OcopSupportDemoData", OcopProductDemoData.PROVINCE,
				Map.of("records", records)));
		return records;
	}

	private int products(List<Demo> products, SupportKind kind, int first, int count, int year) {
		for (int i = 0; i < count; i++) {
			Demo demo = products.get(first + 3 * i);
			insert(kind, demo.subjectId(), demo.productId(), year, i);
		}
		return count;
	}

	private int subjects(List<Long> subjects, SupportKind kind, int year) {
		for (int i = 0; i < subjects.size(); i++) {
			insert(kind, subjects.get(i), null, year, i);
		}
		return subjects.size();
	}

	private void insert(SupportKind kind, long subjectId, Long productId, int year, int i) {
		SupportForm form = new SupportForm(kind, null, subjectId, year, LocalDate.of(year, 3 + i % 9, 1 + (i * 7) % 28),
				PROGRAMMES[i % PROGRAMMES.length], i % 4 == 3 ? null : FUNDS[i % FUNDS.length], null);
		store.insert(kind, subjectId, productId, form, Auditor.SYSTEM, clock.instant());
	}

}
