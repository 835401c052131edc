package vn.ocop.portal.registry;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * Every test of {@link RegistryListQueryIntegrationTests} (the same pages, totals, statuses on a
 * date and update states as the reference query, also after writes) with the lists answered by the
 * node's index ({@link OrganisationListIndex}) wherever it can answer.
 */
class RegistryListIndexIntegrationTests extends RegistryListQueryIntegrationTests {

	private long answeredBefore;

	@Override
	@BeforeEach
	void readLists() throws Exception {
		index.enabled = true;
		if (!index.built()) {
			index.rebuild();
			index.awaitBuild();
		}
		answeredBefore = index.answered.get();
	}

	@Override
	@AfterEach
	void restoreIndex() {
		assertThat(index.answered.get()).as("lists answered by the index").isGreaterThan(answeredBefore);
		index.enabled = true;
	}

}
