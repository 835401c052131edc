package vn.ocop.portal.identity;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionOperations;

import vn.ocop.portal.audit.AuditRecord;
import vn.ocop.portal.audit.Auditor;
import vn.ocop.portal.shared.scale.ScaleDataContributor;
import vn.ocop.portal.shared.scale.ScaleDataPlan;

/**
 * National-scale accounts: for every unit valid on the plan's date, the officers who work there —
 * a provincial administrator and a provincial officer per province, and
 * {@code accounts-per-commune} (default 1) local officers per commune (and district, before the
 * reform). Usernames are derived from unit codes ({@code gen.xa.00004.1}), so a second run adds
 * nothing. All share the demo password; the run is audited once.
 */
@Component
class IdentityScaleData implements ScaleDataContributor {

	private static final int BATCH = 1_000;

	private final ObjectProvider<UnitHierarchy> units;

	private final JdbcTemplate jdbc;

	private final PasswordEncoder passwordEncoder;

	private final IdentityDemoProperties demo;

	private final TransactionOperations transactions;

	private final Auditor auditor;

	private final Clock clock;

	IdentityScaleData(ObjectProvider<UnitHierarchy> units, JdbcTemplate jdbc, PasswordEncoder passwordEncoder,
			IdentityDemoProperties demo, TransactionOperations transactions, Auditor auditor, Clock clock) {
		this.units = units;
		this.jdbc = jdbc;
		this.passwordEncoder = passwordEncoder;
		this.demo = demo;
		this.transactions = transactions;
		this.auditor = auditor;
		this.clock = clock;
	}

	@Override
	public int order() {
		return 200;
	}

	@Override
	public String module() {
		return "identity";
	}

	@Override
	public String generate(ScaleDataPlan plan) {
		UnitHierarchy hierarchy = units.getIfAvailable();
		if (hierarchy == null) {
			throw new IllegalStateException("Scale accounts need the administrative units");
		}
		int perCommune = plan.volume("accounts-per-commune", 1);
		String hash = passwordEncoder.encode(demo.password());
		Timestamp now = Timestamp.from(Instant.now(clock));
		List<Object[]> rows = new ArrayList<>();
		for (String code : hierarchy.territorialCodesValidOn(plan.asOf())) {
			if (code.length() == 2) {
				rows.add(row("gen.admin." + code, "Quản trị tỉnh " + code, Role.ADMIN, DataScope.province(code), hash, now));
				rows.add(row("gen.tinh." + code, "Cán bộ tỉnh " + code, Role.PROVINCIAL_OFFICER, DataScope.province(code), hash, now));
			}
			else {
				for (int i = 1; i <= perCommune; i++) {
					rows.add(row("gen.xa." + code + "." + i, "Cán bộ đơn vị " + code + " số " + i, Role.LOCAL_OFFICER,
							DataScope.unit(code), hash, now));
				}
			}
		}
		int created = transactions.execute(status -> {
			int inserted = 0;
			for (int from = 0; from < rows.size(); from += BATCH) {
				int[][] counts = jdbc.batchUpdate("""
						INSERT INTO identity_user (username, display_name, email, password_hash, role, scope_kind, scope_reference,
						    enabled, failed_attempts, password_changed_at, created_at, updated_at, search_text)
						VALUES (?, ?, NULL, ?, ?, ?, ?, TRUE, 0, ?, ?, ?, ?)
						ON CONFLICT (username) DO NOTHING
						""", rows.subList(from, Math.min(rows.size(), from + BATCH)), BATCH, (ps, row) -> {
					for (int i = 0; i < row.length; i++) {
						ps.setObject(i + 1, row[i]);
					}
				});
				for (int[] batch : counts) {
					for (int count : batch) {
						inserted += Math.max(count, 0);
					}
				}
			}
			if (inserted > 0) {
				auditor.record(AuditRecord.created("identity", "ScaleDataAccounts", plan.asOf().toString(),
						Map.of("accounts", inserted, "seed", plan.seed())));
			}
			return inserted;
		});
		return "%,d accounts generated, %,d already there".formatted(created, rows.size() - created);
	}

	private static Object[] row(String username, String displayName, Role role, DataScope scope, String hash, Timestamp now) {
		return new Object[] { username, displayName, hash, role.name(), scope.kind().name(), scope.reference(), now, now, now,
				Users.fold(username + " " + displayName) };
	}

}
