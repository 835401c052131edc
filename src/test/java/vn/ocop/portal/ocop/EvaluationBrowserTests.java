package vn.ocop.portal.ocop;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import vn.ocop.portal.support.Browser;

/**
 * One product walks the procedure in a real browser with the demo accounts ({@link EvaluationWalk}):
 * Hợp tác xã Đồng Tâm's representative files Mẫu 01 and 02, the commune's officer receives it and
 * issues Mẫu 03, the province sends it to the council, and when the last member, {@code hoidong},
 * has scored it in the browser the council's mean and star appear and the application awaits the
 * province's decision.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class EvaluationBrowserTests {

	@RegisterExtension
	static final Browser browser = new Browser();

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Test
	void aProductGoesFromTheSubjectsFilingThroughTheCommuneToTheCouncilsResult() {
		EvaluationWalk walk = new EvaluationWalk(browser, port, context);
		long id = walk.fromFilingToCouncilResult(walk.unfiledProductOfDongTam());

		assertThat(browser.find(By.cssSelector(".ocop-application-state")).getText()).isEqualTo("Chờ quyết định công nhận");
		assertThat(browser.find(By.cssSelector(".ocop-recognising-level")).getText()).isEqualTo("Cấp tỉnh");
		Application concluded = walk.application(id);
		assertThat(browser.find(By.cssSelector(".ocop-score")).getText())
			.isEqualTo(concluded.score().setScale(2).toPlainString().replace('.', ','));
		assertThat(browser.find(By.cssSelector(".ocop-star")).getText()).isEqualTo(concluded.star() + "★");
		assertThat(browser.driver().findElements(By.cssSelector(".ocop-council-scores tbody tr"))).hasSize(5);
	}

}
