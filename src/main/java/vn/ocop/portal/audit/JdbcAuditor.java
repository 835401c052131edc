package vn.ocop.portal.audit;

import java.time.Clock;
import java.time.OffsetDateTime;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import tools.jackson.databind.json.JsonMapper;

/** Writes audit rows into {@code audit_entry} in the caller's transaction. */
@Component
class JdbcAuditor implements Auditor {

	static final String SYSTEM = "system";

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
		jdbc.sql("""
				INSERT INTO audit_entry (occurred_at, actor, actor_ip, module, entity_type, entity_id, action, before_value, after_value)
				VALUES (:occurredAt, :actor, :ip, :module, :entityType, :entityId, :action, CAST(:before AS jsonb), CAST(:after AS jsonb))
				""")
			.param("occurredAt", OffsetDateTime.now(clock))
			.param("actor", currentActor())
			.param("ip", currentIp())
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

	private static String currentActor() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication == null || !authentication.isAuthenticated() ? SYSTEM : authentication.getName();
	}

	private static String currentIp() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			HttpServletRequest request = attributes.getRequest();
			return request.getRemoteAddr();
		}
		return null;
	}

}
