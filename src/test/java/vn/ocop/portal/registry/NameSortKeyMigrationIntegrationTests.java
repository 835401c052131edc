package vn.ocop.portal.registry;

import java.sql.Connection;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.core.api.migration.Context;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Migration 50 recomputes the name order key of every organisation written by an earlier version
 * of {@link NameSortKey}, and the list then sorts in Vietnamese order. Run on one connection in a
 * transaction that is rolled back, over the demo data of province 06.
 */
@RegistryIntegrationTest
class NameSortKeyMigrationIntegrationTests {

	@Autowired
	DataSource dataSource;

	@Autowired
	NameSortKeyMigration migration;

	@Test
	void recomputesEveryOrganisationsKeyFromItsName() throws Exception {
		try (Connection connection = dataSource.getConnection()) {
			connection.setAutoCommit(false);
			try {
				JdbcClient jdbc = JdbcClient.create(new SingleConnectionDataSource(connection, true));
				// keys of an earlier version: a constant that sorts every name together
				int outdated = jdbc.sql("UPDATE registry_organisation SET name_sort_key = '\\x00ff'::bytea").update();
				assertThat(outdated).isGreaterThan(1_000);

				migration.migrate(context(connection));

				List<Map<String, Object>> rows = jdbc.sql("SELECT name, name_sort_key FROM registry_organisation").query().listOfRows();
				assertThat(rows).hasSize(outdated)
					.allSatisfy(row -> assertThat(HexFormat.of().formatHex((byte[]) row.get("name_sort_key")))
						.as((String) row.get("name"))
						.isEqualTo(HexFormat.of().formatHex(NameSortKey.of((String) row.get("name")))));
				// the database compares the keys byte by byte, unsigned, as the Vietnamese order needs
				List<String> byKey = jdbc.sql("SELECT name FROM registry_organisation ORDER BY name_sort_key, id").query(String.class).list();
				assertThat(byKey).hasSize(outdated)
					.isSortedAccordingTo((a, b) -> Arrays.compareUnsigned(NameSortKey.of(a), NameSortKey.of(b)));
			}
			finally {
				connection.rollback();
				connection.setAutoCommit(true);
			}
		}
	}

	private static Context context(Connection connection) {
		return new Context() {

			@Override
			public Configuration getConfiguration() {
				return null;
			}

			@Override
			public Connection getConnection() {
				return connection;
			}

		};
	}

}
