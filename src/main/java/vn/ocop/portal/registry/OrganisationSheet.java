package vn.ocop.portal.registry;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

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
import vn.ocop.portal.importing.StagedStore;
import vn.ocop.portal.importing.StagingRow;
import vn.ocop.portal.importing.StoreCounts;
import vn.ocop.portal.units.AdministrativeUnit;
import vn.ocop.portal.units.AdministrativeUnits;
import vn.ocop.portal.units.UnitCode;

/**
 * The sheet {@code to-chuc} (alias {@code organisations}): organisations upserted by their stable
 * code. Rows are checked with the registry's own value objects and policies
 * ({@link OrganisationDetails}, {@link Organisation#register} and its transitions), the unit must
 * exist on the registration date and lie in the importing officer's scope. One audit record per
 * import and batch summarises what changed (per-row audit would double the store time).
 */
@Component
class OrganisationSheet implements RegistrySheet<OrganisationSheet.Row> {

	static final String SHEET = "to-chuc";

	static final String CACHE = "registry.organisations";

	static final SheetDefinition DEFINITION = SheetDefinition.of(SHEET, "registry.import.organisations",
			"registry.import.organisations.description",
			ColumnDefinition.required("ma", ColumnType.CODE, "registry.import.column.code").alias("code").maxLength(64).example("HTX-0000123"),
			ColumnDefinition.required("loai", ColumnType.CODE, "registry.import.column.kind").alias("kind").maxLength(5).example("HTX"),
			ColumnDefinition.required("ten", ColumnType.TEXT, "registry.import.column.name").alias("name")
				.maxLength(OrganisationDetails.NAME_MAX).example("Hợp tác xã Đồng Tâm"),
			ColumnDefinition.optional("so-dang-ky", ColumnType.CODE, "registry.import.column.registrationNumber")
				.alias("registration-number").maxLength(RegistrationNumber.MAX_LENGTH).example("4707000123"),
			ColumnDefinition.optional("ma-so-thue", ColumnType.CODE, "registry.import.column.taxCode").alias("tax-code")
				.maxLength(14).example("4700123456"),
			ColumnDefinition.required("ngay-dang-ky", ColumnType.DATE, "registry.import.column.registrationDate")
				.alias("registration-date").example("27/12/2022"),
			ColumnDefinition.required("co-quan-dang-ky", ColumnType.TEXT, "registry.import.column.authority")
				.alias("registration-authority").maxLength(OrganisationDetails.AUTHORITY_MAX).example("UBND huyện Ba Bể"),
			ColumnDefinition.required("ma-don-vi", ColumnType.CODE, "registry.import.column.unit").alias("unit-code")
				.maxLength(5).example("061"),
			ColumnDefinition.optional("dia-chi", ColumnType.TEXT, "registry.import.column.address").alias("address")
				.maxLength(OrganisationDetails.ADDRESS_MAX).example("Thôn Bó Lù, xã Nam Mẫu"),
			ColumnDefinition.required("nganh", ColumnType.CODE, "registry.import.column.sector").alias("sector")
				.maxLength(30).example("AGRICULTURE"),
			ColumnDefinition.optional("nguoi-dai-dien", ColumnType.TEXT, "registry.import.column.representative")
				.alias("representative").maxLength(OrganisationDetails.REPRESENTATIVE_MAX).example("Hoàng Văn Minh"),
			ColumnDefinition.optional("chuc-danh", ColumnType.TEXT, "registry.import.column.title")
				.alias("representative-title").maxLength(OrganisationDetails.TITLE_MAX).example("Giám đốc"),
			ColumnDefinition.optional("dien-thoai", ColumnType.TEXT, "registry.import.column.phone").alias("phone")
				.maxLength(OrganisationDetails.PHONE_MAX).example("0209 3876 123"),
			ColumnDefinition.optional("email", ColumnType.TEXT, "registry.import.column.email").alias("thu-dien-tu")
				.maxLength(OrganisationDetails.EMAIL_MAX).example("htx.dongtam@example.vn"),
			ColumnDefinition.optional("trang-thai", ColumnType.CODE, "registry.import.column.status").alias("status")
				.maxLength(12).example("OPERATING"),
			ColumnDefinition.optional("ngay-trang-thai", ColumnType.DATE, "registry.import.column.statusDate")
				.alias("status-date").example(""),
			ColumnDefinition.optional("ly-do-tam-ngung", ColumnType.TEXT, "registry.import.column.reason")
				.alias("suspension-reason").maxLength(1000).example(""),
			ColumnDefinition.optional("so-quyet-dinh-giai-the", ColumnType.TEXT, "registry.import.column.decisionNumber")
				.alias("dissolution-decision-number").maxLength(50).example(""),
			ColumnDefinition.optional("ngay-quyet-dinh-giai-the", ColumnType.DATE, "registry.import.column.decisionDate")
				.alias("dissolution-decision-date").example(""),
			ColumnDefinition.optional("hinh-thuc-giai-the", ColumnType.CODE, "registry.import.column.dissolutionKind")
				.alias("dissolution-kind").maxLength(12).example(""))
		.alias("organisations")
		.key("ma")
		.order(10);

	/** The form fields of the domain's rules, mapped to this sheet's columns. */
	private static final Map<String, String> COLUMNS = Map.ofEntries(Map.entry("name", "ten"),
			Map.entry("registrationNumber", "so-dang-ky"), Map.entry("taxCode", "ma-so-thue"),
			Map.entry("registrationDate", "ngay-dang-ky"), Map.entry("registrationAuthority", "co-quan-dang-ky"),
			Map.entry("unitCode", "ma-don-vi"), Map.entry("address", "dia-chi"), Map.entry("sector", "nganh"),
			Map.entry("representativeName", "nguoi-dai-dien"), Map.entry("representativeTitle", "chuc-danh"),
			Map.entry("phone", "dien-thoai"), Map.entry("email", "email"), Map.entry("date", "ngay-trang-thai"),
			Map.entry("decisionNumber", "so-quyet-dinh-giai-the"), Map.entry("decisionDate", "ngay-quyet-dinh-giai-the"),
			Map.entry("dissolutionKind", "hinh-thuc-giai-the"), Map.entry("reason", "ly-do-tam-ngung"));

	/** One parsed row: the raw cells, turned into the domain's objects by {@link #organisation}. */
	record Row(String code, String kind, String name, String registrationNumber, String taxCode, LocalDate registrationDate,
			String authority, String unitCode, String address, String sector, String representative, String title,
			String phone, String email, String status, LocalDate statusDate, String reason, String decisionNumber, LocalDate decisionDate,
			String dissolutionKind) {
	}

	/** Where the rules' problems go: the row's problems while checking, an exception while storing. */
	interface Problems {

		void add(String column, String messageKey, Object... args);

		void addToRow(String messageKey, Object... args);

		static Problems of(RowProblems problems) {
			return new Problems() {
				public void add(String column, String messageKey, Object... args) {
					problems.add(column, messageKey, args);
				}

				public void addToRow(String messageKey, Object... args) {
					problems.addToRow(messageKey, args);
				}
			};
		}

		static Problems failing(String code) {
			return new Problems() {
				public void add(String column, String messageKey, Object... args) {
					throw new IllegalStateException("Row " + code + " no longer passes the registry's rules: " + messageKey);
				}

				public void addToRow(String messageKey, Object... args) {
					add(null, messageKey, args);
				}
			};
		}

	}

	/** What the database holds of an organisation: for scope checks, references and transitions. */
	record Stored(String unitCode, OrganisationKind kind, OrganisationStatus status, LocalDate registrationDate,
			LocalDate statusDate) {

		static Stored of(Organisation organisation) {
			return new Stored(organisation.details().unitCode(), organisation.kind(), organisation.status(),
					organisation.details().registrationDate(), organisation.lastChange().effectiveDate());
		}

	}

	private final JdbcClient jdbc;

	private final AdministrativeUnits units;

	private final ScopeGuard scopeGuard;

	private final UnitAreas areas;

	private final Auditor auditor;

	private final Clock clock;

	OrganisationSheet(JdbcClient jdbc, AdministrativeUnits units, ScopeGuard scopeGuard, UnitAreas areas, Auditor auditor,
			Clock clock) {
		this.jdbc = jdbc;
		this.units = units;
		this.scopeGuard = scopeGuard;
		this.areas = areas;
		this.auditor = auditor;
		this.clock = clock;
	}

	@Override
	public SheetDefinition definition() {
		return DEFINITION;
	}

	@Override
	public Row parse(ImportRow row, RowProblems problems) {
		return new Row(upper(row.code("ma")), upper(row.code("loai")), row.text("ten"), row.code("so-dang-ky"),
				row.code("ma-so-thue"), row.date("ngay-dang-ky"), row.text("co-quan-dang-ky"), row.code("ma-don-vi"),
				row.text("dia-chi"), upper(row.code("nganh")), row.text("nguoi-dai-dien"), row.text("chuc-danh"),
				row.text("dien-thoai"), row.text("email"), upper(row.code("trang-thai")), row.date("ngay-trang-thai"),
				row.text("ly-do-tam-ngung"), row.text("so-quyet-dinh-giai-the"), row.date("ngay-quyet-dinh-giai-the"), upper(row.code("hinh-thuc-giai-the")));
	}

	@Override
	public String key(Row row) {
		return row.code();
	}

	@Override
	public void check(Row row, ImportContext context, RowProblems problems) {
		Organisation organisation = organisation(row, Problems.of(problems));
		if (organisation == null) {
			return;
		}
		OrganisationDetails details = organisation.details();
		inFile(context).put(row.code(), Stored.of(organisation));
		aggregatesInFile(context).put(row.code(), organisation);
		if (!unitValidOn(context, details.unitCode(), details.registrationDate())) {
			problems.add("ma-don-vi", "registry.rule.unitCode.notValidOn", details.unitCode(),
					RegistryDates.format(details.registrationDate()));
			return;
		}
		if (!covers(context, details.unitCode())) {
			problems.add("ma-don-vi", "registry.rule.unitCode.outsideScope", details.unitCode());
		}
		uniqueNumbers(organisation, context, problems);
		Stored stored = stored(context).get(row.code());
		if (stored != null) {
			if (!covers(context, stored.unitCode())) {
				problems.add("ma", "registry.import.problem.organisationOutsideScope", row.code(), stored.unitCode());
			}
			if (stored.kind() != organisation.kind()) {
				problems.add("loai", "registry.import.problem.kindChanged", stored.kind().name());
			}
			if (stored.status() == OrganisationStatus.DISSOLVED && organisation.status() != OrganisationStatus.DISSOLVED) {
				problems.add("trang-thai", "registry.rule.transition.dissolvedIsFinal");
			}
			else if (stored.status() == OrganisationStatus.SUSPENDED && organisation.status() == OrganisationStatus.OPERATING) {
				// a resumption needs its own dated change: recorded on the organisation's page, not by import
				problems.add("trang-thai", "registry.import.problem.resumeByForm");
			}
			else if (stored.status() != organisation.status()
					&& organisation.lastChange().effectiveDate().isBefore(stored.statusDate())) {
				problems.add("ngay-trang-thai", "registry.rule.transition.beforeLast", RegistryDates.format(stored.statusDate()));
			}
		}
	}

	/**
	 * Whether the importing user's scope covers the unit code: asked once per code and file (the
	 * answer walks the units' hierarchy; a file repeats the same few hundred codes).
	 */
	boolean covers(ImportContext context, String unitCode) {
		if (unitCode == null) {
			return false;
		}
		Map<String, Boolean> answers = context.cached(CACHE + ".covers", ConcurrentHashMap::new);
		return answers.computeIfAbsent(unitCode, code -> scopeGuard.covers(context.user().scope(), code));
	}

	/** Whether the unit code was valid on the date: each code's history is read once per file. */
	private boolean unitValidOn(ImportContext context, String unitCode, LocalDate date) {
		Map<String, List<AdministrativeUnit>> histories = context.cached(CACHE + ".unitHistories", ConcurrentHashMap::new);
		return histories.computeIfAbsent(unitCode, code -> units.history(UnitCode.of(code)))
			.stream()
			.anyMatch(unit -> unit.validOn(date));
	}

	/** The organisations of this file that passed the registry's rules, for the sheets that refer to them. */
	static Map<String, Stored> inFile(ImportContext context) {
		return context.cached(CACHE + ".inFile", java.util.concurrent.ConcurrentHashMap::new);
	}

	/**
	 * Registration numbers (per kind) and tax codes are unique in the registry: another row of the
	 * file or another stored organisation holding the same one is a problem of this row.
	 */
	private void uniqueNumbers(Organisation organisation, ImportContext context, RowProblems problems) {
		String code = organisation.id().value();
		Map<String, String> numbers = context.cached(CACHE + ".numbers", () -> {
			Map<String, String> all = new java.util.concurrent.ConcurrentHashMap<>();
			jdbc.sql("SELECT id, kind, registration_number, tax_code FROM registry_organisation"
					+ " WHERE registration_number IS NOT NULL OR tax_code IS NOT NULL")
				.query(rs -> {
					if (rs.getString(3) != null) {
						all.put("R/" + rs.getString(2) + "/" + rs.getString(3), rs.getString(1));
					}
					if (rs.getString(4) != null) {
						all.put("T/" + rs.getString(4), rs.getString(1));
					}
				});
			return all;
		});
		Map<String, String> inFile = context.cached(CACHE + ".numbersInFile", java.util.concurrent.ConcurrentHashMap::new);
		OrganisationDetails details = organisation.details();
		if (details.registrationNumber() != null) {
			String key = "R/" + organisation.kind().name() + "/" + details.registrationNumber().value();
			if (taken(key, code, numbers, inFile)) {
				problems.add("so-dang-ky", "registry.rule.registrationNumber.taken");
			}
		}
		if (details.taxCode() != null) {
			String key = "T/" + details.taxCode().value();
			if (taken(key, code, numbers, inFile)) {
				problems.add("ma-so-thue", "registry.rule.taxCode.taken");
			}
		}
	}

	private static boolean taken(String key, String code, Map<String, String> stored, Map<String, String> inFile) {
		String earlier = inFile.putIfAbsent(key, code);
		if (earlier != null && !earlier.equals(code)) {
			return true;
		}
		String owner = stored.get(key);
		return owner != null && !owner.equals(code);
	}

	/** The organisations of this file that passed the rules, as aggregates (for the membership policies). */
	static Map<String, Organisation> aggregatesInFile(ImportContext context) {
		return context.cached(CACHE + ".aggregatesInFile", java.util.concurrent.ConcurrentHashMap::new);
	}

	/**
	 * An organisation a later sheet refers to: as this file declares it, else as stored; null when
	 * neither (or when the file's row broke a rule, which is reported there).
	 */
	Stored known(ImportContext context, String code) {
		Stored declared = inFile(context).get(code);
		return declared != null ? declared : stored(context).get(code);
	}

	/** Every organisation stored, loaded once per file (code, unit, kind, status). */
	Map<String, Stored> stored(ImportContext context) {
		return context.cached(CACHE, () -> {
			Map<String, Stored> all = new HashMap<>();
			jdbc.sql("SELECT id, unit_code, kind, status, registration_date, status_date FROM registry_organisation")
				.query(rs -> {
					all.put(rs.getString(1), new Stored(rs.getString(2), OrganisationKind.valueOf(rs.getString(3)),
							OrganisationStatus.valueOf(rs.getString(4)), rs.getObject(5, LocalDate.class),
							rs.getObject(6, LocalDate.class)));
				});
			return all;
		});
	}

	/**
	 * The row as the domain's aggregate, built by the same rules as the registration form and the
	 * status transitions; null (with problems) when a rule is broken.
	 */
	Organisation organisation(Row row, Problems problems) {
		int[] count = { 0 };
		Problems counted = new Problems() {
			public void add(String column, String messageKey, Object... args) {
				count[0]++;
				problems.add(column, messageKey, args);
			}

			public void addToRow(String messageKey, Object... args) {
				count[0]++;
				problems.addToRow(messageKey, args);
			}
		};
		return organisation(row, counted, count);
	}

	private Organisation organisation(Row row, Problems problems, int[] count) {
		OrganisationId id = null;
		if (!OrganisationId.isValid(row.code())) {
			problems.add("ma", "registry.import.problem.code");
		}
		else {
			id = OrganisationId.of(row.code());
		}
		OrganisationKind kind = choice(OrganisationKind.class, row.kind(), "loai", problems);
		Sector sector = choice(Sector.class, row.sector(), "nganh", problems);
		OrganisationStatus status = row.status() == null ? OrganisationStatus.OPERATING
				: choice(OrganisationStatus.class, row.status(), "trang-thai", problems);
		DissolutionKind dissolutionKind = row.dissolutionKind() == null ? null
				: choice(DissolutionKind.class, row.dissolutionKind(), "hinh-thuc-giai-the", problems);
		RegistrationNumber number = null;
		try {
			number = RegistrationNumber.parse(row.registrationNumber());
		}
		catch (IllegalArgumentException ex) {
			problems.add("so-dang-ky", "registry.rule.registrationNumber.format");
		}
		TaxCode taxCode = null;
		try {
			taxCode = TaxCode.parse(row.taxCode());
		}
		catch (IllegalArgumentException ex) {
			problems.add("ma-so-thue", "registry.rule.taxCode.format");
		}
		if (count[0] > 0) {
			return null;
		}
		try {
			OrganisationDetails details = new OrganisationDetails(row.name(), number, taxCode, row.registrationDate(),
					row.authority(), row.unitCode(), row.address(), sector, row.representative(), row.title(), row.phone(),
					row.email());
			Organisation organisation = Organisation.register(id, kind, details, OrganisationBulkInserts.SYSTEM, clock);
			LocalDate statusDate = row.statusDate() == null ? details.registrationDate() : row.statusDate();
			if (status == OrganisationStatus.SUSPENDED) {
				organisation.suspend(statusDate, row.reason(), OrganisationBulkInserts.SYSTEM, clock);
			}
			else if (status == OrganisationStatus.DISSOLVED) {
				organisation.dissolve(statusDate, row.decisionNumber(), row.decisionDate(), dissolutionKind,
						OrganisationBulkInserts.SYSTEM, clock);
			}
			return organisation;
		}
		catch (RegistryRuleViolation ex) {
			String column = ex.field() == null ? null : COLUMNS.get(ex.field());
			if (column == null) {
				problems.addToRow(ex.messageKey(), ex.arguments());
			}
			else {
				problems.add(column, ex.messageKey(), ex.arguments());
			}
			return null;
		}
	}

	private static <E extends Enum<E>> E choice(Class<E> type, String value, String column, Problems problems) {
		if (value == null) {
			return null;
		}
		try {
			return Enum.valueOf(type, value);
		}
		catch (IllegalArgumentException ex) {
			problems.add(column, "registry.import.problem.choice",
					String.join(", ", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList()));
			return null;
		}
	}

	private static String upper(String code) {
		return code == null ? null : code.strip().toUpperCase(Locale.ROOT);
	}

	/** The staging table of the set-based store (temporary: dropped when the file's transaction ends). */
	static final String STAGE = "registry_import_organisation_stage";

	/** The set-based store: every row copied into {@link #STAGE}, then the sheet upserted at once. */
	@Override
	public StagedStore<Row> staged() {
		return staged;
	}

	private final StagedStore<Row> staged = new StagedStore<>() {

		@Override
		public String createTable() {
			return "CREATE TEMPORARY TABLE " + STAGE + """
					 (id text NOT NULL, kind text NOT NULL, name text NOT NULL, reg text,
					    tax text, reg_date date NOT NULL, authority text, unit text NOT NULL, address text,
					    sector text NOT NULL, rep text, title text, phone text, email text,
					    status text NOT NULL, status_date date NOT NULL, search text NOT NULL, sort_key bytea NOT NULL,
					    status_before text,
					    first_seq int NOT NULL, first_transition text NOT NULL, first_status text NOT NULL,
					    first_date date NOT NULL, first_reason text, first_decision text, first_decision_date date,
					    first_how text,
					    last_seq int NOT NULL, last_transition text NOT NULL, last_status text NOT NULL,
					    last_date date NOT NULL, last_reason text, last_decision text, last_decision_date date,
					    last_how text) ON COMMIT DROP""";
		}

		@Override
		public String copyCommand() {
			return "COPY " + STAGE + " (id, kind, name, reg, tax, reg_date, authority, unit, address, sector, rep, title, phone,"
					+ " email, status, status_date, search, sort_key, first_seq, first_transition, first_status, first_date,"
					+ " first_reason, first_decision, first_decision_date, first_how, last_seq, last_transition, last_status,"
					+ " last_date, last_reason, last_decision, last_decision_date, last_how) FROM STDIN";
		}

		@Override
		public void write(Row row, ImportContext context, StagingRow out) {
			// the check pass built the same row's aggregate already (same file, same rules)
			Organisation organisation = aggregatesInFile(context).get(row.code());
			if (organisation == null) {
				organisation = organisation(row, Problems.failing(row.code()));
			}
			OrganisationDetails details = organisation.details();
			String id = organisation.id().value();
			out.add(id).add(organisation.kind().name()).add(details.name()).add(text(details.registrationNumber()))
				.add(text(details.taxCode())).add(details.registrationDate()).add(details.registrationAuthority())
				.add(details.unitCode()).add(details.address()).add(details.sector().name()).add(details.representativeName())
				.add(details.representativeTitle()).add(details.phone()).add(details.email()).add(organisation.status().name())
				.add(organisation.lastChange().effectiveDate())
				.add(OrganisationStore.searchText(id, details.name(), details.registrationNumber(), details.taxCode()))
				.add("\\x" + HexFormat.of().formatHex(NameSortKey.of(details.name())));
			List<StatusChange> history = organisation.history();
			change(out, history.get(0));
			change(out, history.get(history.size() - 1));
		}

		private void change(StagingRow out, StatusChange change) {
			out.add(change.seq()).add(change.transition().name()).add(change.status().name()).add(change.effectiveDate())
				.add(change.reason()).add(change.decisionNumber()).add(change.decisionDate())
				.add(change.dissolutionKind() == null ? null : change.dissolutionKind().name());
		}

		@Override
		public StoreCounts store(long rows, ImportContext context) {
			return storeStaged(rows, context);
		}

	};

	/**
	 * Upserts the staged sheet with a few statements: the status before of the organisations
	 * already stored, one upsert that leaves unchanged rows alone (ON CONFLICT would lock, and so
	 * write, every one of them), the status changes of the created organisations (their whole
	 * history) and of the updated ones whose status changed (the last change, numbered after the
	 * stored ones), the areas of their units, and the audit entries.
	 */
	private StoreCounts storeStaged(long rows, ImportContext context) {
		jdbc.sql("ANALYZE " + STAGE).update();
		jdbc.sql("UPDATE " + STAGE + " t SET status_before = o.status FROM registry_organisation o WHERE o.id = t.id")
			.update();
		jdbc.sql("CREATE TEMPORARY TABLE " + STAGE + "_result (id varchar(64) NOT NULL, created boolean NOT NULL) ON COMMIT DROP")
			.update();
		jdbc.sql("WITH upserted AS (" + """
				INSERT INTO registry_organisation AS o (id, kind, name, registration_number, tax_code, registration_date,
				    registration_authority, unit_code, address, sector, representative_name, representative_title, phone,
				    email, status, status_date, search_text, name_sort_key, version, created_at, updated_at)
				SELECT t.id, t.kind, t.name, t.reg, t.tax, t.reg_date, t.authority, t.unit, t.address, t.sector, t.rep, t.title,
				       t.phone, t.email, t.status, t.status_date, t.search, t.sort_key, 0, :now, :now
				FROM """ + " " + STAGE + """
				 t LEFT JOIN registry_organisation x ON x.id = t.id
				-- rows stored as they are now are left out before the upsert (ON CONFLICT would lock, and so
				-- write, every one of them); a join, not a subquery per row, whatever the table's statistics
				WHERE x.id IS NULL
				   OR (x.name, x.registration_number, x.tax_code, x.registration_date, x.registration_authority, x.unit_code,
				       x.address, x.sector, x.representative_name, x.representative_title, x.phone, x.email, x.status)
				      IS DISTINCT FROM
				      (t.name, t.reg, t.tax, t.reg_date, t.authority, t.unit, t.address, t.sector, t.rep, t.title, t.phone,
				       t.email, t.status)
				ON CONFLICT (id) DO UPDATE SET name = excluded.name, registration_number = excluded.registration_number,
				    tax_code = excluded.tax_code, registration_date = excluded.registration_date,
				    registration_authority = excluded.registration_authority, unit_code = excluded.unit_code,
				    address = excluded.address, sector = excluded.sector, representative_name = excluded.representative_name,
				    representative_title = excluded.representative_title, phone = excluded.phone, email = excluded.email,
				    status = excluded.status,
				    status_date = CASE WHEN o.status = excluded.status THEN o.status_date ELSE excluded.status_date END,
				    search_text = excluded.search_text,
				    name_sort_key = excluded.name_sort_key, version = o.version + 1, updated_at = excluded.updated_at
				WHERE (o.name, o.registration_number, o.tax_code, o.registration_date, o.registration_authority, o.unit_code,
				       o.address, o.sector, o.representative_name, o.representative_title, o.phone, o.email, o.status)
				      IS DISTINCT FROM
				      (excluded.name, excluded.registration_number, excluded.tax_code, excluded.registration_date,
				       excluded.registration_authority, excluded.unit_code, excluded.address, excluded.sector,
				       excluded.representative_name, excluded.representative_title, excluded.phone, excluded.email,
				       excluded.status)
				RETURNING o.id, (xmax = 0) AS created)
				INSERT INTO """ + " " + STAGE + "_result SELECT id, created FROM upserted")
			.param("now", OrganisationStore.timestamp(clock.instant()))
			.update();
		jdbc.sql("INSERT INTO registry_status_change (organisation_id, seq, transition, status, effective_date, reason,"
				+ " decision_number, decision_date, dissolution_kind, recorded_at, recorded_by)"
				// created: the whole history (registration, then the transition the row declares, if any)
				+ " SELECT t.id, c.seq, c.transition, c.status, c.effective, c.reason, c.decision, c.decision_date, c.how, :now, :by"
				+ " FROM " + STAGE + " t JOIN " + STAGE + "_result r ON r.id = t.id AND r.created"
				+ " CROSS JOIN LATERAL (VALUES (t.first_seq, t.first_transition, t.first_status, t.first_date, t.first_reason,"
				+ "     t.first_decision, t.first_decision_date, t.first_how),"
				+ "   (t.last_seq, t.last_transition, t.last_status, t.last_date, t.last_reason, t.last_decision,"
				+ "     t.last_decision_date, t.last_how))"
				+ "   AS c(seq, transition, status, effective, reason, decision, decision_date, how)"
				+ " WHERE c.seq = t.first_seq OR t.last_seq <> t.first_seq"
				// updated with another status: the row's last change, numbered after the stored ones
				+ " UNION ALL SELECT t.id, (SELECT coalesce(max(s.seq), 0) + 1 FROM registry_status_change s"
				+ "     WHERE s.organisation_id = t.id),"
				+ "   t.last_transition, t.last_status, t.last_date, t.last_reason, t.last_decision, t.last_decision_date,"
				+ "   t.last_how, :now, :by"
				+ " FROM " + STAGE + " t JOIN " + STAGE + "_result r ON r.id = t.id AND NOT r.created"
				+ " WHERE t.status IS DISTINCT FROM t.status_before"
				+ " ON CONFLICT DO NOTHING")
			.param("now", OrganisationStore.timestamp(clock.instant()))
			.param("by", context.user().username())
			.update();
		areas.ensure(jdbc.sql("SELECT DISTINCT unit FROM " + STAGE).query(String.class).list());
		long[] created = { 0, 0 };
		List<String> codes = new ArrayList<>();
		List<List<String>> chunks = new ArrayList<>();
		jdbc.sql("SELECT id, created FROM " + STAGE + "_result ORDER BY id").query(rs -> {
			if (rs.getBoolean(2)) {
				created[0]++;
			}
			else {
				created[1]++;
			}
			codes.add(rs.getString(1));
			if (codes.size() == AUDITED_CODES) {
				chunks.add(List.copyOf(codes));
				codes.clear();
			}
		});
		if (!codes.isEmpty()) {
			chunks.add(List.copyOf(codes));
		}
		StoreCounts counts = new StoreCounts(created[0], created[1], rows - created[0] - created[1]);
		// one audit entry per 1,000 organisations created or updated, with their codes and the sheet's counts
		for (int i = 0; i < chunks.size(); i++) {
			Map<String, Object> summary = new LinkedHashMap<>();
			summary.put("job", context.job().toString());
			summary.put("sheet", SHEET);
			summary.put("created", counts.created());
			summary.put("updated", counts.updated());
			summary.put("unchanged", counts.unchanged());
			summary.put("part", (i + 1) + "/" + chunks.size());
			summary.put("codes", chunks.get(i));
			auditor.record(new AuditRecord(RegistryManagement.MODULE, "OrganisationImport", context.job().toString(),
					"IMPORTED", null, summary));
		}
		return counts;
	}

	/** Codes named per audit entry of an import. */
	private static final int AUDITED_CODES = 1000;

	@Override
	public boolean exists(String key) {
		return jdbc.sql("SELECT count(*) FROM registry_organisation WHERE id = :id").param("id", key).query(Long.class)
			.single() > 0;
	}

	private static String text(Object value) {
		return value == null ? null : value.toString();
	}



}
