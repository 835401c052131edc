package vn.ocop.portal.audit;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The auditor against the real PostgreSQL database: what a row holds, transactions, immutability. */
@SpringBootTest
class AuditorIntegrationTests {

	@Autowired
	Auditor auditor;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	@AfterEach
	void leaveNoRequestOrUser() {
		RequestContextHolder.resetRequestAttributes();
		SecurityContextHolder.clearContext();
	}

	@Test
	void recordsTheSignedInUserTheirAddressUserAgentAndBothValues() {
		String id = uniqueId();
		signIn("officer.nguyen");
		MockHttpServletRequest request = requestFrom("203.0.113.7");
		request.addHeader("User-Agent", "Mozilla/5.0 " + "x".repeat(400));
		RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));

		auditor.record(AuditRecord.updated("registry", "Cooperative", id,
				Map.of("name", "HTX Ba Bể", "members", 12), Map.of("name", "HTX Nông nghiệp Ba Bể", "members", 12)));

		Map<String, Object> row = jdbc.sql("""
				SELECT actor, actor_ip, user_agent, module, entity_type, action,
				       before_value->>'name' AS before_name, after_value->>'name' AS after_name,
				       (after_value->>'members')::int AS members
				FROM audit_entry WHERE entity_id = :id""").param("id", id).query().singleRow();
		assertThat(row).containsEntry("actor", "officer.nguyen")
			.containsEntry("actor_ip", "203.0.113.7")
			.containsEntry("module", "registry")
			.containsEntry("entity_type", "Cooperative")
			.containsEntry("action", "UPDATED")
			.containsEntry("before_name", "HTX Ba Bể")
			.containsEntry("after_name", "HTX Nông nghiệp Ba Bể")
			.containsEntry("members", 12);
		assertThat((String) row.get("user_agent")).startsWith("Mozilla/5.0 xxx").hasSize(JdbcAuditor.USER_AGENT_LENGTH);
	}

	@Test
	void recordsAnonymousForARequestWithoutSignedInUser() {
		String id = uniqueId();
		SecurityContextHolder.getContext().setAuthentication(new AnonymousAuthenticationToken("key", "anonymousUser",
				AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
		RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(requestFrom("198.51.100.20")));

		auditor.record(AuditRecord.created("petitions", "Petition", id, Map.of("subject", "Đường liên xã")));

		assertThat(column("actor", id)).isEqualTo(Auditor.ANONYMOUS);
		assertThat(column("actor_ip", id)).isEqualTo("198.51.100.20");
	}

	@Test
	void recordsSystemOutsideAnyRequest() {
		String id = uniqueId();
		RequestContextHolder.resetRequestAttributes(); // the test framework binds a mock request to each test

		auditor.record(AuditRecord.created("units", "AdministrativeUnitSet", id, Map.of("effectiveFrom", "2025-07-01")));

		assertThat(column("actor", id)).isEqualTo(Auditor.SYSTEM);
		assertThat(column("actor_ip", id)).isNull();
		assertThat(column("before_value", id)).isNull();
	}

	@Test
	void joinsTheCallersTransactionSoARolledBackChangeLeavesNoAuditRow() {
		String rolledBack = uniqueId();
		String committed = uniqueId();

		transactions.executeWithoutResult(status -> {
			auditor.record(AuditRecord.created("registry", "Cooperative", rolledBack, Map.of("name", "HTX Chợ Đồn")));
			assertThat(count(rolledBack)).as("visible inside the transaction").isEqualTo(1);
			status.setRollbackOnly();
		});
		transactions.executeWithoutResult(status ->
				auditor.record(AuditRecord.created("registry", "Cooperative", committed, Map.of("name", "HTX Chợ Mới"))));

		assertThat(count(rolledBack)).isZero();
		assertThat(count(committed)).isEqualTo(1);
	}

	@Test
	void refusesToUpdateAnAuditRowAndLeavesItUnchanged() {
		String id = uniqueId();
		auditor.record(AuditRecord.created("registry", "Cooperative", id, Map.of("name", "HTX Na Rì")));
		Map<String, Object> original = row(id);

		assertThatThrownBy(() -> jdbc.sql("UPDATE audit_entry SET actor = 'mallory', after_value = NULL WHERE entity_id = :id")
			.param("id", id)
			.update()).isInstanceOf(DataAccessException.class)
			.hasMessageContaining("audit_entry is append-only: UPDATE is not allowed");

		assertThat(row(id)).isEqualTo(original);
	}

	@Test
	void refusesToDeleteAnAuditRowAndLeavesItUnchanged() {
		String id = uniqueId();
		auditor.record(AuditRecord.created("registry", "Cooperative", id, Map.of("name", "HTX Pác Nặm")));
		Map<String, Object> original = row(id);

		assertThatThrownBy(() -> jdbc.sql("DELETE FROM audit_entry WHERE entity_id = :id").param("id", id).update())
			.isInstanceOf(DataAccessException.class)
			.hasMessageContaining("audit_entry is append-only: DELETE is not allowed");

		assertThat(row(id)).isEqualTo(original);
	}

	@Test
	void refusesToTruncateTheAuditLog() {
		String id = uniqueId();
		auditor.record(AuditRecord.created("registry", "Cooperative", id, Map.of("name", "HTX Ngân Sơn")));

		// Rolled back whatever happens, so a missing trigger could not wipe the shared test database.
		assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
			status.setRollbackOnly();
			jdbc.sql("TRUNCATE audit_entry").update();
		})).isInstanceOf(DataAccessException.class).hasMessageContaining("audit_entry is append-only: TRUNCATE is not allowed");

		assertThat(count(id)).isEqualTo(1);
	}

	private static void signIn(String username) {
		SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(username,
				null, AuthorityUtils.createAuthorityList("ROLE_PROVINCIAL_OFFICER")));
	}

	private static MockHttpServletRequest requestFrom(String address) {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/backoffice/something");
		request.setRemoteAddr(address);
		return request;
	}

	private Map<String, Object> row(String entityId) {
		List<Map<String, Object>> rows = jdbc.sql("SELECT *, before_value::text AS b, after_value::text AS a FROM audit_entry WHERE entity_id = :id")
			.param("id", entityId)
			.query()
			.listOfRows();
		assertThat(rows).hasSize(1);
		return rows.get(0);
	}

	private Object column(String column, String entityId) {
		return row(entityId).get(column);
	}

	private long count(String entityId) {
		return jdbc.sql("SELECT count(*) FROM audit_entry WHERE entity_id = :id").param("id", entityId).query(Long.class).single();
	}

	private static String uniqueId() {
		return "AUD-" + UUID.randomUUID();
	}

}
