package vn.ocop.portal.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/** A signed-in user changes their password on the real page, over HTTP. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Import(IdentityTestConfiguration.class)
class PasswordChangeIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	Users users;

	@Autowired
	PasswordEncoder passwordEncoder;

	@Autowired
	JdbcClient jdbc;

	TestAccounts accounts;

	String username;

	Browser browser;

	@BeforeEach
	void setUp() {
		accounts = new TestAccounts(users, passwordEncoder, jdbc);
		username = accounts.localOfficerOfBaBe("it.password");
		browser = new Browser(port);
		assertThat(browser.logIn(username, TestAccounts.PASSWORD).location()).isEqualTo("/backoffice");
	}

	@Test
	void changedPasswordWorksAndTheOldOneStopsWorking() {
		Browser otherDevice = new Browser(port);
		otherDevice.logIn(username, TestAccounts.PASSWORD);

		Browser.Page answer = change(TestAccounts.PASSWORD, "Mật-khẩu-mới-2026", "Mật-khẩu-mới-2026");

		assertThat(answer.location()).isEqualTo("/account/password");
		assertThat(browser.follow(answer).text(".notice--success")).startsWith("Đã đổi mật khẩu.");
		assertThat(new Browser(port).logIn(username, TestAccounts.PASSWORD).location()).isEqualTo("/login?error");
		assertThat(new Browser(port).logIn(username, "Mật-khẩu-mới-2026").location()).isEqualTo("/backoffice");
		// this session stays signed in, the other device's session has ended
		assertThat(browser.get("/account/password").status()).isEqualTo(200);
		assertThat(otherDevice.get("/account/password").location()).isEqualTo("/login?expired");
		TestAccounts.AuditRow audit = accounts.auditOf(username)
			.stream()
			.filter(row -> row.action().equals("PASSWORD_CHANGED"))
			.findFirst()
			.orElseThrow();
		assertThat(audit.after()).contains("passwordChangedAt").doesNotContain("bcrypt");
	}

	@Test
	void tooShortPasswordIsRefusedWithTheRule() {
		Browser.Page answer = change(TestAccounts.PASSWORD, "ngan", "ngan");

		assertThat(answer.status()).isEqualTo(200);
		assertThat(answer.text("#newPassword-error")).isEqualTo("Mật khẩu mới: cần ít nhất 10 ký tự.");
		assertThat(passwordEncoder.matches(TestAccounts.PASSWORD, accounts.stored(username).passwordHash())).isTrue();
	}

	@Test
	void passwordEqualToTheUsernameOrTheCurrentOneIsRefused() {
		assertThat(change(TestAccounts.PASSWORD, username.toUpperCase(), username.toUpperCase()).text("#newPassword-error"))
			.isEqualTo("Mật khẩu mới: không được trùng với tên đăng nhập.");
		assertThat(change(TestAccounts.PASSWORD, TestAccounts.PASSWORD, TestAccounts.PASSWORD).text("#newPassword-error"))
			.isEqualTo("Mật khẩu mới: phải khác mật khẩu hiện tại.");
	}

	@Test
	void passwordLongerThan72BytesIsRefused() {
		String long73 = "ă".repeat(37);

		assertThat(change(TestAccounts.PASSWORD, long73, long73).text("#newPassword-error"))
			.startsWith("Mật khẩu mới: dài quá 72 byte");
	}

	@Test
	void confirmationMustMatch() {
		Browser.Page answer = change(TestAccounts.PASSWORD, "Mat-khau-moi-2026", "Mat-khau-moi-2027");

		assertThat(answer.text("#confirmPassword-error")).isEqualTo("Nhập lại mật khẩu mới: không khớp với mật khẩu mới.");
	}

	@Test
	void wrongCurrentPasswordIsRefusedAndCountsAsAFailedLogin() {
		Browser.Page answer = change("not-my-password", "Mat-khau-moi-2026", "Mat-khau-moi-2026");

		assertThat(answer.status()).isEqualTo(200);
		assertThat(answer.text("#currentPassword-error")).isEqualTo("Mật khẩu hiện tại: không đúng.");
		assertThat(accounts.stored(username).failedAttempts()).isEqualTo(1);
		assertThat(passwordEncoder.matches(TestAccounts.PASSWORD, accounts.stored(username).passwordHash())).isTrue();
	}

	@Test
	void guessingTheCurrentPasswordLocksTheAccountAndLogsOut() {
		for (int attempt = 1; attempt < 5; attempt++) {
			assertThat(change("guess-" + attempt, "Mat-khau-moi-2026", "Mat-khau-moi-2026").status()).isEqualTo(200);
		}

		Browser.Page answer = change("guess-5", "Mat-khau-moi-2026", "Mat-khau-moi-2026");

		assertThat(answer.location()).isEqualTo("/login?locked");
		assertThat(browser.get("/account/password").location()).startsWith("/login");
		assertThat(new Browser(port).logIn(username, TestAccounts.PASSWORD).location()).isEqualTo("/login?locked");
	}

	@Test
	void overLongInputGetsMessagesNotAServerError() {
		String huge = "x".repeat(10_000);

		Browser.Page answer = change(huge, huge, huge);

		assertThat(answer.status()).isEqualTo(200);
		assertThat(answer.text("#currentPassword-error")).isEqualTo("Mật khẩu hiện tại: tối đa 200 ký tự.");
		assertThat(answer.text("#newPassword-error")).isEqualTo("Mật khẩu mới: tối đa 200 ký tự.");
	}

	private Browser.Page change(String current, String newPassword, String confirmation) {
		return browser.submit("/account/password", "/account/password",
				Map.of("currentPassword", current, "newPassword", newPassword, "confirmPassword", confirmation));
	}

}
