package vn.ocop.portal.identity;

import java.time.Clock;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Accounts for one test: unique names (the test database is shared), created straight in the repository. */
final class TestAccounts {

	static final String PASSWORD = "Kiem-thu-2026!";

	private final Users users;

	private final PasswordEncoder passwordEncoder;

	private final JdbcClient jdbc;

	TestAccounts(Users users, PasswordEncoder passwordEncoder, JdbcClient jdbc) {
		this.users = users;
		this.passwordEncoder = passwordEncoder;
		this.jdbc = jdbc;
	}

	static String uniqueName(String prefix) {
		return prefix + "." + UUID.randomUUID().toString().substring(0, 8);
	}

	/** A local officer of Ba Bể (unit 061) with {@link #PASSWORD}. */
	String localOfficerOfBaBe(String prefix) {
		return register(prefix, Role.LOCAL_OFFICER, DataScope.unit("061"));
	}

	String register(String prefix, Role role, DataScope scope) {
		String name = uniqueName(prefix);
		users.add(User.register(new Username(name), "Người kiểm thử " + name, name + "@example.org", role, scope,
				passwordEncoder.encode(PASSWORD), Clock.systemUTC()));
		return name;
	}

	User stored(String username) {
		return users.findByUsername(new Username(username)).orElseThrow();
	}

	boolean exists(String username) {
		return users.exists(new Username(username));
	}

	/** The audit entries written about this user, oldest first: action and after-values as JSON text. */
	java.util.List<AuditRow> auditOf(String username) {
		return jdbc.sql("""
				SELECT actor, action, CAST(before_value AS text) AS before_json, CAST(after_value AS text) AS after_json
				FROM audit_entry WHERE module = 'identity' AND entity_type = 'User' AND entity_id = :id ORDER BY id""")
			.param("id", username)
			.query((rs, row) -> new AuditRow(rs.getString("actor"), rs.getString("action"), rs.getString("before_json"),
					rs.getString("after_json")))
			.list();
	}

	record AuditRow(String actor, String action, String before, String after) {
	}

}
