package vn.ocop.portal.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The provincial administrator manages users through the real pages, over HTTP, against the real database. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Import(IdentityTestConfiguration.class)
class UserAdministrationIntegrationTests {

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

	Browser admin;

	@BeforeEach
	void setUp() {
		accounts = new TestAccounts(users, passwordEncoder, jdbc);
		admin = new Browser(port);
		assertThat(admin.logIn("admin", "Demo@2026!").location()).isEqualTo("/backoffice");
	}

	@ParameterizedTest
	@ValueSource(strings = { "canbo.tinh", "canbo.babe", "hoidong", "htx.dongtam", "so.nnptnt", "bientap", "duyettin" })
	void onlyTheAdministratorOpensUserAdministration(String username) {
		Browser other = new Browser(port);
		other.logIn(username, "Demo@2026!");

		assertThat(other.get("/admin/users").status()).isEqualTo(403);
		assertThat(other.get("/admin/users/new").status()).isEqualTo(403);
		assertThat(other.get("/admin/users/admin").status()).isEqualTo(403);
		// and cannot post either, even with a valid CSRF token of their own session
		String token = other.get("/account/password").csrfToken("/logout");
		assertThat(other.post("/admin/users/canbo.babe/disable", Map.of("_csrf", token)).status()).isEqualTo(403);
		assertThat(accounts.stored("canbo.babe").enabled()).isTrue();
	}

	@Test
	void theListShowsUsersSortedByUsernameAndFiltersByRoleAndText() {
		Browser.Page all = admin.get("/admin/users");
		assertThat(all.status()).isEqualTo(200);
		List<String> usernames = all.html().select("tbody tr").eachAttr("data-username");
		assertThat(usernames).hasSizeLessThanOrEqualTo(UserAdministration.PAGE_SIZE).isSorted();

		Browser.Page councils = admin.get("/admin/users?role=COUNCIL_MEMBER");
		assertThat(councils.html().select("tbody tr").eachAttr("data-username")).contains("hoidong")
			.doesNotContain("admin", "canbo.babe");

		// "ngan son" without diacritics finds "Cán bộ huyện Ngân Sơn"
		Browser.Page search = admin.get("/admin/users?q=ngan+son");
		assertThat(search.html().select("tbody tr").eachAttr("data-username")).contains("canbo.nganson")
			.doesNotContain("canbo.babe");
	}

	@Test
	void theListIsPaginatedBy25() {
		for (int i = 0; i < 26; i++) {
			accounts.register("it.page", Role.EDITOR, DataScope.province("06"));
		}

		Browser.Page first = admin.get("/admin/users?q=it.page");
		assertThat(first.html().select("tbody tr")).hasSize(25);
		assertThat(first.html().select("a[rel=next]")).hasSize(1);
		Browser.Page second = admin.get(first.html().selectFirst("a[rel=next]").attr("href"));
		assertThat(second.html().select("tbody tr")).isNotEmpty();
		assertThat(second.html().select("a[rel=prev]")).hasSize(1);
	}

	@Test
	void administratorCreatesAUserWhichIsAuditedWithoutThePasswordHash() {
		String username = TestAccounts.uniqueName("it.created");

		Browser.Page answer = createUser(username, "Nguyễn Thị Hoa", "LOCAL_OFFICER", "UNIT", "062", "Mat-khau-moi-2026");

		assertThat(answer.location()).isEqualTo("/admin/users/" + username);
		Browser.Page details = admin.follow(answer);
		assertThat(details.text("h1")).isEqualTo("Nguyễn Thị Hoa");
		assertThat(details.text(".notice--success")).isEqualTo(messages.getMessage("identity.user.created", null, VI));
		User stored = accounts.stored(username);
		assertThat(stored.role()).isEqualTo(Role.LOCAL_OFFICER);
		assertThat(stored.scope()).isEqualTo(DataScope.unit("062"));
		assertThat(passwordEncoder.matches("Mat-khau-moi-2026", stored.passwordHash())).isTrue();
		List<TestAccounts.AuditRow> audit = accounts.auditOf(username);
		assertThat(audit).hasSize(1);
		assertThat(audit.get(0).action()).isEqualTo("CREATED");
		assertThat(audit.get(0).actor()).isEqualTo("admin");
		assertThat(audit.get(0).after()).contains("\"scopeReference\": \"062\"").contains("LOCAL_OFFICER");
		assertThat(audit.get(0).after()).doesNotContain(stored.passwordHash()).doesNotContainIgnoringCase("password\"");
		// the new user can log in
		assertThat(new Browser(port).logIn(username.toUpperCase(Locale.ROOT), "Mat-khau-moi-2026").location())
			.isEqualTo("/backoffice");
	}

	@Test
	void overLongDisplayNameIsRefusedWithAMessageAndNothingIsWritten() {
		String username = TestAccounts.uniqueName("it.long");

		Browser.Page answer = createUser(username, "Â".repeat(5000), "EDITOR", "PROVINCE", "06", "Mat-khau-moi-2026");

		assertThat(answer.status()).isEqualTo(200);
		assertThat(answer.text("#displayName-error")).isEqualTo("Họ và tên: tối đa 100 ký tự.");
		assertThat(answer.html().selectFirst("#displayName").attr("aria-invalid")).isEqualTo("true");
		assertThat(accounts.exists(username)).isFalse();
		assertThat(accounts.auditOf(username)).isEmpty();
	}

	@Test
	void validationMessagesAreInEnglishWhenTheUserChoseEnglish() {
		admin.get("/admin/users?lang=en");
		String username = TestAccounts.uniqueName("it.english");

		Browser.Page answer = createUser(username, "A".repeat(101), "LOCAL_OFFICER", "UNIT", "12", "Mat-khau-moi-2026");

		assertThat(answer.html().selectFirst("html").attr("lang")).isEqualTo("en");
		assertThat(answer.text("#displayName-error")).isEqualTo("Full name: at most 100 characters.");
		assertThat(answer.text("#scopeReference-error"))
			.isEqualTo("Scope code: a district code has 3 digits, a commune code 5 digits.");
		assertThat(accounts.exists(username)).isFalse();
	}

	@Test
	void everyOverLongFieldGetsItsOwnMessageNeverAServerError() {
		String longText = "x".repeat(3000);
		Map<String, String> form = new LinkedHashMap<>();
		form.put("username", longText);
		form.put("displayName", longText);
		form.put("email", longText);
		form.put("role", longText);
		form.put("scopeKind", longText);
		form.put("scopeReference", longText);
		form.put("initialPassword", longText);

		Browser.Page answer = admin.submit("/admin/users/new", "/admin/users/new", form);

		assertThat(answer.status()).isEqualTo(200);
		for (String field : form.keySet()) {
			assertThat(answer.text("#" + field + "-error")).as(field).isNotBlank();
		}
		assertThat(answer.text("#username-error")).isEqualTo("Tên đăng nhập: tối đa 50 ký tự.");
		// the password is never sent back to the browser
		assertThat(answer.html().selectFirst("#initialPassword").attr("value")).isEmpty();
	}

	@Test
	void unknownUnitIsRefused() {
		String username = TestAccounts.uniqueName("it.unknown");

		Browser.Page answer = createUser(username, "Cán bộ không có đơn vị", "LOCAL_OFFICER", "UNIT", "999", "Mat-khau-moi-2026");

		assertThat(answer.status()).isEqualTo(200);
		assertThat(answer.text("#scopeReference-error")).isEqualTo("Mã phạm vi: không có đơn vị hành chính mã 999.");
		assertThat(accounts.exists(username)).isFalse();
	}

	@Test
	void scopeThatDoesNotFitTheRoleIsRefused() {
		String username = TestAccounts.uniqueName("it.misfit");

		Browser.Page answer = createUser(username, "Thành viên hội đồng sai phạm vi", "COUNCIL_MEMBER", "UNIT", "061",
				"Mat-khau-moi-2026");

		assertThat(answer.status()).isEqualTo(200);
		assertThat(answer.text("#scopeKind-error"))
			.isEqualTo("Loại phạm vi dữ liệu: không phù hợp với vai trò Thành viên hội đồng đánh giá.");
		assertThat(accounts.exists(username)).isFalse();
	}

	@Test
	void provincialAdministratorCannotCreateUsersOutsideTheProvince() {
		String username = TestAccounts.uniqueName("it.outside");

		Browser.Page otherProvince = createUser(username, "Cán bộ Thái Nguyên", "LOCAL_OFFICER", "UNIT", "164",
				"Mat-khau-moi-2026");
		Browser.Page nation = createUser(username, "Quản trị toàn quốc", "ADMIN", "NATION", "", "Mat-khau-moi-2026");

		assertThat(otherProvince.text("#scopeReference-error")).isEqualTo("Mã phạm vi: nằm ngoài phạm vi quản lý của bạn.");
		assertThat(nation.text("#scopeReference-error")).isEqualTo("Mã phạm vi: nằm ngoài phạm vi quản lý của bạn.");
		assertThat(accounts.exists(username)).isFalse();
	}

	@Test
	void provincialAdministratorOnlyViewsUsersOfAnotherProvince() {
		String outsider = accounts.register("it.thainguyen", Role.LOCAL_OFFICER, DataScope.unit("164"));

		Browser.Page details = admin.get("/admin/users/" + outsider);
		assertThat(details.status()).isEqualTo(200);
		assertThat(details.text(".notice")).isEqualTo(messages.getMessage("identity.user.notManageable", null, VI));
		assertThat(details.html().select("form[action$=/disable]")).isEmpty();

		String token = details.csrfToken("/logout");
		assertThat(admin.post("/admin/users/" + outsider + "/disable", Map.of("_csrf", token)).status()).isEqualTo(403);
		assertThat(accounts.stored(outsider).enabled()).isTrue();
	}

	@Test
	void createWithAForgedOrMissingCsrfTokenIsRefusedAndNothingIsWritten() {
		String username = TestAccounts.uniqueName("it.forged");
		Map<String, String> form = new LinkedHashMap<>(creationForm(username, "Giả mạo", "EDITOR", "PROVINCE", "06",
				"Mat-khau-moi-2026"));

		assertThat(admin.post("/admin/users/new", form).status()).isEqualTo(403);
		form.put("_csrf", "forged");
		assertThat(admin.post("/admin/users/new", form).status()).isEqualTo(403);

		assertThat(accounts.exists(username)).isFalse();
		assertThat(accounts.auditOf(username)).isEmpty();
	}

	@Test
	void administratorChangesRoleAndScopeAuditedWithBeforeAndAfter() {
		String username = accounts.localOfficerOfBaBe("it.reassign");

		Browser.Page answer = admin.submit("/admin/users/" + username, "/admin/users/" + username,
				Map.of("displayName", "Cán bộ chuyển lên tỉnh", "email", "", "role", "PROVINCIAL_OFFICER", "scopeKind",
						"PROVINCE", "scopeReference", "06"));

		assertThat(answer.location()).isEqualTo("/admin/users/" + username);
		User stored = accounts.stored(username);
		assertThat(stored.role()).isEqualTo(Role.PROVINCIAL_OFFICER);
		assertThat(stored.scope()).isEqualTo(DataScope.province("06"));
		assertThat(stored.email()).isNull();
		TestAccounts.AuditRow updated = accounts.auditOf(username).get(0);
		assertThat(updated.action()).isEqualTo("UPDATED");
		assertThat(updated.before()).contains("LOCAL_OFFICER").contains("\"061\"");
		assertThat(updated.after()).contains("PROVINCIAL_OFFICER").contains("\"06\"");
	}

	@Test
	void disablingEndsTheUsersSessionsAndEnablingLetsThemBackIn() {
		String username = accounts.localOfficerOfBaBe("it.disable");
		Browser user = new Browser(port);
		user.logIn(username, TestAccounts.PASSWORD);
		assertThat(user.get("/account/password").status()).isEqualTo(200);

		Browser.Page answer = admin.submit("/admin/users/" + username, "/admin/users/" + username + "/disable", Map.of());

		assertThat(answer.location()).isEqualTo("/admin/users/" + username);
		assertThat(admin.follow(answer).text("#user-status")).isEqualTo("Đã vô hiệu hóa");
		assertThat(user.get("/account/password").location()).isEqualTo("/login?expired");
		assertThat(new Browser(port).logIn(username, TestAccounts.PASSWORD).location()).isEqualTo("/login?disabled");

		admin.submit("/admin/users/" + username, "/admin/users/" + username + "/enable", Map.of());
		assertThat(new Browser(port).logIn(username, TestAccounts.PASSWORD).location()).isEqualTo("/backoffice");
		assertThat(accounts.auditOf(username)).extracting(TestAccounts.AuditRow::action)
			.containsSubsequence("DISABLED", "ENABLED");
	}

	@Test
	void administratorCannotDisableThemself() {
		Browser.Page answer = admin.submit("/admin/users/admin", "/admin/users/admin/disable", Map.of());

		assertThat(admin.follow(answer).text(".notice--error"))
			.isEqualTo(messages.getMessage("identity.user.self.disable", null, VI));
		assertThat(accounts.stored("admin").enabled()).isTrue();
	}

	@Test
	void administratorLiftsALockout() {
		String username = accounts.localOfficerOfBaBe("it.unlock");
		Browser user = new Browser(port);
		for (int attempt = 0; attempt < 5; attempt++) {
			user.logIn(username, "wrong-password");
		}
		assertThat(user.logIn(username, TestAccounts.PASSWORD).location()).isEqualTo("/login?locked");
		assertThat(admin.get("/admin/users/" + username).text("#user-status")).isEqualTo("Tạm khóa");

		admin.submit("/admin/users/" + username, "/admin/users/" + username + "/reset-lockout", Map.of());

		assertThat(user.logIn(username, TestAccounts.PASSWORD).location()).isEqualTo("/backoffice");
		assertThat(accounts.auditOf(username)).extracting(TestAccounts.AuditRow::action).contains("LOCKOUT_RESET");
	}

	@Test
	void unknownUserGives404() {
		assertThat(admin.get("/admin/users/no.such.user").status()).isEqualTo(404);
		assertThat(admin.get("/admin/users/%3Cscript%3E").status()).isEqualTo(404);
	}

	@Test
	void theBackOfficeMenuOffersUserAdministrationToTheAdministratorOnly() {
		assertThat(admin.get("/admin/users").html().select("nav a[href=/admin/users]")).hasSize(1);

		Browser officer = new Browser(port);
		officer.logIn("canbo.tinh", "Demo@2026!");
		assertThat(officer.get("/account/password").html().select("nav a[href=/admin/users]")).isEmpty();
	}

	private Browser.Page createUser(String username, String displayName, String role, String scopeKind,
			String scopeReference, String password) {
		return admin.submit("/admin/users/new", "/admin/users/new",
				creationForm(username, displayName, role, scopeKind, scopeReference, password));
	}

	private static Map<String, String> creationForm(String username, String displayName, String role, String scopeKind,
			String scopeReference, String password) {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("username", username);
		form.put("displayName", displayName);
		form.put("email", username + "@example.org");
		form.put("role", role);
		form.put("scopeKind", scopeKind);
		form.put("scopeReference", scopeReference);
		form.put("initialPassword", password);
		return form;
	}

}
