package vn.ocop.portal.registry;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

import org.springframework.stereotype.Component;

/**
 * Migration 50: every organisation's {@code name_sort_key} recomputed by {@link NameSortKey} (ICU's
 * compressed sort keys, about 70 bytes for the benchmark's names, instead of the per-word {@code java.text.Collator} keys of
 * about 380 bytes that the name order indexes carried in each entry). A Java migration because the
 * key is computed in Java; Spring Boot hands every {@link JavaMigration} bean to Flyway, which runs
 * it between V49 and V51 like the SQL files. V51 rebuilds the indexes the rewrite left twice their
 * size (in a transaction of its own, so that the old row versions are not indexed again).
 */
@Component
class NameSortKeyMigration implements JavaMigration {

	private static final int BATCH = 5_000;

	@Override
	public MigrationVersion getVersion() {
		return MigrationVersion.fromVersion("50");
	}

	@Override
	public String getDescription() {
		return "registry compact name sort keys";
	}

	@Override
	public Integer getChecksum() {
		return 50;
	}

	@Override
	public boolean canExecuteInTransaction() {
		return true;
	}

	@Override
	public void migrate(Context context) throws Exception {
		Connection connection = context.getConnection();
		List<String> ids = new ArrayList<>(BATCH);
		List<String> keys = new ArrayList<>(BATCH);
		try (PreparedStatement read = connection.prepareStatement("SELECT id, name FROM registry_organisation ORDER BY id");
				PreparedStatement write = connection.prepareStatement("UPDATE registry_organisation o SET name_sort_key = decode(k.key, 'hex')"
						+ " FROM unnest(?::text[], ?::text[]) AS k(id, key) WHERE o.id = k.id")) {
			read.setFetchSize(BATCH);
			try (ResultSet rows = read.executeQuery()) {
				while (rows.next()) {
					ids.add(rows.getString(1));
					keys.add(HexFormat.of().formatHex(NameSortKey.of(rows.getString(2))));
					if (ids.size() == BATCH) {
						write(connection, write, ids, keys);
					}
				}
			}
			write(connection, write, ids, keys);
		}
	}

	private static void write(Connection connection, PreparedStatement write, List<String> ids, List<String> keys) throws Exception {
		if (ids.isEmpty()) {
			return;
		}
		Array idArray = connection.createArrayOf("text", ids.toArray());
		Array keyArray = connection.createArrayOf("text", keys.toArray());
		write.setArray(1, idArray);
		write.setArray(2, keyArray);
		write.executeUpdate();
		ids.clear();
		keys.clear();
	}

}
