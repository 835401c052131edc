package vn.ocop.portal.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Signing in and out through the real login page over HTTP, against the real database. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Import(IdentityTestConfiguration.class)
class LoginIntegrationTests {

	private static final Locale VI = Locale.forLanguageTag("vi-VN");

	@LocalServerPort
	int port;

	@Autowired
	Users users;

	@Autowired
	PasswordEncoder passwordEncoder;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MessageSource messages;

	TestAccounts accounts;

	Browser browser;

	@BeforeEach
	void setUp() {
		accounts = new TestAccounts(users, passwordEncoder, jdbc);
		browser = new Browser(port);
	}

	static Iterable<String> demoAccounts() {
		return IdentityDemoData.ACCOUNTS.stream().map(IdentityDemoData.DemoAccount::username).toList();
	}

	@ParameterizedTest
	@MethodSource("demoAccounts")
	void everyDemoAccountLogsInWithTheDemoPasswordAndLandsInTheBackOffice(String username) {
		Browser.Page answer = browser.logIn(username, "Demo@2026!");

		assertThat(answer.status()).isEqualTo(302);
		assertThat(answer.location()).isEqualTo("/backoffice");
		// signed in: the account page opens instead of sending us to the login page
		Browser.Page account = browser.get("/account/password");
		assertThat(account.status()).isEqualTo(200);
		assertThat(account.html().select("input[name=currentPassword]")).hasSize(1);
	}

	@Test
	void usernamesAreMatchedRegardlessOfCase() {
		Browser.Page answer = browser.logIn("CanBo.BaBe", "Demo@2026!");

		assertThat(answer.location()).isEqualTo("/backoffice");
	}

	@Test
	void wrongPasswordShowsTheMessageAndCountsTheFailure() {
		String username = accounts.localOfficerOfBaBe("it.wrong");

		Browser.Page answer = browser.logIn(username, "not-the-password");

		assertThat(answer.location()).isEqualTo("/login?error");
		Browser.Page page = browser.follow(answer);
		assertThat(page.text("#login-message")).isEqualTo(message("identity.login.badCredentials"));
		assertThat(page.text("#login-message")).isEqualTo("Tên đăng nhập hoặc mật khẩu không đúng.");
		assertThat(accounts.stored(username).failedAttempts()).isEqualTo(1);
		assertThat(accounts.auditOf(username)).extracting(TestAccounts.AuditRow::action).contains("LOGIN_FAILED");
		assertThat(browser.get("/account/password").location()).isEqualTo("/login");
	}

	@Test
	void unknownUserGetsTheSameMessageAsAWrongPassword() {
		Browser.Page answer = browser.logIn("nobody.here", "whatever-password");

		assertThat(answer.location()).isEqualTo("/login?error");
	}

	@Test
	void overLongCredentialsAreRefusedLikeWrongOnes() {
		Browser.Page answer = browser.logIn("x".repeat(5000), "é".repeat(5000));

		assertThat(answer.status()).isEqualTo(302);
		assertThat(answer.location()).isEqualTo("/login?error");
	}

	@Test
	void fiveWrongPasswordsLockTheAccountEvenForTheRightPassword() {
		String username = accounts.localOfficerOfBaBe("it.lock");
		for (int attempt = 1; attempt <= 5; attempt++) {
			assertThat(browser.logIn(username, "wrong-" + attempt).location()).isEqualTo("/login?error");
		}

		Browser.Page answer = browser.logIn(username, TestAccounts.PASSWORD);

		assertThat(answer.location()).isEqualTo("/login?locked");
		assertThat(browser.follow(answer).text("#login-message"))
			.isEqualTo(messages.getMessage("identity.login.locked", new Object[] { 15L }, VI))
			.contains("15 phút");
		User stored = accounts.stored(username);
		assertThat(stored.failedAttempts()).isEqualTo(5);
		assertThat(stored.lockedUntil()).isNotNull();
		assertThat(accounts.auditOf(username)).extracting(TestAccounts.AuditRow::action)
			.containsSubsequence("LOGIN_FAILED", "LOGIN_FAILED", "LOGIN_FAILED", "LOGIN_FAILED", "LOGIN_FAILED", "LOCKED");
	}

	@Test
	void aSuccessfulLoginClearsEarlierFailures() {
		String username = accounts.localOfficerOfBaBe("it.clear");
		browser.logIn(username, "wrong-once");
		browser.logIn(username, "wrong-twice");

		assertThat(browser.logIn(username, TestAccounts.PASSWORD).location()).isEqualTo("/backoffice");

		assertThat(accounts.stored(username).failedAttempts()).isZero();
	}

	@Test
	void disabledAccountIsToldSo() {
		String username = accounts.localOfficerOfBaBe("it.disabled");
		User user = accounts.stored(username);
		user.disable(java.time.Clock.systemUTC());
		users.update(user);

		Browser.Page answer = browser.logIn(username, TestAccounts.PASSWORD);

		assertThat(answer.location()).isEqualTo("/login?disabled");
		assertThat(browser.follow(answer).text("#login-message")).isEqualTo(message("identity.login.disabled"));
	}

	@Test
	void logoutEndsTheSessionAndSaysSo() {
		browser.logIn("canbo.tinh", "Demo@2026!");
		Browser.Page account = browser.get("/account/password");

		Browser.Page answer = browser.post("/logout", Map.of("_csrf", account.csrfToken("/logout")));

		assertThat(answer.location()).isEqualTo("/login?logout");
		assertThat(browser.follow(answer).text("#login-message")).isEqualTo(message("identity.login.loggedOut"));
		assertThat(browser.get("/account/password").location()).isEqualTo("/login");
	}

	@Test
	void anEndedSessionSendsTheBackOfficeUserToTheLoginPageWithTheExpiredMessage() {
		String username = accounts.localOfficerOfBaBe("it.expired");
		browser.logIn(username, TestAccounts.PASSWORD);
		assertThat(browser.get("/account/password").status()).isEqualTo(200);
		jdbc.sql("DELETE FROM spring_session WHERE principal_name = :name").param("name", username).update();

		Browser.Page answer = browser.get("/account/password");

		assertThat(answer.location()).isEqualTo("/login?expired");
		assertThat(browser.follow(answer).text("#login-message")).isEqualTo(message("identity.login.expired"));
	}

	@Test
	@ExtendWith(OutputCaptureExtension.class)
	void loginWithoutOrWithAForgedCsrfTokenIsRefused(CapturedOutput log) {
		String username = accounts.localOfficerOfBaBe("it.csrf");
		// no session, no token: a cross-site form post
		Browser.Page noToken = browser.post("/login", Map.of("username", username, "password", TestAccounts.PASSWORD));
		assertThat(noToken.status()).isEqualTo(403);
		// a session (the login page was opened) but a forged token
		browser.get("/login");
		Browser.Page forged = browser.post("/login",
				Map.of("username", username, "password", TestAccounts.PASSWORD, "_csrf", "forged-token"));
		assertThat(forged.status()).isEqualTo(403);
		assertThat(forged.text("h1")).isEqualTo("Bạn không có quyền xem trang này");
		assertThat(forged.body()).doesNotContain("CsrfException", "at org.springframework");
		assertThat(log.getOut()).contains("Access denied (missing or invalid CSRF token) on POST /login");
		// the session is still anonymous
		assertThat(browser.get("/account/password").location()).isEqualTo("/login");
		assertThat(accounts.auditOf(username)).isEmpty();
	}

	@Test
	void anonymousVisitorsAreSentToTheLoginPage() {
		assertThat(browser.get("/admin/users").location()).isEqualTo("/login");
		assertThat(browser.get("/backoffice").location()).isEqualTo("/login");
		assertThat(browser.get("/account/password").location()).isEqualTo("/login");
	}

	@Test
	void afterLoginTheRequestedPageOpens() {
		browser.get("/admin/users");

		Browser.Page answer = browser.logIn("admin", "Demo@2026!");

		assertThat(answer.location()).startsWith("/admin/users");
	}

	@Test
	void theLoginPageIsInVietnameseAndInEnglish() {
		Browser.Page vietnamese = browser.get("/login");
		assertThat(vietnamese.status()).isEqualTo(200);
		assertThat(vietnamese.html().selectFirst("html").attr("lang")).isEqualTo("vi");
		assertThat(vietnamese.text("label[for=username]")).isEqualTo("Tên đăng nhập");

		Browser.Page english = browser.get("/login?lang=en&error");
		assertThat(english.html().selectFirst("html").attr("lang")).isEqualTo("en");
		assertThat(english.text("label[for=username]")).isEqualTo("Username");
		assertThat(english.text("#login-message")).isEqualTo("Wrong username or password.");
	}

	@Test
	void publicPagesCarryTheSecurityHeaders() {
		Browser.Page page = browser.get("/login");

		assertThat(page.header("Content-Security-Policy")).isEqualTo("default-src 'self'; img-src 'self' data:; "
				+ "style-src 'self'; script-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
				+ "frame-ancestors 'none'");
		assertThat(page.header("Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
		assertThat(page.header("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(page.header("X-Frame-Options")).isEqualTo("DENY");
		assertThat(page.header("Permissions-Policy")).contains("camera=()").contains("geolocation=()");
		// plain HTTP: no HSTS (Spring adds it on HTTPS only)
		assertThat(page.header("Strict-Transport-Security")).isNull();
	}

	@Test
	void healthAndInfoArePublicOtherActuatorEndpointsAreNot() {
		assertThat(browser.get("/actuator/health").status()).isEqualTo(200);
		assertThat(browser.get("/actuator/info").status()).isEqualTo(200);
		assertThat(browser.get("/actuator/env").location()).isEqualTo("/login");
	}

	@Test
	void stateChangingApiCallsNeedASignedInUser() {
		String token = browser.get("/login").csrfToken("/login");

		Browser.Page answer = browser.post("/api/v1/anything", Map.of("_csrf", token));

		assertThat(answer.status()).isEqualTo(401);
	}

	private String message(String key) {
		return messages.getMessage(key, null, VI);
	}

}
