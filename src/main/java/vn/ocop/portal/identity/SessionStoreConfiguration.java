package vn.ocop.portal.identity;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

/**
 * Sessions live in the database (Spring Session JDBC), and every request of a signed-in user
 * updates its session row (last access, expiry) in a transaction of its own. A durable commit
 * waits for the WAL to reach the disk: 20–30 ms per request on the shared development machine,
 * more than the whole back-office list page needs (docs/benchmarks.md). The statement that
 * touches the session therefore commits asynchronously: {@code set_config('synchronous_commit',
 * 'off', true)} is local to that transaction (the session's own), evaluated once as a one-time
 * filter of the update. A crash can forget the last fraction of a second of session touches, which
 * at worst ends a session a little earlier; official data keep their durable commits.
 */
@Configuration(proxyBeanMethods = false)
class SessionStoreConfiguration {

	static final String UPDATE_SESSION_QUERY = """
			UPDATE %TABLE_NAME%
			SET SESSION_ID = ?, LAST_ACCESS_TIME = ?, MAX_INACTIVE_INTERVAL = ?, EXPIRY_TIME = ?, PRINCIPAL_NAME = ?
			WHERE PRIMARY_ID = ? AND set_config('synchronous_commit', 'off', true) IS NOT NULL
			""";

	@Bean
	SessionRepositoryCustomizer<JdbcIndexedSessionRepository> asynchronousSessionTouches() {
		return repository -> repository.setUpdateSessionQuery(UPDATE_SESSION_QUERY);
	}

}
