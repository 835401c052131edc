package vn.ocop.portal.shared.web;

import java.util.Arrays;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ReloadableResourceBundleMessageSource;
import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

/**
 * The message bundles of every module ({@code spring.messages.basename}, UTF-8) read once and
 * merged into one dictionary per language, the first bundle of the list winning where two define
 * a key, as Spring Boot's own message source would find it. Boot's looks a key up in each bundle
 * in turn, sixteen of them, for each of the hundreds of texts of a page (6 % of a back-office
 * page's CPU, docs/benchmarks.md, session 6); this one looks it up once. The bundles are part of
 * the application and never change while it runs.
 */
@Configuration(proxyBeanMethods = false)
class MessagesConfiguration {

	@Bean
	MessageSource messageSource(Environment environment) {
		ReloadableResourceBundleMessageSource messages = new ReloadableResourceBundleMessageSource();
		String basenames = environment.getProperty("spring.messages.basename", "messages");
		messages.setBasenames(Arrays.stream(StringUtils.commaDelimitedListToStringArray(StringUtils.trimAllWhitespace(basenames)))
			.map(basename -> basename.startsWith("classpath:") ? basename : "classpath:" + basename)
			.toArray(String[]::new));
		messages.setDefaultEncoding(environment.getProperty("spring.messages.encoding", "UTF-8"));
		messages.setFallbackToSystemLocale(environment.getProperty("spring.messages.fallback-to-system-locale", Boolean.class, true));
		messages.setAlwaysUseMessageFormat(environment.getProperty("spring.messages.always-use-message-format", Boolean.class, false));
		messages.setUseCodeAsDefaultMessage(environment.getProperty("spring.messages.use-code-as-default-message", Boolean.class, false));
		// cached for good: merged per language on first use
		messages.setCacheMillis(-1);
		return messages;
	}

}
