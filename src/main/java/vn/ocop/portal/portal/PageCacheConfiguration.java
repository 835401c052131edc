package vn.ocop.portal.portal;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Registers the page cache's filter just after the forwarded-header filter (so the key sees the
 * public scheme and host) and before Spring Session ({@code Integer.MIN_VALUE + 50}) and Spring
 * Security ({@code -100}).
 */
@Configuration(proxyBeanMethods = false)
class PageCacheConfiguration {

	static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 5;

	@Bean
	FilterRegistrationBean<PageCacheFilter> pageCacheFilter(PageCache cache, PageVersions versions, LocaleResolver localeResolver,
			PageCacheProperties properties, @Value("${server.servlet.session.cookie.name:SESSION}") String sessionCookie) {
		FilterRegistrationBean<PageCacheFilter> registration = new FilterRegistrationBean<>(
				new PageCacheFilter(cache, versions, localeResolver, properties, sessionCookie));
		registration.setName("pageCacheFilter");
		registration.addUrlPatterns("/*");
		registration.setOrder(ORDER);
		registration.setEnabled(properties.enabled());
		return registration;
	}

}
