package vn.ocop.portal.audit;

import java.time.Clock;
import java.time.OffsetDateTime;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes one row into {@code audit_entry} per record, with one INSERT, in the caller's transaction.
 * Publishes nothing and reads nothing back.
 */
@Component
class JdbcAuditor implements Auditor {

	static final int ACTOR_LENGTH = 100;

	static final int IP_LENGTH = 64;

	static final int USER_AGENT_LENGTH = 255;

	private static final AuthenticationTrustResolver TRUST = new AuthenticationTrustResolverImpl();

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final Clock clock;

	JdbcAuditor(JdbcClient jdbc, JsonMapper json, Clock clock) {
		this.jdbc = jdbc;
		this.json = json;
		this.clock = clock;
	}

	@Override
	@Transactional(propagation = Propagation.REQUIRED)
	public void record(AuditRecord record) {
		HttpServletRequest request = currentRequest();
		jdbc.sql("""
				INSERT INTO audit_entry (occurred_at, actor, actor_ip, user_agent, module, entity_type, entity_id, action, before_value, after_value)
				VALUES (:occurredAt, :actor, :ip, :userAgent, :module, :entityType, :entityId, :action, CAST(:before AS jsonb), CAST(:after AS jsonb))
				""")
			.param("occurredAt", OffsetDateTime.now(clock))
			.param("actor", truncate(actor(request), ACTOR_LENGTH))
			.param("ip", request == null ? null : truncate(request.getRemoteAddr(), IP_LENGTH))
			.param("userAgent", request == null ? null : truncate(request.getHeader(HttpHeaders.USER_AGENT), USER_AGENT_LENGTH))
			.param("module", record.module())
			.param("entityType", record.entityType())
			.param("entityId", record.entityId())
			.param("action", record.action())
			.param("before", toJson(record.before()))
			.param("after", toJson(record.after()))
			.update();
	}

	private String toJson(Object value) {
		return value == null ? null : json.writeValueAsString(value);
	}

	/** The signed-in user; {@code anonymous} in a request without one; {@code system} outside requests. */
	private static String actor(HttpServletRequest request) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (TRUST.isAuthenticated(authentication) && authentication.getName() != null && !authentication.getName().isBlank()) {
			return authentication.getName();
		}
		return request == null ? SYSTEM : ANONYMOUS;
	}

	/**
	 * The request being served on this thread. With {@code server.forward-headers-strategy=framework}
	 * its remote address is already the client's address from the trusted proxy headers.
	 */
	private static HttpServletRequest currentRequest() {
		return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
				? attributes.getRequest() : null;
	}

	/** Cuts to at most {@code maxLength} characters without splitting a surrogate pair. */
	static String truncate(String value, int maxLength) {
		if (value == null || value.length() <= maxLength) {
			return value;
		}
		int end = Character.isHighSurrogate(value.charAt(maxLength - 1)) ? maxLength - 1 : maxLength;
		return value.substring(0, end);
	}

}
