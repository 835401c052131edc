package vn.ocop.portal.portal;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.ShallowEtagHeaderFilter;

/**
 * Conditional GET on the home page. Its sections come from several modules, each with its own
 * notion of change, so the ETag is the hash of the rendered page (Spring's shallow ETag): a
 * browser or proxy that has the page gets a 304 without the body, and any module's change shows at
 * once because the page is rendered on every request (and {@code no-cache} makes clients ask).
 * Saves the transfer, not the rendering; the news pages have cheaper, deep validators
 * ({@code news.PublicCaching}).
 */
@Configuration(proxyBeanMethods = false)
class HomePageEtag {

	@Bean
	FilterRegistrationBean<ShallowEtagHeaderFilter> homePageEtagFilter() {
		ShallowEtagHeaderFilter filter = new ShallowEtagHeaderFilter() {

			@Override
			protected boolean shouldNotFilter(HttpServletRequest request) {
				return !"/".equals(request.getRequestURI()) || !"GET".equals(request.getMethod());
			}

		};
		FilterRegistrationBean<ShallowEtagHeaderFilter> registration = new FilterRegistrationBean<>(filter);
		registration.addUrlPatterns("/*");
		registration.setName("homePageEtagFilter");
		return registration;
	}

}
