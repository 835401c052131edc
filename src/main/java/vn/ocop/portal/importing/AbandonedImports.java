package vn.ocop.portal.importing;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.ocop.portal.audit.AuditRecord;
import vn.ocop.portal.audit.Auditor;

/**
 * Jobs a crashed node left queued or running never finish: when a node starts (and whenever a
 * new import is submitted), jobs whose progress has not moved for
 * {@code ocop.importing.abandoned-after} are marked failed. A PostgreSQL advisory lock keeps
 * several nodes starting together from sweeping at once; no state is shared in memory.
 */
@Component
class AbandonedImports implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(AbandonedImports.class);

	private final ImportJobs jobs;

	private final Auditor auditor;

	private final ImportingProperties properties;

	private final Clock clock;

	private final TransactionTemplate transaction;

	AbandonedImports(ImportJobs jobs, Auditor auditor, ImportingProperties properties, Clock clock,
			PlatformTransactionManager transactions) {
		this.jobs = jobs;
		this.auditor = auditor;
		this.properties = properties;
		this.clock = clock;
		this.transaction = new TransactionTemplate(transactions);
	}

	@Override
	public void run(ApplicationArguments args) {
		sweep();
	}

	/** Marks abandoned jobs failed, in one transaction holding the sweep's advisory lock; their number. */
	int sweep() {
		Integer swept = transaction.execute(status -> {
			List<ImportJobId> failed = jobs.failAbandoned(clock.instant().minus(properties.abandonedAfter()));
			for (ImportJobId id : failed) {
				log.warn("Import {} was abandoned by its node; marked failed", id);
				auditor.record(new AuditRecord(ImportEngine.MODULE, ImportEngine.ENTITY, id.toString(), "IMPORT_ABANDONED", null,
						Map.of("status", ImportStatus.FAILED.name(), "failure", "importing.failure.abandoned")));
			}
			return failed.size();
		});
		return swept == null ? 0 : swept;
	}

}
