package vn.ocop.portal.portal;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The page version of {@code portal_page_version}, as this node last read it. Published content
 * moves it in the database, in the same transaction (the news and petition answers through
 * triggers, V43; the directory, the catalogue and the statistics through the modules' events,
 * {@link PublishedChanges}); a background thread of each node reads it every
 * {@code ocop.page-cache.refresh-interval} with one primary-key look-up, so requests never query it.
 * When it moves, the node's cached pages are dropped. With a zero interval (tests) it is read on
 * every call of {@link #current()} instead.
 */
@Component
class PageVersions implements InitializingBean, DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(PageVersions.class);

	private final JdbcClient jdbc;

	private final PageCacheProperties properties;

	private final PageCache cache;

	private volatile long current = -1;

	private ScheduledExecutorService refresher;

	PageVersions(JdbcClient jdbc, PageCacheProperties properties, PageCache cache) {
		this.jdbc = jdbc;
		this.properties = properties;
		this.cache = cache;
	}

	@Override
	public void afterPropertiesSet() {
		long interval = properties.refreshInterval().toMillis();
		if (!properties.enabled() || interval <= 0) {
			return;
		}
		refresher = Executors.newSingleThreadScheduledExecutor(task -> {
			Thread thread = new Thread(task, "page-version-refresher");
			thread.setDaemon(true);
			return thread;
		});
		refresher.scheduleWithFixedDelay(this::refresh, 0, interval, TimeUnit.MILLISECONDS);
	}

	@Override
	public void destroy() {
		if (refresher != null) {
			refresher.shutdownNow();
		}
	}

	/** The version cached pages must carry to be served; -1 while unknown (nothing is served). */
	long current() {
		return properties.refreshInterval().isZero() || properties.refreshInterval().isNegative() ? refresh() : current;
	}

	/** Reads the version now; drops the cached pages when it moved. */
	long refresh() {
		try {
			long read = jdbc.sql("SELECT version FROM portal_page_version WHERE id = 1").query(Long.class).single();
			if (read != current) {
				current = read;
				cache.clear();
			}
			return read;
		}
		catch (RuntimeException failure) {
			// the database is unreachable: serve nothing from the cache rather than pages that may be stale
			log.warn("Page version could not be read; the page cache is bypassed until it can", failure);
			current = -1;
			cache.clear();
			return -1;
		}
	}

	/** Moves the version on now, in the current transaction if there is one. */
	void bump() {
		jdbc.sql("UPDATE portal_page_version SET version = version + 1, changed_at = now() WHERE id = 1").update();
	}

	/**
	 * Moves the version on just before the current transaction commits, once however often it is
	 * called in that transaction (a transaction of its own, REQUIRES_NEW, bumps on its own commit);
	 * at once without a transaction. The row is locked only from that moment to the commit, so
	 * concurrent changes wait for each other only while committing, and a rolled-back change moves
	 * nothing.
	 */
	void bumpBeforeCommit() {
		if (!TransactionSynchronizationManager.isSynchronizationActive()
				|| !TransactionSynchronizationManager.isActualTransactionActive()) {
			bump();
			return;
		}
		for (TransactionSynchronization registered : TransactionSynchronizationManager.getSynchronizations()) {
			if (registered instanceof BumpBeforeCommit) {
				return;
			}
		}
		TransactionSynchronizationManager.registerSynchronization(new BumpBeforeCommit());
	}

	/** The version's move, registered once on a transaction. */
	private final class BumpBeforeCommit implements TransactionSynchronization {

		@Override
		public void beforeCommit(boolean readOnly) {
			bump();
		}

	}

}
