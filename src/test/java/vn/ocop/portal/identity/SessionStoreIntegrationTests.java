package vn.ocop.portal.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;

import vn.ocop.portal.support.SignedInSessions;

/**
 * The session row a request touches (SessionStoreConfiguration: the touch commits
 * asynchronously, at most once per interval): a signed-in request still moves the session's last
 * access and expiry forward in the database, so the session stays alive, unless the stored ones
 * are more recent than the interval (60 s), over real HTTP.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class SessionStoreIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	SessionRepository<? extends Session> sessions;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aSignedInRequestMovesTheSessionsLastAccessAndExpiryForward() throws Exception {
		Instant tenMinutesAgo = Instant.now().minus(Duration.ofMinutes(10));
		String id = storeSession(sessions, tenMinutesAgo);
		long expiryBefore = expiry(id);

		HttpResponse<String> response = backOffice(id);

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(lastAccess(id)).isGreaterThan(tenMinutesAgo.plus(Duration.ofMinutes(9)).toEpochMilli());
		assertThat(expiry(id)).isGreaterThan(expiryBefore);
	}

	@Test
	void aSessionTouchedWithinTheIntervalIsNotWrittenAgain() throws Exception {
		Instant tenSecondsAgo = Instant.now().minus(Duration.ofSeconds(10));
		String id = storeSession(sessions, tenSecondsAgo);
		long expiryBefore = expiry(id);

		for (int i = 0; i < 3; i++) {
			HttpResponse<String> response = backOffice(id);
			assertThat(response.statusCode()).isEqualTo(200);
			assertThat(response.body()).contains("bientap-");   // still signed in: the user box names the account
		}

		assertThat(lastAccess(id)).isEqualTo(tenSecondsAgo.toEpochMilli());
		assertThat(expiry(id)).isEqualTo(expiryBefore);
	}

	/** A signed-in session last used at {@code lastAccess}, stored as a login stores it; returns its id. */
	private static <S extends Session> String storeSession(SessionRepository<S> repository, Instant lastAccess) {
		S session = repository.createSession();
		session.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY,
				new SecurityContextImpl(SignedInSessions.withAuthority("bientap-" + System.nanoTime(), "ROLE_EDITOR")));
		session.setLastAccessedTime(lastAccess);
		repository.save(session);
		return session.getId();
	}

	/** The back office's start page, asked with the session's cookie. */
	private HttpResponse<String> backOffice(String sessionId) throws Exception {
		String cookie = Base64.getEncoder().encodeToString(sessionId.getBytes(StandardCharsets.UTF_8));
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/backoffice"))
				.header("Cookie", "OCOPSESSION=" + cookie)
				.build(), HttpResponse.BodyHandlers.ofString());
	}

	private long lastAccess(String id) {
		return jdbc.sql("SELECT last_access_time FROM spring_session WHERE session_id = :id").param("id", id).query(Long.class).single();
	}

	private long expiry(String id) {
		return jdbc.sql("SELECT expiry_time FROM spring_session WHERE session_id = :id").param("id", id).query(Long.class).single();
	}

}
