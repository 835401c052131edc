package vn.ocop.portal.ocop;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import vn.ocop.portal.identity.DataScope;
import vn.ocop.portal.identity.Role;
import vn.ocop.portal.support.Browser;
import vn.ocop.portal.support.Officials;

/**
 * The evaluation procedure in a real browser with the demo accounts, for browser tests of this
 * module and of those that continue it (certification): Hợp tác xã Đồng Tâm's representative
 * ({@code htx.dongtam}) files Mẫu 01 and 02 in round 2/2026, the commune's officer ({@code canbo.babe})
 * receives it, sees the 15-working-day limit and issues Mẫu 03, the province ({@code canbo.tinh})
 * checks it and sends it to the council; four members (not sign-in accounts) score it and the last,
 * {@code hoidong}, scores it in the browser, which leaves the application's page open with the
 * council's result. Each step checks what the user sees.
 */
public final class EvaluationWalk {

	public static final String PASSWORD = "Demo@2026!";

	private final Browser browser;

	private final int port;

	private final JdbcClient jdbc;

	private final Evaluations evaluations;

	private final EvaluationStore store;

	public EvaluationWalk(Browser browser, int port, ApplicationContext context) {
		this.browser = browser;
		this.port = port;
		this.jdbc = context.getBean(JdbcClient.class);
		this.evaluations = context.getBean(Evaluations.class);
		this.store = context.getBean(EvaluationStore.class);
	}

	/** A registered food product of Đồng Tâm that has never been filed. */
	public long unfiledProductOfDongTam() {
		return jdbc.sql("SELECT p.id FROM ocop_product p JOIN ocop_subject s ON s.id = p.subject_id"
				+ " WHERE s.organisation_id = 'HTX-DEMO-0001' AND p.status = 'REGISTERED' AND p.product_set_code LIKE 'TP-%'"
				+ " AND NOT EXISTS (SELECT 1 FROM ocop_application a WHERE a.product_id = p.id) ORDER BY p.id LIMIT 1")
			.query(Long.class)
			.single();
	}

	/** Walks the product from the subject's filing to the council's result; returns the application's ID. */
	public long fromFilingToCouncilResult(long product) {
		signIn("htx.dongtam");
		browser.open(port, "/backoffice/ocop/products/" + product);
		submit(browser.find(By.id("apply-for-evaluation")));
		new Select(browser.find(By.id("application-round"))).selectByVisibleText("2/2026 — 26/2026");
		submit(browser.find(By.cssSelector("form[action$='/applications/new'] button[type=submit]")));
		assertThat(browser.find(By.cssSelector(".ocop-application-state")).getText()).isEqualTo("Đang soạn");
		String applicationUrl = browser.driver().getCurrentUrl();
		long id = Long.parseLong(applicationUrl.replaceAll(".*/applications/(\\d+).*", "$1"));
		fill("reg-representative", "Nguyễn Văn Tâm");
		fill("reg-address", "Thôn Bản Vàng, xã Cao Thượng, huyện Ba Bể");
		fill("reg-output", "20 tấn mỗi năm");
		fill("self-production", "Vùng nguyên liệu 15 ha của các thành viên.");
		fill("self-quality", "Phiếu kiểm nghiệm tháng 9/2026, đạt.");
		fill("self-selfScore", "74");
		submit(browser.find(By.id("save-forms")));
		submit(browser.find(By.id("submit-application")));
		assertThat(browser.find(By.cssSelector(".alert--success")).getText()).isEqualTo("Đã nộp hồ sơ cho UBND xã.");
		assertThat(browser.find(By.cssSelector(".ocop-application-state")).getText()).isEqualTo("Đã nộp cho xã");

		switchTo("canbo.babe", id);
		submit(browser.find(By.id("receive")));
		assertThat(browser.find(By.cssSelector(".ocop-application-state")).getText()).isEqualTo("Xã đang kiểm tra");
		Application received = store.application(id).orElseThrow();
		assertThat(browser.find(By.cssSelector(".ocop-commune-due")).getText()).contains(
				"%02d/%02d/%d".formatted(received.communeDueOn().getDayOfMonth(), received.communeDueOn().getMonthValue(),
						received.communeDueOn().getYear()));
		fill("commune-localMaterials", "Nguyên liệu trồng trên địa bàn xã trên 75%.");
		fill("commune-localLabour", "12 lao động là người địa phương.");
		fill("commune-ideaOrigin", "Sản phẩm truyền thống của người Tày.");
		fill("commune-localIdentity", "Giống lúa bản địa và cách chế biến truyền thống.");
		submit(browser.find(By.id("propose")));
		assertThat(browser.find(By.cssSelector(".ocop-application-state")).getText()).isEqualTo("Tỉnh đang kiểm tra");

		switchTo("canbo.tinh", id);
		submit(browser.find(By.id("accept")));
		submit(browser.find(By.id("send-to-council")));
		assertThat(browser.find(By.cssSelector(".ocop-application-state")).getText()).isEqualTo("Hội đồng đang chấm điểm");

		ScoreSheet sheet = DemoSheets.at(evaluations.scorecardOf(store.application(id).orElseThrow()).definition(), 0.7);
		for (String member : List.of("hd.chutich", "hd.congthuong", "hd.yte", "hd.khcn")) {
			SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
					new Officials.Official(member, member, Role.COUNCIL_MEMBER, DataScope.council(EvaluationDemoData.COUNCIL)), null,
					List.of()));
			try {
				evaluations.score(id, sheet);
			}
			finally {
				SecurityContextHolder.clearContext();
			}
		}

		browser.driver().manage().deleteAllCookies();
		signIn("hoidong");
		browser.find(By.linkText("Hồ sơ đánh giá OCOP")).click();
		browser.waitUntil(d -> d.findElement(By.tagName("h1")).getText().startsWith("Hồ sơ đánh giá"));
		browser.find(By.cssSelector("a[href='/backoffice/ocop/applications/" + id + "']")).click();
		browser.waitUntil(d -> d.getCurrentUrl().endsWith("/applications/" + id));
		assertThat(browser.find(By.cssSelector(".ocop-tally")).getText()).isEqualTo("4/5 thành viên đã chấm");
		assertThat(browser.find(By.cssSelector(".ocop-blind")).getText()).contains("chỉ hiển thị khi mọi thành viên đã chấm");
		submit(browser.find(By.id("score-link")));
		sheet.choices().forEach((criterion, option) -> {
			WebElement radio = browser.find(By.cssSelector("input[type=radio][name='c." + criterion + "'][value='" + option + "']"));
			browser.script("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();", radio);
		});
		submit(browser.find(By.id("submit-score")));
		return id;
	}

	/** The round of the application. */
	public long roundOf(long application) {
		return store.application(application).orElseThrow().roundId();
	}

	/** The star the council concluded. */
	public Integer starOf(long application) {
		return store.application(application).orElseThrow().star();
	}

	/** The application as stored. */
	public Application application(long id) {
		return store.application(id).orElseThrow();
	}

	public void switchTo(String username, long applicationId) {
		browser.driver().manage().deleteAllCookies();
		signIn(username);
		browser.open(port, "/backoffice/ocop/applications/" + applicationId);
	}

	public void fill(String id, String text) {
		WebElement field = browser.find(By.id(id));
		field.clear();
		field.sendKeys(text);
	}

	public void signIn(String username) {
		browser.open(port, "/login");
		browser.find(By.id("username")).sendKeys(username);
		browser.find(By.id("password")).sendKeys(PASSWORD);
		submit(browser.find(By.cssSelector("form[action$='/login'] button[type=submit]")));
		browser.waitUntil(d -> d.getCurrentUrl().endsWith("/backoffice"));
	}

	/** Clicks a button or link and waits for the next page. */
	public void submit(WebElement button) {
		browser.clickToNextPage(button);
	}

}
