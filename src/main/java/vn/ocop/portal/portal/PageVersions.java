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

/**
 * The page version of {@code portal_page_version}, as this node last read it. Published content
 * moves it in the database (the news through a trigger on {@code news_public_state}, in the same
 * transaction); a background thread of each node reads it every
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

	/** Moves the version on (for changes that do not go through a table with a trigger). */
	void bump() {
		jdbc.sql("UPDATE portal_page_version SET version = version + 1, changed_at = now() WHERE id = 1").update();
	}

}
