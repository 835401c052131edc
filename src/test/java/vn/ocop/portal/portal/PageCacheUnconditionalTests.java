package vn.ocop.portal.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

import vn.ocop.portal.shared.web.CacheablePage;

/**
 * A revalidation that misses the page cache reaches a cacheable page's handler without its
 * validators (so the whole page is rendered and kept), and any other handler with them (so a
 * static file or a download answers 304 without reading what it would send).
 */
class PageCacheUnconditionalTests {

	@Test
	void theValidatorsAreHiddenFromCacheablePagesOnly() {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/tin-tuc");
		request.addHeader("If-None-Match", "\"v1\"");
		request.addHeader("If-Modified-Since", "Sun, 29 Nov 2026 18:00:00 GMT");
		request.addHeader("Accept", "text/html");
		PageCacheFilter.Unconditional seen = new PageCacheFilter.Unconditional(request);

		assertThat(PageCacheFilter.Unconditional.isConditional(request)).isTrue();
		// before a handler is known, or for one that is not a cacheable page: as sent
		assertThat(seen.getHeader("If-None-Match")).isEqualTo("\"v1\"");
		assertThat(seen.getDateHeader("If-Modified-Since")).isPositive();

		// the cacheable page marker runs before the handler
		request.setAttribute(CacheablePage.REQUEST_ATTRIBUTE, Boolean.TRUE);

		assertThat(seen.getHeader("If-None-Match")).isNull();
		assertThat(seen.getHeader("if-none-match")).isNull();
		assertThat(seen.getHeaders("If-None-Match").hasMoreElements()).isFalse();
		assertThat(seen.getDateHeader("If-Modified-Since")).isEqualTo(-1);
		assertThat(Collections.list(seen.getHeaderNames())).containsExactly("Accept");
		assertThat(seen.getHeader("Accept")).isEqualTo("text/html");
	}

	@Test
	void aRequestWithoutValidatorsIsNotConditional() {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/tin-tuc");
		request.addHeader("Accept", "text/html");

		assertThat(PageCacheFilter.Unconditional.isConditional(request)).isFalse();
	}

}
