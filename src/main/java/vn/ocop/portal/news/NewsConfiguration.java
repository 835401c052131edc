package vn.ocop.portal.news;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The newsroom's settings, and scheduling for its publication job. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(NewsProperties.class)
@EnableScheduling
class NewsConfiguration {
}
