package vn.ocop.portal.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The demo accounts exist once, with the role and scope the README documents, however often the application starts. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Import(IdentityTestConfiguration.class)
class IdentityDemoDataIntegrationTests {

	@Autowired
	IdentityDemoData demoData;

	@Autowired
	Users users;

	@Autowired
	JdbcClient jdbc;

	@Test
	void demoAccountsHaveTheirRoleAndScope() {
		for (IdentityDemoData.DemoAccount account : IdentityDemoData.ACCOUNTS) {
			User user = users.findByUsername(new Username(account.username())).orElseThrow();
			assertThat(user.role()).as(account.username()).isEqualTo(account.role());
			assertThat(user.scope()).as(account.username()).isEqualTo(account.scope());
		}
		assertThat(IdentityDemoData.ACCOUNTS).extracting(IdentityDemoData.DemoAccount::role)
			.containsAll(java.util.List.of(Role.values()));
	}

	@Test
	void runningAgainCreatesNothing() {
		long before = createdEntries();

		demoData.run(new DefaultApplicationArguments());

		assertThat(createdEntries()).isEqualTo(before);
		assertThat(jdbc.sql("SELECT count(*) FROM identity_user WHERE username = 'admin'").query(Long.class).single())
			.isEqualTo(1);
	}

	private long createdEntries() {
		return jdbc.sql("SELECT count(*) FROM audit_entry WHERE module = 'identity' AND action = 'CREATED'")
			.query(Long.class)
			.single();
	}

}
