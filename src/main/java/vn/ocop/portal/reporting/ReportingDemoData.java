package vn.ocop.portal.reporting;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Map;

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
 * The demo plans of province 06 (with {@code ocop.demo.enabled}): the 2022 plan's targets of the
 * seed — 395 cooperative groups, against which the 656 operating at the end of 2022 are 166,1% —
 * and plausible other targets for 2021 and 2022, some by district. Loaded once (advisory lock;
 * skipped when the province's 2022 target for cooperative groups exists), audited as one record.
 */
@Component
@Order(40)
@ConditionalOnBooleanProperty(name = "ocop.demo.enabled", matchIfMissing = true)
class ReportingDemoData implements ApplicationRunner {

	static final String PROVINCE = "06";

	/** The seed's 2022 plan for cooperative groups of province 06 (shared/spec/seed-figures.md). */
	static final int THT_TARGET_2022 = 395;

	record Target(String indicator, String unit, int year, int target) {
	}

	static final List<Target> TARGETS = List.of(
			new Target("THT_ACTIVE", PROVINCE, 2022, THT_TARGET_2022),
			new Target("THT_MEMBERS", PROVINCE, 2022, 5_000),
			new Target("HTX_ACTIVE", PROVINCE, 2022, 340),
			new Target("HTX_MEMBERS", PROVINCE, 2022, 3_500),
			new Target("HTX_NEW", PROVINCE, 2022, 40),
			new Target("LHHTX_ACTIVE", PROVINCE, 2022, 2),
			new Target("THT_ACTIVE", PROVINCE, 2021, 350),
			new Target("HTX_ACTIVE", PROVINCE, 2021, 300),
			new Target("HTX_NEW", PROVINCE, 2021, 35),
			new Target("THT_ACTIVE", "061", 2022, 60),
			new Target("HTX_ACTIVE", "061", 2022, 40),
			new Target("THT_ACTIVE", "062", 2022, 45),
			new Target("HTX_ACTIVE", "062", 2022, 35));

	private final JdbcClient jdbc;

	private final PlanTargets targets;

	private final TransactionOperations transactions;

	private final Auditor auditor;

	private final Clock clock;

	ReportingDemoData(JdbcClient jdbc, PlanTargets targets, TransactionOperations transactions, Auditor auditor, Clock clock) {
		this.jdbc = jdbc;
		this.targets = targets;
		this.transactions = transactions;
		this.auditor = auditor;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		transactions.executeWithoutResult(status -> {
			jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('ocop-portal.reporting.demo'))").query(Object.class).single();
			if (targets.find("THT_ACTIVE", PROVINCE, 2022).isPresent()) {
				return;
			}
			for (Target target : TARGETS) {
				targets.upsert(new PlanTarget(target.indicator(), target.unit(), target.year(), BigDecimal.valueOf(target.target()),
						"Kế hoạch phát triển kinh tế tập thể năm " + target.year() + " (dữ liệu minh hoạ)", clock.instant(),
						Auditor.SYSTEM));
			}
			auditor.record(AuditRecord.created(PlanManagement.MODULE, "ReportingDemoData", PROVINCE,
					Map.of("planTargets", TARGETS.size())));
		});
	}

}
