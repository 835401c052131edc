package vn.ocop.portal.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ocop.portal.registry.RegistryTestData.PROVINCIAL_OFFICER;
import static vn.ocop.portal.registry.RegistryTestData.as;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.ocop.portal.registry.OrganisationQuery.Order;

/**
 * The list index of a node follows what any node writes: a second index built here stands for
 * another node behind the load balancer, which learns of this node's writes only through the
 * database's change log (V55).
 */
@RegistryIntegrationTest
class OrganisationListIndexIntegrationTests {

	@Autowired
	RegistryManagement management;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	RegistryProperties properties;

	@Autowired
	OrganisationListIndex thisNode;

	@Test
	void anotherNodeListsWhatThisNodeRegisteredSuspendedAndRenamed() throws Exception {
		OrganisationListIndex otherNode = node(properties.listIndex());
		try {
			String name = "Hợp tác xã Pác Nặm " + RegistryTestData.uniqueWord();
			assertThat(find(otherNode, name, null)).isEqualTo(Optional.of(new OrganisationListIndex.Found(List.of(), 0)));
			OrganisationId id = as(PROVINCIAL_OFFICER, () -> management.register(OrganisationKind.HTX,
					RegistryTestData.cooperative(name, "01888", LocalDate.of(2023, 4, 3))));
			assertThat(find(otherNode, name, null)).map(OrganisationListIndex.Found::ids).contains(List.of(id.value()));
			assertThat(find(otherNode, name, OrganisationStatus.SUSPENDED)).map(OrganisationListIndex.Found::total).contains(0L);

			as(PROVINCIAL_OFFICER, () -> management.suspend(id, LocalDate.of(2024, 2, 1), "Thiếu vốn"));
			assertThat(find(otherNode, name, OrganisationStatus.SUSPENDED)).map(OrganisationListIndex.Found::ids)
				.contains(List.of(id.value()));
			assertThat(find(otherNode, name, OrganisationStatus.OPERATING)).map(OrganisationListIndex.Found::total).contains(0L);

			String renamed = "Hợp tác xã Bằng Thành " + RegistryTestData.uniqueWord();
			as(PROVINCIAL_OFFICER, () -> management.correct(id, RegistryTestData.cooperative(renamed, "01888", LocalDate.of(2023, 4, 3))));
			assertThat(find(otherNode, renamed, null)).map(OrganisationListIndex.Found::ids).contains(List.of(id.value()));
			assertThat(find(otherNode, name, null)).map(OrganisationListIndex.Found::total).contains(0L);
		}
		finally {
			otherNode.destroy();
		}
	}

	@Test
	void aStatusChangedOnTheDayOfRegistrationLeavesARegistrationNeverInForce() throws Exception {
		awaitBuilt(thisNode);
		String name = "Hợp tác xã Vũ Muộn " + RegistryTestData.uniqueWord();
		OrganisationId id = as(PROVINCIAL_OFFICER, () -> management.register(OrganisationKind.HTX,
				RegistryTestData.cooperative(name, "01888", LocalDate.of(2023, 4, 3))));
		as(PROVINCIAL_OFFICER, () -> management.suspend(id, LocalDate.of(2023, 4, 3), "Chưa góp đủ vốn"));
		assertThat(find(thisNode, name, OrganisationStatus.SUSPENDED)).map(OrganisationListIndex.Found::ids).contains(List.of(id.value()));
		assertThat(find(thisNode, name, OrganisationStatus.OPERATING)).map(OrganisationListIndex.Found::total).contains(0L);
	}

	@Test
	void aTransactionThatHasWrittenIsNotAnsweredAndItsRollbackLeavesNoTrace() throws Exception {
		awaitBuilt(thisNode);
		String name = "Hợp tác xã Cốc Đán " + RegistryTestData.uniqueWord();
		TransactionTemplate writing = new TransactionTemplate(transactions);
		writing.executeWithoutResult(status -> {
			as(PROVINCIAL_OFFICER, () -> management.register(OrganisationKind.HTX,
					RegistryTestData.cooperative(name, "01888", LocalDate.of(2023, 4, 3))));
			// its own write is not yet visible to other transactions, and may roll back
			assertThat(thisNode.find(query(name, null), LocalDate.now(), RegistryAccess.ScopeFilter.EVERYTHING, null, null, 0, 25))
				.isEmpty();
			status.setRollbackOnly();
		});
		assertThat(find(thisNode, name, null)).map(OrganisationListIndex.Found::total).contains(0L);
	}

	@Test
	void moreChangesThanAListWaitsForRebuildTheIndexInTheBackground() throws Exception {
		RegistryProperties.ListIndex settings = properties.listIndex();
		OrganisationListIndex otherNode = node(new RegistryProperties.ListIndex(true, 2, settings.changeRetention(),
				settings.pruneInterval()));
		try {
			String name = "Hợp tác xã Thượng Quan " + RegistryTestData.uniqueWord();
			for (int i = 0; i < 3; i++) {
				as(PROVINCIAL_OFFICER, () -> management.register(OrganisationKind.HTX,
						RegistryTestData.cooperative(name, "01888", LocalDate.of(2023, 4, 3))));
			}
			// three registrations write more than the two changes a list waits for: the lists are read
			// from the database meanwhile (not one of the three is left out)
			assertThat(find(otherNode, name, null)).isEmpty();
			otherNode.awaitBuild();
			assertThat(find(otherNode, name, null)).map(OrganisationListIndex.Found::total).contains(3L);
		}
		finally {
			otherNode.destroy();
		}
	}

	@Autowired
	PublicOrganisations publicOrganisations;

	@Test
	void thePublicDirectoryAndItsSiteSearchFindTheSameThroughTheIndexAsFromTheDatabase() throws Exception {
		awaitBuilt(thisNode);
		String[] words = { null, "hop tac xa", "che", "nong nghiep", "xa", "dich vu", "zzzz" };
		OrganisationKind[] kinds = { null, OrganisationKind.HTX, OrganisationKind.LHHTX, OrganisationKind.THT };
		for (String text : words) {
			for (OrganisationKind kind : kinds) {
				for (int page : new int[] { 0, 1, 3 }) {
					PublicOrganisations.Query query = new PublicOrganisations.Query(null, kind, null, text, page);
					long answered = thisNode.answered.get();
					Page<PublicOrganisations.Entry> indexed = publicOrganisations.list(query);
					assertThat(thisNode.answered.get()).as("answered by the index").isGreaterThan(answered);
					thisNode.enabled = false;
					try {
						Page<PublicOrganisations.Entry> read = publicOrganisations.list(query);
						assertThat(indexed.getContent()).as("%s %s page %d", text, kind, page).isEqualTo(read.getContent());
						assertThat(indexed.getTotalElements()).isEqualTo(read.getTotalElements());
					}
					finally {
						thisNode.enabled = true;
					}
				}
			}
			if (text != null) {
				List<PublicOrganisations.Entry> indexed = publicOrganisations.search(text, 5);
				thisNode.enabled = false;
				try {
					assertThat(indexed).as(text).isEqualTo(publicOrganisations.search(text, 5));
				}
				finally {
					thisNode.enabled = true;
				}
			}
		}
		assertThat(publicOrganisations.list(new PublicOrganisations.Query(null, null, null, "hop tac xa", 0)).getTotalElements())
			.as("the demo data has public cooperatives")
			.isGreaterThan(20);
	}

	@Test
	void changesOlderThanTheRetentionArePruned() {
		String old = "HTX-OLD-" + RegistryTestData.unique();
		String recent = "HTX-NEW-" + RegistryTestData.unique();
		jdbc.sql("INSERT INTO registry_list_change (organisation_id, recorded_at) VALUES (:old, now() - interval '2 days'), (:recent, now())")
			.param("old", old)
			.param("recent", recent)
			.update();
		thisNode.prune();
		assertThat(jdbc.sql("SELECT organisation_id FROM registry_list_change WHERE organisation_id IN (:old, :recent)")
			.param("old", old)
			.param("recent", recent)
			.query(String.class)
			.list()).containsExactly(recent);
	}

	private OrganisationListIndex node(RegistryProperties.ListIndex settings) throws Exception {
		OrganisationListIndex node = new OrganisationListIndex(jdbc, transactions,
				new RegistryProperties(properties.membershipRules(), properties.classificationRules(), properties.pageSize(), settings));
		awaitBuilt(node);
		return node;
	}

	private static void awaitBuilt(OrganisationListIndex node) throws Exception {
		if (!node.built()) {
			node.rebuild();
			node.awaitBuild();
		}
		assertThat(node.built()).isTrue();
	}

	private static OrganisationQuery query(String words, OrganisationStatus status) {
		return new OrganisationQuery(null, status, null, null, null, null, null, words, Order.NAME, 0, 25);
	}

	/** A list as a request on that node asks it: in a read-only transaction. */
	private Optional<OrganisationListIndex.Found> find(OrganisationListIndex node, String words, OrganisationStatus status) {
		TransactionTemplate reading = new TransactionTemplate(transactions);
		reading.setReadOnly(true);
		return reading.execute(tx -> node.find(query(words, status), LocalDate.now(), RegistryAccess.ScopeFilter.EVERYTHING, null, null, 0,
				25));
	}

}
