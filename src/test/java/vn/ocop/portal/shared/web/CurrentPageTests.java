package vn.ocop.portal.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.RequestDispatcher;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** Which navigation entry is current, and the same page in the other language. */
class CurrentPageTests {

	private final CurrentPage currentPage = new CurrentPage();

	@AfterEach
	void leaveTheRequest() {
		RequestContextHolder.resetRequestAttributes();
	}

	@Test
	void aSectionIsCurrentOnItsOwnPagesButHomeOnlyOnTheHomePage() {
		requestFor("/backoffice/hop-tac-xa/12", null);

		assertThat(currentPage.is("/backoffice/hop-tac-xa")).isTrue();
		assertThat(currentPage.is("/backoffice/hop-tac")).isFalse();
		assertThat(currentPage.is("/")).isFalse();

		requestFor("/", null);
		assertThat(currentPage.is("/")).isTrue();
	}

	@Test
	void languageLinkKeepsPathAndQueryAndReplacesTheLanguage() {
		requestFor("/tim-kiem", "q=ba+b%E1%BB%83&lang=vi");

		assertThat(currentPage.inLanguage("en")).isEqualTo("/tim-kiem?q=ba+b%E1%BB%83&lang=en");
	}

	@Test
	void malformedQueryIsDroppedRatherThanFailingThePage() {
		requestFor("/tim-kiem", "q=<\"x\">");

		assertThat(currentPage.inLanguage("en")).isEqualTo("/tim-kiem?lang=en");
	}

	@Test
	void onAnErrorPageTheCurrentPageIsTheOneThatFailed() {
		MockHttpServletRequest request = requestFor("/error", null);
		request.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, "/portal/khong-co");
		request.setContextPath("/portal");

		assertThat(currentPage.path()).isEqualTo("/khong-co");
		assertThat(currentPage.inLanguage("en")).isEqualTo("/khong-co?lang=en");
	}

	@Test
	void outsideARequestTheHomePageIsAssumed() {
		assertThat(currentPage.path()).isEqualTo("/");
	}

	private static MockHttpServletRequest requestFor(String path, String query) {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
		request.setQueryString(query);
		RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
		return request;
	}

}
