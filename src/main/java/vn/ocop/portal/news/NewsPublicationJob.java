package vn.ocop.portal.news;

import java.time.Clock;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Publishes scheduled articles when their time comes and takes down those whose end has come.
 * Every node runs it; a PostgreSQL advisory lock taken for the transaction lets one node at a time
 * do the work (the others skip that round), and nothing about it is kept in memory.
 */
@Component
class NewsPublicationJob {

	/** The lock's key: {@code hashtext('ocop-portal.news.publication')} in SQL. */
	static final String LOCK = "ocop-portal.news.publication";

	private static final Logger log = LoggerFactory.getLogger(NewsPublicationJob.class);

	private final Newsroom newsroom;

	private final JdbcClient jdbc;

	private final TransactionOperations transactions;

	private final Clock clock;

	NewsPublicationJob(Newsroom newsroom, JdbcClient jdbc, TransactionOperations transactions, Clock clock) {
		this.newsroom = newsroom;
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${ocop.news.publication-interval:1m}", initialDelayString = "${ocop.news.publication-interval:1m}")
	void run() {
		runAt(clock.instant());
	}

	/**
	 * One round as of {@code now}: empty when another node holds the lock.
	 *
	 * @return the number of articles published or taken down, or -1 when the round was skipped
	 */
	int runAt(Instant now) {
		Integer changed = transactions.execute(status -> {
			boolean locked = jdbc.sql("SELECT pg_try_advisory_xact_lock(hashtext(:lock))").param("lock", LOCK)
				.query(Boolean.class)
				.single();
			return locked ? newsroom.applySchedule(now) : -1;
		});
		if (changed != null && changed > 0) {
			log.info("Newsroom schedule: {} article(s) published or taken down", changed);
		}
		return changed == null ? -1 : changed;
	}

}
