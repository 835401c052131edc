package vn.ocop.portal.registry;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Configuration of the registry ({@code ocop.registry.*}).
 *
 * @param membershipRules     where the minimum-members rules are (CSV, see {@link MembershipRules})
 * @param classificationRules where the classification rules are (CSV, see {@link ClassificationRules})
 * @param pageSize            rows per page of the back-office list
 */
@ConfigurationProperties("ocop.registry")
record RegistryProperties(@DefaultValue("classpath:registry/membership-rules.csv") String membershipRules,
		@DefaultValue("classpath:registry/classification-rules.csv") String classificationRules,
		@DefaultValue("25") int pageSize) {

}
