package vn.ocop.portal.registry;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.ocop.portal.audit.AuditRecord;
import vn.ocop.portal.audit.Auditor;
import vn.ocop.portal.importing.ColumnDefinition;
import vn.ocop.portal.importing.ColumnType;
import vn.ocop.portal.importing.ImportContext;
import vn.ocop.portal.importing.ImportRow;
import vn.ocop.portal.importing.RowProblems;
import vn.ocop.portal.importing.SheetDefinition;
import vn.ocop.portal.importing.StagedStore;
import vn.ocop.portal.importing.StagingRow;
import vn.ocop.portal.importing.StoreCounts;

/**
 * The sheet {@code cap-nhat-hang-nam} (alias {@code annual-updates}): annual updates upserted by
 * organisation and year, as an officer enters them (accepted). The figures pass
 * {@link AnnualFigures} and the rules of the forms ({@link RegistryManagement#checkUpdate}): a
 * membership rule's ERROR rejects the row, a WARNING does not. The organisation is one of the file
 * (sheet {@code to-chuc}) or of the database, within the importing officer's scope. No
 * classification score column: imported updates are not classified. One audit record per batch
 * that changed something.
 */
@Component
class AnnualUpdateSheet implements RegistrySheet<AnnualUpdateSheet.Row> {

	static final String SHEET = "cap-nhat-hang-nam";

	static final SheetDefinition DEFINITION = SheetDefinition.of(SHEET, "registry.import.annualUpdates",
			"registry.import.annualUpdates.description",
			ColumnDefinition.required("ma-to-chuc", ColumnType.CODE, "registry.import.column.organisation")
				.alias("organisation-code").maxLength(64).example("HTX-0000123"),
			ColumnDefinition.required("nam", ColumnType.INTEGER, "registry.import.column.year").alias("year").example("2024"),
			ColumnDefinition.required("thanh-vien-chinh-thuc", ColumnType.INTEGER, "registry.import.column.officialMembers")
				.alias("official-members").example("12"),
			ColumnDefinition.required("thanh-vien-lien-ket-gop-von", ColumnType.INTEGER, "registry.import.column.capitalAssociates")
				.alias("capital-associates").example("3"),
			ColumnDefinition.required("thanh-vien-lien-ket-khong-gop-von", ColumnType.INTEGER,
					"registry.import.column.nonCapitalAssociates").alias("non-capital-associates").example("0"),
			ColumnDefinition.required("hop-tac-xa-thanh-vien", ColumnType.INTEGER, "registry.import.column.memberCooperatives")
				.alias("member-cooperatives").example("0"),
			ColumnDefinition.required("lao-dong", ColumnType.INTEGER, "registry.import.column.workers").alias("workers").example("15"),
			ColumnDefinition.required("von-dieu-le", ColumnType.DECIMAL, "registry.import.column.charterCapital")
				.alias("charter-capital").example("1.500.000.000"),
			ColumnDefinition.required("tong-tai-san", ColumnType.DECIMAL, "registry.import.column.totalAssets")
				.alias("total-assets").example("2.300.000.000"),
			ColumnDefinition.required("doanh-thu", ColumnType.DECIMAL, "registry.import.column.revenue").alias("revenue")
				.example("3.100.000.000"),
			ColumnDefinition.required("loi-nhuan", ColumnType.DECIMAL, "registry.import.column.profit").alias("profit")
				.example("210.000.000"),
			ColumnDefinition.required("thu-nhap-binh-quan", ColumnType.DECIMAL, "registry.import.column.averageIncome")
				.alias("average-income").example("84.000.000"))
		.alias("annual-updates")
		.key("ma-to-chuc", "nam")
		.order(20);

	private static final Map<String, String> COLUMNS = Map.ofEntries(Map.entry("year", "nam"),
			Map.entry("officialMembers", "thanh-vien-chinh-thuc"), Map.entry("capitalAssociates", "thanh-vien-lien-ket-gop-von"),
			Map.entry("nonCapitalAssociates", "thanh-vien-lien-ket-khong-gop-von"),
			Map.entry("memberCooperatives", "hop-tac-xa-thanh-vien"), Map.entry("workers", "lao-dong"),
			Map.entry("charterCapital", "von-dieu-le"), Map.entry("totalAssets", "tong-tai-san"),
			Map.entry("revenue", "doanh-thu"), Map.entry("profit", "loi-nhuan"), Map.entry("averageIncome", "thu-nhap-binh-quan"));

	record Row(String organisation, Long year, Long officialMembers, Long capitalAssociates, Long nonCapitalAssociates,
			Long memberCooperatives, Long workers, BigDecimal charterCapital, BigDecimal totalAssets, BigDecimal revenue,
			BigDecimal profit, BigDecimal averageIncome) {

		String key() {
			return organisation + "/" + year;
		}

	}

	private final JdbcClient jdbc;

	private final OrganisationSheet organisations;

	private final MembershipRules membershipRules;

	private final Auditor auditor;

	private final Clock clock;

	AnnualUpdateSheet(JdbcClient jdbc, OrganisationSheet organisations, MembershipRules membershipRules,
			Auditor auditor, Clock clock) {
		this.jdbc = jdbc;
		this.organisations = organisations;
		this.membershipRules = membershipRules;
		this.auditor = auditor;
		this.clock = clock;
	}

	@Override
	public SheetDefinition definition() {
		return DEFINITION;
	}

	@Override
	public Row parse(ImportRow row, RowProblems problems) {
		String code = row.code("ma-to-chuc");
		return new Row(code == null ? null : code.strip().toUpperCase(Locale.ROOT), row.integer("nam"),
				row.integer("thanh-vien-chinh-thuc"), row.integer("thanh-vien-lien-ket-gop-von"),
				row.integer("thanh-vien-lien-ket-khong-gop-von"), row.integer("hop-tac-xa-thanh-vien"), row.integer("lao-dong"),
				row.decimal("von-dieu-le"), row.decimal("tong-tai-san"), row.decimal("doanh-thu"), row.decimal("loi-nhuan"),
				row.decimal("thu-nhap-binh-quan"));
	}

	@Override
	public String key(Row row) {
		return row.key();
	}

	@Override
	public void check(Row row, ImportContext context, RowProblems problems) {
		OrganisationSheet.Stored organisation = organisations.known(context, row.organisation());
		if (organisation == null) {
			problems.add("ma-to-chuc", "importing.problem.unknownReference", row.organisation(), OrganisationSheet.SHEET);
			return;
		}
		if (!organisations.covers(context, organisation.unitCode())) {
			problems.add("ma-to-chuc", "registry.import.problem.organisationOutsideScope", row.organisation(),
					organisation.unitCode());
			return;
		}
		try {
			AnnualFigures figures = figures(row);
			int year = Math.toIntExact(row.year());
			boolean dissolvedBefore = organisation.status() == OrganisationStatus.DISSOLVED
					&& organisation.statusDate().isBefore(LocalDate.of(year, 1, 1));
			RegistryManagement.checkUpdate(organisation.kind(), organisation.registrationDate(), dissolvedBefore, year, figures,
					context.today(), membershipRules);
			// a WARNING of the membership rules is returned, not thrown: the row is imported
		}
		catch (RegistryRuleViolation ex) {
			String column = ex.field() == null ? null : COLUMNS.get(ex.field());
			if (column == null) {
				problems.addToRow(ex.messageKey(), ex.arguments());
			}
			else {
				problems.add(column, ex.messageKey(), ex.arguments());
			}
		}
		catch (ArithmeticException ex) {
			problems.add("nam", "registry.import.problem.tooLarge");
		}
	}

	private static AnnualFigures figures(Row row) {
		return new AnnualFigures(count(row.officialMembers()), count(row.capitalAssociates()),
				count(row.nonCapitalAssociates()), count(row.memberCooperatives()), count(row.workers()), row.charterCapital(),
				row.totalAssets(), row.revenue(), row.profit(), row.averageIncome(), null);
	}

	private static int count(Long value) {
		return Math.toIntExact(value);
	}

	/** The staging table of the set-based store (temporary: dropped when the file's transaction ends). */
	static final String STAGE = "registry_import_annual_update_stage";

	/** The set-based store: every row copied into {@link #STAGE}, then the sheet upserted at once. */
	@Override
	public StagedStore<Row> staged() {
		return staged;
	}

	private final StagedStore<Row> staged = new StagedStore<>() {

		@Override
		public String createTable() {
			return "CREATE TEMPORARY TABLE " + STAGE + " (org text NOT NULL, year int NOT NULL, official int NOT NULL,"
					+ " capital int NOT NULL, noncapital int NOT NULL, coops int NOT NULL, workers int NOT NULL,"
					+ " charter numeric NOT NULL, assets numeric NOT NULL, revenue numeric NOT NULL, profit numeric NOT NULL,"
					+ " income numeric NOT NULL) ON COMMIT DROP";
		}

		@Override
		public String copyCommand() {
			return "COPY " + STAGE + " (org, year, official, capital, noncapital, coops, workers, charter, assets, revenue,"
					+ " profit, income) FROM STDIN";
		}

		@Override
		public void write(Row row, ImportContext context, StagingRow out) {
			AnnualFigures f = figures(row);
			out.add(row.organisation()).add(row.year()).add(f.officialMembers()).add(f.capitalAssociates())
				.add(f.nonCapitalAssociates()).add(f.memberCooperatives()).add(f.workers())
				.add(f.charterCapital().toPlainString()).add(f.totalAssets().toPlainString()).add(f.revenue().toPlainString())
				.add(f.profit().toPlainString()).add(f.averageIncome().toPlainString());
		}

		@Override
		public StoreCounts store(long rows, ImportContext context) {
			return storeStaged(rows, context);
		}

	};

	/** Upserts the staged sheet in one statement that leaves unchanged rows alone; one audit entry. */
	private StoreCounts storeStaged(long rows, ImportContext context) {
		jdbc.sql("ANALYZE " + STAGE).update();
		String actor = context.user().username();
		long[] changed = jdbc.sql("WITH upserted AS (" + """
				INSERT INTO registry_annual_update AS u (organisation_id, year, status, official_members, capital_associates,
				    non_capital_associates, member_cooperatives, workers, charter_capital, total_assets, revenue, profit,
				    average_income, submitted_at, submitted_by, entered_by_officer, reviewed_at, reviewed_by, version)
				SELECT t.org, t.year, 'ACCEPTED', t.official, t.capital, t.noncapital, t.coops, t.workers, t.charter, t.assets,
				       t.revenue, t.profit, t.income, :now, :by, TRUE, :now, :by, 0
				FROM """ + " " + STAGE + """
				 t LEFT JOIN registry_annual_update x ON x.organisation_id = t.org AND x.year = t.year
				-- rows stored as they are now are left out before the upsert: ON CONFLICT would lock (and so
				-- write) every one of them; a join, not a subquery per row, whatever the table's statistics
				WHERE x.organisation_id IS NULL
				   OR (x.status, x.official_members, x.capital_associates, x.non_capital_associates, x.member_cooperatives,
				       x.workers, x.charter_capital, x.total_assets, x.revenue, x.profit, x.average_income)
				      IS DISTINCT FROM
				      ('ACCEPTED', t.official, t.capital, t.noncapital, t.coops, t.workers, t.charter, t.assets, t.revenue,
				       t.profit, t.income)
				ON CONFLICT (organisation_id, year) DO UPDATE SET status = 'ACCEPTED',
				    official_members = excluded.official_members, capital_associates = excluded.capital_associates,
				    non_capital_associates = excluded.non_capital_associates,
				    member_cooperatives = excluded.member_cooperatives, workers = excluded.workers,
				    charter_capital = excluded.charter_capital, total_assets = excluded.total_assets,
				    revenue = excluded.revenue, profit = excluded.profit, average_income = excluded.average_income,
				    entered_by_officer = TRUE, reviewed_at = excluded.reviewed_at, reviewed_by = excluded.reviewed_by,
				    return_reason = NULL, version = u.version + 1
				WHERE (u.status, u.official_members, u.capital_associates, u.non_capital_associates, u.member_cooperatives,
				       u.workers, u.charter_capital, u.total_assets, u.revenue, u.profit, u.average_income)
				      IS DISTINCT FROM
				      ('ACCEPTED', excluded.official_members, excluded.capital_associates, excluded.non_capital_associates,
				       excluded.member_cooperatives, excluded.workers, excluded.charter_capital, excluded.total_assets,
				       excluded.revenue, excluded.profit, excluded.average_income)
				RETURNING (xmax = 0) AS created)
				SELECT count(*) FILTER (WHERE created), count(*) FILTER (WHERE NOT created) FROM upserted""")
			.param("now", OrganisationStore.timestamp(clock.instant()))
			.param("by", actor)
			.query((rs, n) -> new long[] { rs.getLong(1), rs.getLong(2) })
			.single();
		StoreCounts counts = new StoreCounts(changed[0], changed[1], rows - changed[0] - changed[1]);
		if (changed[0] + changed[1] > 0) {
			Map<String, Object> summary = new LinkedHashMap<>();
			summary.put("job", context.job().toString());
			summary.put("sheet", SHEET);
			summary.put("created", counts.created());
			summary.put("updated", counts.updated());
			summary.put("unchanged", counts.unchanged());
			auditor.record(new AuditRecord(RegistryManagement.MODULE, "AnnualUpdateImport", context.job().toString(), "IMPORTED",
					null, summary));
		}
		return counts;
	}

	@Override
	public boolean exists(String key) {
		int slash = key.lastIndexOf('/');
		if (slash < 0) {
			return false;
		}
		return jdbc.sql("SELECT count(*) FROM registry_annual_update WHERE organisation_id = :id AND year::text = :year")
			.param("id", key.substring(0, slash)).param("year", key.substring(slash + 1)).query(Long.class).single() > 0;
	}


}
