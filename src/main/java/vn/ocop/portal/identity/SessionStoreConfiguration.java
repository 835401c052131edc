package vn.ocop.portal.identity;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

/**
 * Sessions live in the database (Spring Session JDBC), and every request of a signed-in user
 * touches its session (last access, expiry). Two things keep that touch cheap:
 * <ul>
 * <li>It is written only when the stored last access is older than
 * {@code ocop.identity.session-touch-interval} (60 s), or when something else of the row changes
 * (a new session id at sign-in, the principal, the timeout). A signed-in user's clicks within a
 * minute write nothing, and requests of one session running at once no longer queue on its row's
 * lock (a touch waited 68 ms for another under load, docs/benchmarks.md, session 6). A session
 * may therefore end up to that interval before its timeout of inactivity.</li>
 * <li>A touch commits asynchronously: {@code set_config('synchronous_commit', 'off', true)} is
 * local to that transaction (the session's own), evaluated once as a one-time filter of the
 * update. A durable commit waits for the WAL to reach the disk: 20–30 ms per request on the shared
 * development machine. A crash can forget the last fraction of a second of session touches, which
 * at worst ends a session a little earlier; official data keep their durable commits.</li>
 * </ul>
 * The statement keeps the parameters of Spring Session's own, in its order (session id, last
 * access, timeout, expiry, principal, primary id), and compares them with the stored row.
 */
@Configuration(proxyBeanMethods = false)
class SessionStoreConfiguration {

	static final String UPDATE_SESSION_QUERY = """
			UPDATE %%TABLE_NAME%% s
			SET SESSION_ID = v.session_id, LAST_ACCESS_TIME = v.last_access_time, MAX_INACTIVE_INTERVAL = v.max_inactive_interval,
			    EXPIRY_TIME = v.expiry_time, PRINCIPAL_NAME = v.principal_name
			FROM (SELECT CAST(? AS CHAR(36)) AS session_id, CAST(? AS BIGINT) AS last_access_time, CAST(? AS INT) AS max_inactive_interval,
			             CAST(? AS BIGINT) AS expiry_time, CAST(? AS VARCHAR(100)) AS principal_name, CAST(? AS CHAR(36)) AS primary_id) v
			WHERE s.PRIMARY_ID = v.primary_id
			  AND (s.LAST_ACCESS_TIME <= v.last_access_time - %d OR s.SESSION_ID <> v.session_id
			       OR s.MAX_INACTIVE_INTERVAL <> v.max_inactive_interval OR s.PRINCIPAL_NAME IS DISTINCT FROM v.principal_name)
			  AND set_config('synchronous_commit', 'off', true) IS NOT NULL
			""";

	@Bean
	SessionRepositoryCustomizer<JdbcIndexedSessionRepository> sessionTouches(IdentityProperties properties) {
		String update = UPDATE_SESSION_QUERY.formatted(properties.sessionTouchInterval().toMillis());
		return repository -> repository.setUpdateSessionQuery(update);
	}

}
