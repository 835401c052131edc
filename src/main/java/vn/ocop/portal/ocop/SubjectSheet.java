package vn.ocop.portal.ocop;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.validation.MapBindingResult;

import vn.ocop.portal.audit.AuditRecord;
import vn.ocop.portal.audit.Auditor;
import vn.ocop.portal.importing.ColumnDefinition;
import vn.ocop.portal.importing.ColumnType;
import vn.ocop.portal.importing.ImportContext;
import vn.ocop.portal.importing.ImportRow;
import vn.ocop.portal.importing.RowProblems;
import vn.ocop.portal.importing.SheetDefinition;
import vn.ocop.portal.importing.StoreCounts;
import vn.ocop.portal.registry.OrganisationId;
import vn.ocop.portal.registry.Organisations;

/**
 * The sheet {@code chu-the} (alias {@code subjects}): OCOP subjects upserted by a stable code the
 * province gives them ({@code ocop_subject.code}). Cooperatives and cooperative groups are
 * organisations of the registry, named by their registry code or registration number (their name,
 * unit and contacts come from the registry, as on the page); enterprises, farms and household
 * businesses carry their own fields. Every row passes the subject form's checks
 * ({@link ProductRegistry#checkSubject}), including the importing officer's scope.
 */
@Component
class SubjectSheet implements OcopSheet<SubjectSheet.Row> {

	static final String SHEET = "chu-the";

	private static final String CACHE = "ocop.subjects";

	private static final Pattern CODE = Pattern.compile("[A-Z0-9._-]{1,64}");

	static final SheetDefinition DEFINITION = SheetDefinition.of(SHEET, "ocop.import.subjects",
			"ocop.import.subjects.description",
			ColumnDefinition.required("ma-chu-the", ColumnType.CODE, "ocop.import.column.subjectCode").alias("subject-code")
				.maxLength(64).example("CT-BK-0001"),
			ColumnDefinition.required("loai", ColumnType.CODE, "ocop.import.column.kind").alias("kind").maxLength(20)
				.example("HOUSEHOLD_BUSINESS"),
			ColumnDefinition.optional("ma-to-chuc", ColumnType.CODE, "ocop.import.column.organisationCode")
				.alias("organisation-code").maxLength(64).example(""),
			ColumnDefinition.optional("so-dang-ky", ColumnType.CODE, "ocop.import.column.registrationNumber")
				.alias("registration-number").maxLength(30).example(""),
			ColumnDefinition.optional("ten", ColumnType.TEXT, "ocop.import.column.name").alias("name").maxLength(255)
				.example("Hộ kinh doanh Nông Thị Hoa"),
			ColumnDefinition.optional("ma-so-thue", ColumnType.CODE, "ocop.import.column.taxCode").alias("tax-code")
				.maxLength(20).example("4700987654"),
			ColumnDefinition.optional("ma-don-vi", ColumnType.CODE, "ocop.import.column.unit").alias("unit-code")
				.maxLength(5).example("01909"),
			ColumnDefinition.optional("dia-chi", ColumnType.TEXT, "ocop.import.column.address").alias("address")
				.maxLength(500).example("Thôn Pác Ngòi, xã Nam Mẫu"),
			ColumnDefinition.optional("nguoi-dai-dien", ColumnType.TEXT, "ocop.import.column.representative")
				.alias("representative").maxLength(150).example("Nông Thị Hoa"),
			ColumnDefinition.optional("dien-thoai", ColumnType.TEXT, "ocop.import.column.phone").alias("phone").maxLength(30)
				.example("0912 345 678"),
			ColumnDefinition.optional("email", ColumnType.TEXT, "ocop.import.column.email").alias("thu-dien-tu")
				.maxLength(254).example(""))
		.alias("subjects")
		.key("ma-chu-the")
		.order(300);

	/** The form's fields, mapped to this sheet's columns. */
	private static final Map<String, String> COLUMNS = Map.of("kind", "loai", "name", "ten", "taxCode", "ma-so-thue",
			"unitCode", "ma-don-vi", "address", "dia-chi", "representative", "nguoi-dai-dien", "phone", "dien-thoai", "email",
			"email");

	record Row(String code, String kind, String organisationCode, String registrationNumber, String name, String taxCode,
			String unitCode, String address, String representative, String phone, String email) {
	}

	/** A row that passed the checks: the subject to store, and the stored subject it updates (or null). */
	record Planned(Subject subject, Long existingId) {
	}

	private final ProductRegistry registry;

	private final OcopProductStore store;

	private final OcopAccess access;

	private final Organisations organisations;

	private final JdbcClient jdbc;

	private final Auditor auditor;

	private final Clock clock;

	SubjectSheet(ProductRegistry registry, OcopProductStore store, OcopAccess access, Organisations organisations,
			JdbcClient jdbc, Auditor auditor, Clock clock) {
		this.registry = registry;
		this.store = store;
		this.access = access;
		this.organisations = organisations;
		this.jdbc = jdbc;
		this.auditor = auditor;
		this.clock = clock;
	}

	@Override
	public SheetDefinition definition() {
		return DEFINITION;
	}

	@Override
	public Row parse(ImportRow row, RowProblems problems) {
		return new Row(OcopSheet.upper(row.code("ma-chu-the")), OcopSheet.upper(row.code("loai")),
				OcopSheet.upper(row.code("ma-to-chuc")), row.code("so-dang-ky"), row.text("ten"), row.code("ma-so-thue"),
				row.code("ma-don-vi"), row.text("dia-chi"), row.text("nguoi-dai-dien"), row.text("dien-thoai"),
				row.text("email"));
	}

	@Override
	public String key(Row row) {
		return row.code();
	}

	@Override
	public void check(Row row, ImportContext context, RowProblems problems) {
		if (!CODE.matcher(row.code()).matches()) {
			problems.add("ma-chu-the", "ocop.import.problem.code");
			return;
		}
		SubjectKind kind = OcopSheet.choice(SubjectKind.class, row.kind(), "loai", problems);
		if (kind == null) {
			return;
		}
		Long existingId = storedCodes(context).get(row.code());
		Subject existing = existingId == null ? null : store.subject(existingId).orElse(null);
		if (existing != null) {
			if (!access.mayChange(existing)) {
				problems.add("ma-chu-the", "ocop.import.problem.subjectOutsideScope", row.code(), existing.unitCode());
				return;
			}
			if (existing.kind() != kind) {
				problems.add("loai", "ocop.import.problem.kindChanged", existing.kind().name());
				return;
			}
		}
		SubjectForm form = new SubjectForm();
		form.setKind(kind);
		String organisationColumn = row.organisationCode() != null ? "ma-to-chuc" : "so-dang-ky";
		if (kind.inRegistry()) {
			Optional<String> organisation = organisation(row, kind, problems);
			if (organisation.isEmpty()) {
				return;
			}
			form.setOrganisationId(organisation.get());
			if (existing != null && !organisation.get().equals(existing.organisationId())) {
				problems.add(organisationColumn, "ocop.import.problem.organisationChanged", existing.organisationId());
				return;
			}
			if (existing == null) {
				Optional<Subject> adopted = store.subjectOfOrganisation(organisation.get());
				if (adopted.isPresent()) {
					String adoptedCode = codeOf(adopted.get().id());
					if (adoptedCode != null && !adoptedCode.equals(row.code())) {
						problems.add(organisationColumn, "ocop.import.problem.organisationTaken", organisation.get(), adoptedCode);
						return;
					}
					existing = adopted.get();
					existingId = existing.id();
					if (!access.mayChange(existing)) {
						problems.add(organisationColumn, "ocop.import.problem.subjectOutsideScope", row.code(), existing.unitCode());
						return;
					}
				}
			}
			Map<String, String> claimed = context.cached(CACHE + ".organisationsInFile", ConcurrentHashMap::new);
			String earlier = claimed.putIfAbsent(organisation.get(), row.code());
			if (earlier != null && !earlier.equals(row.code())) {
				problems.add(organisationColumn, "ocop.import.problem.organisationTaken", organisation.get(), earlier);
				return;
			}
		}
		else {
			form.setName(row.name());
			form.setTaxCode(row.taxCode());
			form.setUnitCode(row.unitCode());
			form.setAddress(row.address());
			form.setRepresentative(row.representative());
			form.setPhone(row.phone());
			form.setEmail(row.email());
		}
		MapBindingResult errors = new MapBindingResult(new HashMap<>(), "subject");
		Optional<Subject> subject = registry.checkSubject(form, errors, existing);
		if (errors.hasErrors() || subject.isEmpty()) {
			java.util.Map<String, String> columns = new HashMap<>(COLUMNS);
			columns.put("organisationId", organisationColumn);
			OcopSheet.report(errors, columns, problems);
			return;
		}
		inFile(context).put(row.code(), new Planned(subject.get(), existingId));
	}

	/** The registry organisation the row names (by code or registration number), with problems when none. */
	private Optional<String> organisation(Row row, SubjectKind kind, RowProblems problems) {
		Optional<String> byNumber = Optional.empty();
		if (row.registrationNumber() != null) {
			byNumber = organisations.findByRegistrationNumber(kind.registryKind(), row.registrationNumber())
				.map(OrganisationId::value);
			if (byNumber.isEmpty()) {
				problems.add("so-dang-ky", "ocop.import.problem.registrationNumber", row.registrationNumber(),
						kind.registryKind());
				return Optional.empty();
			}
		}
		if (row.organisationCode() == null) {
			if (byNumber.isEmpty()) {
				problems.add("so-dang-ky", "ocop.import.problem.organisationMissing");
			}
			return byNumber;
		}
		if (byNumber.isPresent() && !byNumber.get().equals(row.organisationCode())) {
			problems.add("so-dang-ky", "ocop.import.problem.organisationMismatch", row.registrationNumber(), byNumber.get());
			return Optional.empty();
		}
		return Optional.of(row.organisationCode());
	}

	/** The subjects of this file that passed the checks, for the product sheet. */
	static Map<String, Planned> inFile(ImportContext context) {
		return context.cached(CACHE + ".inFile", ConcurrentHashMap::new);
	}

	/** Every stored subject code with its id, loaded once per file. */
	Map<String, Long> storedCodes(ImportContext context) {
		return context.cached(CACHE + ".codes", () -> {
			Map<String, Long> all = new ConcurrentHashMap<>();
			jdbc.sql("SELECT code, id FROM ocop_subject WHERE code IS NOT NULL").query(rs -> {
				all.put(rs.getString(1), rs.getLong(2));
			});
			return all;
		});
	}

	private String codeOf(long id) {
		return jdbc.sql("SELECT code FROM ocop_subject WHERE id = :id").param("id", id).query(String.class).optional()
			.orElse(null);
	}

	@Override
	public StoreCounts store(List<Row> batch, ImportContext context) {
		long created = 0;
		long updated = 0;
		String actor = context.user().username();
		for (Row row : batch) {
			Planned planned = inFile(context).get(row.code());
			if (planned == null) {
				throw new IllegalStateException("Subject " + row.code() + " was not checked");
			}
			Subject subject = planned.subject();
			Long id = jdbc.sql("SELECT id FROM ocop_subject WHERE code = :code").param("code", row.code())
				.query(Long.class).optional().orElse(planned.existingId());
			if (id == null) {
				long newId = store.insertSubject(subject, actor, clock.instant());
				setCode(newId, row.code());
				Map<String, Object> values = new java.util.LinkedHashMap<>(subject.auditValues());
				values.put("code", row.code());
				values.put("job", context.job().toString());
				auditor.record(AuditRecord.created(ProductRegistry.MODULE, "OcopSubject", Long.toString(newId), values));
				created++;
				continue;
			}
			Subject before = store.subject(id).orElseThrow();
			Subject after = new Subject(id, before.kind(), before.organisationId(), subject.name(), subject.taxCode(),
					subject.unitCode(), subject.areaCodes(), subject.address(), subject.representative(), subject.phone(),
					subject.email());
			String codeBefore = codeOf(id);
			if (after.equals(before) && row.code().equals(codeBefore)) {
				continue;
			}
			store.updateSubject(after, actor, clock.instant());
			setCode(id, row.code());
			Map<String, Object> beforeValues = new java.util.LinkedHashMap<>(before.auditValues());
			beforeValues.put("code", codeBefore);
			Map<String, Object> afterValues = new java.util.LinkedHashMap<>(after.auditValues());
			afterValues.put("code", row.code());
			afterValues.put("job", context.job().toString());
			auditor.record(AuditRecord.updated(ProductRegistry.MODULE, "OcopSubject", Long.toString(id), beforeValues,
					afterValues));
			updated++;
		}
		return StoreCounts.ofBatch(batch.size(), created, updated);
	}

	private void setCode(long id, String code) {
		jdbc.sql("UPDATE ocop_subject SET code = :code WHERE id = :id").param("code", code).param("id", id).update();
	}

	@Override
	public boolean exists(String key) {
		return jdbc.sql("SELECT count(*) FROM ocop_subject WHERE code = :code").param("code", key).query(Long.class)
			.single() > 0;
	}

}
