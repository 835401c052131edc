package vn.ocop.portal.support;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;

/**
 * Signed-in sessions for tests over real HTTP or in a real browser, without going through a login
 * page: the security context is stored in Spring Session's repository (the database) exactly as a
 * login would store it, and the returned value is what the session cookie carries.
 *
 * <pre>{@code
 * @Autowired SessionRepository<? extends Session> sessions;
 * String cookie = SignedInSessions.store(sessions, SignedInSessions.withAuthority("bientap", "ROLE_EDITOR"));
 * request.header("Cookie", "OCOPSESSION=" + cookie);
 * }</pre>
 *
 * The principal must be serializable (sessions are kept in the database).
 */
public final class SignedInSessions {

	private SignedInSessions() {
	}

	/** A plain authenticated user name with one authority. */
	public static Authentication withAuthority(String username, String authority) {
		return UsernamePasswordAuthenticationToken.authenticated(username, null, List.of(new SimpleGrantedAuthority(authority)));
	}

	/** Stores a session holding the authentication; returns the session cookie's value. */
	public static <S extends Session> String store(SessionRepository<S> repository, Authentication authentication) {
		S session = repository.createSession();
		session.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY,
				new SecurityContextImpl(authentication));
		repository.save(session);
		// Spring Session's cookie serializer writes the id in Base64.
		return Base64.getEncoder().encodeToString(session.getId().getBytes(StandardCharsets.UTF_8));
	}

}
