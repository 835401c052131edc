package vn.ocop.portal.registry;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * Every test of {@link RegistryListQueryIntegrationTests} (the same pages, totals, statuses on a
 * date and update states as the reference query, also after writes) with the lists answered by the
 * node's index ({@link OrganisationListIndex}) wherever it can answer: pages that end within 100
 * rows from Lucene's top hits, the others (every page of 200) from the documents' ranks.
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
		index.collected = 100;
	}

	@Override
	@AfterEach
	void restoreIndex() {
		assertThat(index.answered.get()).as("lists answered by the index").isGreaterThan(answeredBefore);
		index.enabled = true;
		index.collected = OrganisationListIndex.COLLECTED;
	}

}
