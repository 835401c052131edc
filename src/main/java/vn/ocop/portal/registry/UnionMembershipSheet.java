package vn.ocop.portal.registry;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.ocop.portal.audit.AuditRecord;
import vn.ocop.portal.audit.Auditor;
import vn.ocop.portal.identity.ScopeGuard;
import vn.ocop.portal.importing.ColumnDefinition;
import vn.ocop.portal.importing.ColumnType;
import vn.ocop.portal.importing.ImportContext;
import vn.ocop.portal.importing.ImportRow;
import vn.ocop.portal.importing.RowProblems;
import vn.ocop.portal.importing.SheetDefinition;
import vn.ocop.portal.importing.StoreCounts;

/**
 * The sheet {@code thanh-vien-lien-hiep} (alias {@code union-memberships}): a cooperative's
 * membership of a union, upserted by union, cooperative and joined date (the left date is what an
 * import may change). Checked with the registry's {@link UnionMembershipPolicy policies}; both
 * organisations come from the file or the database and the union lies in the importer's scope.
 * One audit record per batch that changed something.
 */
@Component
class UnionMembershipSheet implements RegistrySheet<UnionMembershipSheet.Row> {

	static final String SHEET = "thanh-vien-lien-hiep";

	static final SheetDefinition DEFINITION = SheetDefinition.of(SHEET, "registry.import.memberships",
			"registry.import.memberships.description",
			ColumnDefinition.required("ma-lien-hiep", ColumnType.CODE, "registry.import.column.union").alias("union-code")
				.maxLength(64).example("LHHTX-0000001"),
			ColumnDefinition.required("ma-hop-tac-xa", ColumnType.CODE, "registry.import.column.cooperative")
				.alias("cooperative-code").maxLength(64).example("HTX-0000123"),
			ColumnDefinition.required("ngay-gia-nhap", ColumnType.DATE, "registry.import.column.joinedOn").alias("joined-on")
				.example("01/03/2023"),
			ColumnDefinition.optional("ngay-roi", ColumnType.DATE, "registry.import.column.leftOn").alias("left-on").example(""))
		.alias("union-memberships")
		.key("ma-lien-hiep", "ma-hop-tac-xa", "ngay-gia-nhap")
		.order(30);

	record Row(String union, String member, LocalDate joinedOn, LocalDate leftOn) {

		String key() {
			return union + "/" + member + "/" + joinedOn;
		}

	}

	private final JdbcClient jdbc;

	private final OrganisationSheet organisations;

	private final OrganisationStore store;

	private final UnionMembershipStore memberships;

	private final ScopeGuard scopeGuard;

	private final Auditor auditor;

	private final Clock clock;

	UnionMembershipSheet(JdbcClient jdbc, OrganisationSheet organisations, OrganisationStore store,
			UnionMembershipStore memberships, ScopeGuard scopeGuard, Auditor auditor, Clock clock) {
		this.jdbc = jdbc;
		this.organisations = organisations;
		this.store = store;
		this.memberships = memberships;
		this.scopeGuard = scopeGuard;
		this.auditor = auditor;
		this.clock = clock;
	}

	@Override
	public SheetDefinition definition() {
		return DEFINITION;
	}

	@Override
	public Row parse(ImportRow row, RowProblems problems) {
		return new Row(upper(row.code("ma-lien-hiep")), upper(row.code("ma-hop-tac-xa")), row.date("ngay-gia-nhap"),
				row.date("ngay-roi"));
	}

	private static String upper(String code) {
		return code == null ? null : code.strip().toUpperCase(Locale.ROOT);
	}

	@Override
	public String key(Row row) {
		return row.key();
	}

	@Override
	public void check(Row row, ImportContext context, RowProblems problems) {
		Organisation union = aggregate(context, row.union());
		Organisation member = aggregate(context, row.member());
		if (union == null) {
			problems.add("ma-lien-hiep", "importing.problem.unknownReference", row.union(), OrganisationSheet.SHEET);
		}
		if (member == null) {
			problems.add("ma-hop-tac-xa", "importing.problem.unknownReference", row.member(), OrganisationSheet.SHEET);
		}
		if (union == null || member == null) {
			return;
		}
		if (!scopeGuard.covers(context.user().scope(), union.details().unitCode())) {
			problems.add("ma-lien-hiep", "registry.import.problem.organisationOutsideScope", row.union(),
					union.details().unitCode());
			return;
		}
		if (!scopeGuard.covers(context.user().scope(), member.details().unitCode())) {
			problems.add("ma-hop-tac-xa", "registry.rule.membership.memberOutsideScope");
			return;
		}
		if (row.leftOn() != null && row.leftOn().isBefore(row.joinedOn())) {
			problems.add("ngay-roi", "registry.rule.membership.leftBeforeJoined", RegistryDates.format(row.joinedOn()));
			return;
		}
		List<UnionMembership> existing = new ArrayList<>();
		for (UnionMembership membership : memberships.of(member.id())) {
			if (!(membership.unionId().equals(union.id()) && membership.joinedOn().equals(row.joinedOn()))) {
				existing.add(membership);
			}
		}
		List<UnionMembership> earlier = inFile(context).computeIfAbsent(row.member(), code -> new ArrayList<>());
		existing.addAll(earlier);
		try {
			for (UnionMembershipPolicy policy : UnionMembershipPolicy.ALL) {
				policy.check(union, member, row.joinedOn(), existing, context.today());
			}
			synchronized (earlier) {
				earlier.add(new UnionMembership(0, union.id(), null, member.id(), null, row.joinedOn(), row.leftOn(),
						clock.instant(), context.user().username()));
			}
		}
		catch (RegistryRuleViolation ex) {
			String column = ex.field() == null ? "ma-lien-hiep" : ex.field().equals("memberId") ? "ma-hop-tac-xa" : "ngay-gia-nhap";
			problems.add(column, ex.messageKey(), ex.arguments());
		}
	}

	private static Map<String, List<UnionMembership>> inFile(ImportContext context) {
		return context.cached("registry.membershipsInFile", ConcurrentHashMap::new);
	}

	/** The organisation as this file declares it, else as stored (cached for the file); null when neither. */
	private Organisation aggregate(ImportContext context, String code) {
		Organisation declared = OrganisationSheet.aggregatesInFile(context).get(code);
		if (declared != null) {
			return declared;
		}
		if (!OrganisationId.isValid(code)) {
			return null;
		}
		Map<String, Optional<Organisation>> cache = context.cached("registry.storedAggregates", ConcurrentHashMap::new);
		return cache.computeIfAbsent(code, key -> store.find(OrganisationId.of(key))).orElse(null);
	}

	@Override
	public StoreCounts store(List<Row> batch, ImportContext context) {
		String actor = context.user().username();
		Map<String, Row> byKey = new LinkedHashMap<>();
		batch.forEach(row -> byKey.put(row.key(), row));
		Map<String, Optional<LocalDate>> before = new HashMap<>();
		jdbc.sql("""
				SELECT m.union_id, m.member_id, m.joined_on, m.left_on FROM registry_union_membership m
				JOIN unnest(:unions::varchar[], :members::varchar[], :joined::text[]) AS t(union_id, member_id, joined)
				  ON m.union_id = t.union_id AND m.member_id = t.member_id AND m.joined_on = t.joined::date""")
			.param("unions", column(batch, Row::union))
			.param("members", column(batch, Row::member))
			.param("joined", column(batch, row -> row.joinedOn().toString()))
			.query(rs -> {
				before.put(rs.getString(1) + "/" + rs.getString(2) + "/" + rs.getObject(3, LocalDate.class),
						Optional.ofNullable(rs.getObject(4, LocalDate.class)));
			});
		List<Row> created = new ArrayList<>();
		List<Row> updated = new ArrayList<>();
		for (Row row : byKey.values()) {
			Optional<LocalDate> stored = before.get(row.key());
			if (stored == null) {
				created.add(row);
			}
			else if (!stored.equals(Optional.ofNullable(row.leftOn()))) {
				updated.add(row);
			}
		}
		if (!created.isEmpty()) {
			jdbc.sql("""
					INSERT INTO registry_union_membership (union_id, member_id, joined_on, left_on, recorded_at, recorded_by)
					SELECT union_id, member_id, joined::date, left_on::date, :now, :by
					FROM unnest(:unions::varchar[], :members::varchar[], :joined::text[], :lefts::text[])
					    AS t(union_id, member_id, joined, left_on)""")
				.param("now", OrganisationStore.timestamp(clock.instant()))
				.param("by", actor)
				.param("unions", column(created, Row::union))
				.param("members", column(created, Row::member))
				.param("joined", column(created, row -> row.joinedOn().toString()))
				.param("lefts", column(created, row -> row.leftOn() == null ? null : row.leftOn().toString()))
				.update();
		}
		if (!updated.isEmpty()) {
			jdbc.sql("""
					UPDATE registry_union_membership m SET left_on = t.left_on::date, recorded_at = :now, recorded_by = :by
					FROM unnest(:unions::varchar[], :members::varchar[], :joined::text[], :lefts::text[])
					    AS t(union_id, member_id, joined, left_on)
					WHERE m.union_id = t.union_id AND m.member_id = t.member_id AND m.joined_on = t.joined::date""")
				.param("now", OrganisationStore.timestamp(clock.instant()))
				.param("by", actor)
				.param("unions", column(updated, Row::union))
				.param("members", column(updated, Row::member))
				.param("joined", column(updated, row -> row.joinedOn().toString()))
				.param("lefts", column(updated, row -> row.leftOn() == null ? null : row.leftOn().toString()))
				.update();
		}
		StoreCounts counts = StoreCounts.ofBatch(batch.size(), created.size(), updated.size());
		if (!created.isEmpty() || !updated.isEmpty()) {
			Map<String, Object> summary = new LinkedHashMap<>();
			summary.put("job", context.job().toString());
			summary.put("sheet", SHEET);
			summary.put("created", counts.created());
			summary.put("updated", counts.updated());
			summary.put("unchanged", counts.unchanged());
			auditor.record(new AuditRecord(RegistryManagement.MODULE, "UnionMembershipImport", context.job().toString(),
					"IMPORTED", null, summary));
		}
		return counts;
	}

	private static <T> String[] column(List<T> rows, Function<T, String> value) {
		return rows.stream().map(value).toArray(String[]::new);
	}

}
