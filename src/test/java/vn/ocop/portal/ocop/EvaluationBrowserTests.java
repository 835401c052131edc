package vn.ocop.portal.ocop;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import vn.ocop.portal.identity.DataScope;
import vn.ocop.portal.identity.Role;
import vn.ocop.portal.support.Browser;
import vn.ocop.portal.support.Officials;

/**
 * One product walks the procedure in a real browser with the demo accounts: Hợp tác xã Đồng Tâm's
 * representative ({@code htx.dongtam}) files Mẫu 01 and 02 in the current round, the commune's
 * officer ({@code canbo.babe}) receives it, sees the 15-working-day limit and issues Mẫu 03, the
 * province ({@code canbo.tinh}) checks it and sends it to the council; four members (not sign-in
 * accounts) score it, and the last, {@code hoidong}, scores it on the 26/2026 scorecard in the
 * browser: the council's mean and star appear, and the application awaits the province's decision.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class EvaluationBrowserTests {

	@RegisterExtension
	static final Browser browser = new Browser();

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Evaluations evaluations;

	@Autowired
	EvaluationStore store;

	@Test
	void aProductGoesFromTheSubjectsFilingThroughTheCommuneToTheCouncilsResult() {
		long product = jdbc.sql("SELECT p.id FROM ocop_product p JOIN ocop_subject s ON s.id = p.subject_id"
				+ " WHERE s.organisation_id = 'HTX-DEMO-0001' AND p.status = 'REGISTERED' AND p.product_set_code LIKE 'TP-%'"
				+ " AND NOT EXISTS (SELECT 1 FROM ocop_application a WHERE a.product_id = p.id) ORDER BY p.id LIMIT 1").query(Long.class).single();

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

		assertThat(browser.find(By.cssSelector(".ocop-application-state")).getText()).isEqualTo("Chờ quyết định công nhận");
		assertThat(browser.find(By.cssSelector(".ocop-recognising-level")).getText()).isEqualTo("Cấp tỉnh");
		Application concluded = store.application(id).orElseThrow();
		assertThat(browser.find(By.cssSelector(".ocop-score")).getText())
			.isEqualTo(concluded.score().setScale(2).toPlainString().replace('.', ','));
		assertThat(browser.find(By.cssSelector(".ocop-star")).getText()).isEqualTo(concluded.star() + "★");
		assertThat(browser.driver().findElements(By.cssSelector(".ocop-council-scores tbody tr"))).hasSize(5);
	}

	private void switchTo(String username, long id) {
		browser.driver().manage().deleteAllCookies();
		signIn(username);
		browser.open(port, "/backoffice/ocop/applications/" + id);
	}

	private void fill(String id, String text) {
		WebElement field = browser.find(By.id(id));
		field.clear();
		field.sendKeys(text);
	}

	private void signIn(String username) {
		browser.open(port, "/login");
		browser.find(By.id("username")).sendKeys(username);
		browser.find(By.id("password")).sendKeys("Demo@2026!");
		submit(browser.find(By.cssSelector("form[action$='/login'] button[type=submit]")));
		browser.waitUntil(d -> d.getCurrentUrl().endsWith("/backoffice"));
	}

	private void submit(WebElement button) {
		browser.script("arguments[0].scrollIntoView({block: 'center'});", button);
		if ("a".equals(button.getTagName())) {
			button.click();
		}
		else {
			button.click();
		}
		browser.waitUntil(ExpectedConditions.stalenessOf(button)::apply);
		browser.waitUntil(d -> "complete".equals(browser.script("return document.readyState")));
	}

}
