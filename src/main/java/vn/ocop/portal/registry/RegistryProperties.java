package vn.ocop.portal.registry;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Configuration of the registry ({@code ocop.registry.*}).
 *
 * @param membershipRules     where the minimum-members rules are (CSV, see {@link MembershipRules})
 * @param classificationRules where the classification rules are (CSV, see {@link ClassificationRules})
 * @param pageSize            rows per page of the back-office list
 * @param listIndex           the back-office list's per-node index ({@link OrganisationListIndex})
 */
@ConfigurationProperties("ocop.registry")
record RegistryProperties(@DefaultValue("classpath:registry/membership-rules.csv") String membershipRules,
		@DefaultValue("classpath:registry/classification-rules.csv") String classificationRules,
		@DefaultValue("25") int pageSize, @DefaultValue ListIndex listIndex) {

	/**
	 * The back-office list's per-node index.
	 *
	 * @param enabled         false: every list is read from the database's indexes alone
	 * @param waitForChanges  at most this many changes (rows of {@code registry_list_change}: a
	 *                        registration writes a few) are applied while a list waits; more (an
	 *                        import) rebuild the index in the background, and the lists are read
	 *                        from the database meanwhile
	 * @param changeRetention how long the changes stay in {@code registry_list_change}; a node that
	 *                        has not read them for half of it rebuilds its index
	 * @param pruneInterval   how often one node removes the changes older than the retention
	 */
	record ListIndex(@DefaultValue("true") boolean enabled, @DefaultValue("5000") int waitForChanges,
			@DefaultValue("1d") Duration changeRetention, @DefaultValue("1h") Duration pruneInterval) {
	}

}
