package vn.ocop.portal.petitions;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Turns on scheduled jobs for the petitions' {@link DeadlineWatch}. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class PetitionsConfiguration {

}
