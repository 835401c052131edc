package vn.ocop.portal.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class ExpiredSessionRedirectTests {

	private final ExpiredSessionRedirect strategy = new ExpiredSessionRedirect("/login?expired");

	@Test
	void staleSessionInTheBackOfficeGoesToTheLoginPage() throws Exception {
		MockHttpServletResponse response = handle("GET", "/backoffice/registry", "stale-id");

		assertThat(response.getRedirectedUrl()).isEqualTo("/login?expired");
	}

	@Test
	void staleSessionOnAPublicPageReloadsThePage() throws Exception {
		MockHttpServletResponse response = handle("GET", "//evil.example/tin-tuc", "stale-id");

		assertThat(response.getRedirectedUrl()).isEqualTo("/evil.example/tin-tuc");
	}

	@Test
	void staleSessionSubmittingAFormGoesToTheLoginPage() throws Exception {
		assertThat(handle("POST", "/tim-kiem", "stale-id").getRedirectedUrl()).isEqualTo("/login?expired");
	}

	@Test
	void aFormWithoutAnySessionIsRefused() throws Exception {
		MockHttpServletResponse response = handle("POST", "/login", null);

		assertThat(response.getStatus()).isEqualTo(403);
		assertThat(response.getRedirectedUrl()).isNull();
	}

	private MockHttpServletResponse handle(String method, String path, String sessionId) throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest(method, path);
		request.setRequestedSessionId(sessionId);
		request.setRequestedSessionIdValid(false);
		MockHttpServletResponse response = new MockHttpServletResponse();
		strategy.onInvalidSessionDetected(request, response);
		return response;
	}

}
