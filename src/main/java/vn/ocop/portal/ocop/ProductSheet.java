package vn.ocop.portal.ocop;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
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

/**
 * The sheet {@code san-pham} (alias {@code products}): registered OCOP products upserted by the code
 * the province gave them, in the configured format ({@link OcopProductProperties#codeFormat()}),
 * whose province and unit parts must be the subject's. The subject is named by its code (sheet
 * {@code chu-the} of the file, or stored). Every row passes the product form's checks
 * ({@link ProductRegistry#checkProduct}); the code counters are raised past imported codes so later
 * registrations never give one again.
 */
@Component
class ProductSheet implements OcopSheet<ProductSheet.Row> {

	static final String SHEET = "san-pham";

	private static final String CACHE = "ocop.products";

	static final SheetDefinition DEFINITION = SheetDefinition.of(SHEET, "ocop.import.products",
			"ocop.import.products.description",
			ColumnDefinition.required("ma-san-pham", ColumnType.CODE, "ocop.import.column.productCode")
				.alias("product-code").maxLength(40).example("06-061-001-2022"),
			ColumnDefinition.required("ma-chu-the", ColumnType.CODE, "ocop.import.column.productSubject")
				.alias("subject-code").maxLength(64).example("CT-BK-0001"),
			ColumnDefinition.optional("bo-tieu-chi", ColumnType.CODE, "ocop.import.column.instrument")
				.alias("instrument").maxLength(20).example("148/2023"),
			ColumnDefinition.required("bo-san-pham", ColumnType.CODE, "ocop.import.column.productSet")
				.alias("product-set").maxLength(10).example("TP-06"),
			ColumnDefinition.required("ten", ColumnType.TEXT, "ocop.import.column.productName").alias("name")
				.maxLength(255).example("Miến dong Na Rì"),
			ColumnDefinition.optional("ngay-dang-ky", ColumnType.DATE, "ocop.import.column.registeredOn")
				.alias("registered-on").example("15/03/2022"),
			ColumnDefinition.optional("gtin", ColumnType.CODE, "ocop.import.column.gtin").alias("ma-gtin").maxLength(14)
				.example(""),
			ColumnDefinition.optional("mo-ta", ColumnType.TEXT, "ocop.import.column.description").alias("description")
				.maxLength(5000).example("Miến làm từ củ dong riềng, phơi khô tự nhiên."))
		.alias("products")
		.key("ma-san-pham")
		.order(310);

	private static final Map<String, String> COLUMNS = Map.of("productSetCode", "bo-san-pham", "name", "ten",
			"description", "mo-ta", "gtin", "gtin");

	record Row(String code, String subjectCode, String instrumentCode, String productSetCode, String name,
			LocalDate registeredOn, String gtin, String description) {
	}

	/** A row that passed the checks: the product to store and the subject's code. */
	record Planned(OcopProductStore.StoredProduct product, String subjectCode, String province, String unit, int sequence,
			int year) {
	}

	/** A stored product: its id and subject. */
	record Stored(long id, long subjectId) {
	}

	private final ProductRegistry registry;

	private final OcopProductStore store;

	private final OcopAccess access;

	private final UnitPlaces places;

	private final Scorecards scorecards;

	private final SubjectSheet subjects;

	private final OcopProductProperties properties;

	private final ProductCodes codes;

	private final JdbcClient jdbc;

	private final Auditor auditor;

	private final Clock clock;

	ProductSheet(ProductRegistry registry, OcopProductStore store, OcopAccess access, UnitPlaces places,
			Scorecards scorecards, SubjectSheet subjects, OcopProductProperties properties, ProductCodes codes, JdbcClient jdbc, Auditor auditor,
			Clock clock) {
		this.registry = registry;
		this.store = store;
		this.access = access;
		this.places = places;
		this.scorecards = scorecards;
		this.subjects = subjects;
		this.properties = properties;
		this.codes = codes;
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
		return new Row(row.code("ma-san-pham"), OcopSheet.upper(row.code("ma-chu-the")), row.code("bo-tieu-chi"),
				row.code("bo-san-pham"), row.text("ten"), row.date("ngay-dang-ky"), row.code("gtin"), row.text("mo-ta"));
	}

	@Override
	public String key(Row row) {
		return row.code();
	}

	/** The configured code format as a pattern: groups province, unit, sequence, year. */
	Pattern codePattern() {
		String format = properties.codeFormat();
		StringBuilder regex = new StringBuilder();
		Matcher placeholder = Pattern.compile("\\{(province|unit|sequence|year)}").matcher(format);
		int last = 0;
		while (placeholder.find()) {
			regex.append(Pattern.quote(format.substring(last, placeholder.start())));
			regex.append(switch (placeholder.group(1)) {
				case "province" -> "(?<province>\\d{2})";
				case "unit" -> "(?<unit>\\d{3}|\\d{5})";
				case "sequence" -> "(?<sequence>\\d{1,6})";
				default -> "(?<year>\\d{4})";
			});
			last = placeholder.end();
		}
		regex.append(Pattern.quote(format.substring(last)));
		return Pattern.compile(regex.toString());
	}

	@Override
	public void check(Row row, ImportContext context, RowProblems problems) {
		Matcher code = context.cached(CACHE + ".pattern", this::codePattern).matcher(row.code());
		if (!code.matches()) {
			problems.add("ma-san-pham", "ocop.import.problem.productCode", codes.format("06", "061", 1, 2022));
			return;
		}
		int year = Integer.parseInt(code.group("year"));
		LocalDate registeredOn = row.registeredOn() != null ? row.registeredOn() : LocalDate.of(year, 1, 1);
		if (row.registeredOn() != null && row.registeredOn().getYear() != year) {
			problems.add("ngay-dang-ky", "ocop.import.problem.registeredYear", year);
			return;
		}
		if (registeredOn.isAfter(context.today())) {
			problems.add(row.registeredOn() != null ? "ngay-dang-ky" : "ma-san-pham", "ocop.import.problem.future");
			return;
		}
		// the subject: as this file declares it, else as stored
		SubjectSheet.Planned declared = SubjectSheet.inFile(context).get(row.subjectCode());
		Subject subject;
		Long subjectId;
		if (declared != null) {
			subject = declared.subject();
			subjectId = declared.existingId();
		}
		else if (context.rowInFile(SubjectSheet.SHEET, row.subjectCode()).isPresent()) {
			return; // the subject's row has its own problems
		}
		else {
			subjectId = subjects.storedCodes(context).get(row.subjectCode());
			if (subjectId == null) {
				problems.add("ma-chu-the", "importing.problem.unknownReference", row.subjectCode(), SubjectSheet.SHEET);
				return;
			}
			subject = store.subject(subjectId).orElseThrow();
		}
		if (!access.mayChange(subject)) {
			problems.add("ma-chu-the", "ocop.import.problem.subjectOutsideScope", row.subjectCode(), subject.unitCode());
			return;
		}
		Stored stored = storedProducts(context).get(row.code());
		if (stored != null && (subjectId == null || stored.subjectId() != subjectId)) {
			problems.add("ma-chu-the", "ocop.import.problem.subjectChanged", row.code());
			return;
		}
		Optional<UnitPlaces.Place> place = places.place(subject.unitCode(), registeredOn);
		String province = code.group("province");
		String unit = code.group("unit");
		if (place.isEmpty() || !place.get().province().equals(province) || !place.get().areas().contains(unit)) {
			problems.add("ma-san-pham", "ocop.import.problem.productCodePlace", province + "-" + unit, subject.unitCode());
			return;
		}
		Optional<Instrument> instrument = instrument(row, registeredOn);
		if (instrument.isEmpty()) {
			problems.add("bo-tieu-chi", "ocop.import.problem.instrument", row.instrumentCode() == null ? "" : row.instrumentCode());
			return;
		}
		ProductForm form = new ProductForm();
		form.setProductSetCode(row.productSetCode());
		form.setName(row.name());
		form.setDescription(row.description());
		form.setGtin(row.gtin());
		MapBindingResult errors = new MapBindingResult(new HashMap<>(), "product");
		Optional<OcopProductStore.StoredProduct> product = registry.checkProduct(form, errors, subject, instrument.get(),
				stored == null ? null : stored.id());
		if (errors.hasErrors() || product.isEmpty()) {
			OcopSheet.report(errors, COLUMNS, problems);
			return;
		}
		if (product.get().gtin() != null) {
			Map<String, String> gtins = context.cached(CACHE + ".gtins", ConcurrentHashMap::new);
			String earlier = gtins.putIfAbsent(product.get().gtin(), row.code());
			if (earlier != null && !earlier.equals(row.code())) {
				problems.add("gtin", "ocop.validation.gtinTaken", product.get().gtin());
				return;
			}
		}
		OcopProductStore.StoredProduct p = product.get();
		OcopProductStore.StoredProduct registered = new OcopProductStore.StoredProduct(row.code(), p.subjectId(),
				p.subjectName(), p.instrumentCode(), p.productSetCode(), p.name(), p.description(), null, null, p.gtin(),
				ProductStatus.REGISTERED, registeredOn);
		inFile(context).put(row.code(), new Planned(registered, row.subjectCode(), province, unit,
				Integer.parseInt(code.group("sequence")), year));
	}

	/**
	 * The instrument named by the row, else the one in force on the registration date when it
	 * classifies products in sets, else the first later one that does (the oldest criteria carried no
	 * product sets).
	 */
	private Optional<Instrument> instrument(Row row, LocalDate on) {
		if (row.instrumentCode() != null) {
			return scorecards.instrument(row.instrumentCode());
		}
		Optional<Instrument> current = scorecards.instrumentOn(on).filter(i -> !i.productSets().isEmpty());
		if (current.isPresent()) {
			return current;
		}
		return scorecards.instruments().stream()
			.filter(i -> !i.productSets().isEmpty() && i.validFrom().isAfter(on))
			.min(Comparator.comparing(Instrument::validFrom));
	}

	static Map<String, Planned> inFile(ImportContext context) {
		return context.cached(CACHE + ".inFile", ConcurrentHashMap::new);
	}

	/** Every stored product code with its id and subject, loaded once per file. */
	Map<String, Stored> storedProducts(ImportContext context) {
		return context.cached(CACHE + ".codes", () -> {
			Map<String, Stored> all = new ConcurrentHashMap<>();
			jdbc.sql("SELECT code, id, subject_id FROM ocop_product WHERE code IS NOT NULL").query(rs -> {
				all.put(rs.getString(1), new Stored(rs.getLong(2), rs.getLong(3)));
			});
			return all;
		});
	}

	@Override
	public StoreCounts store(List<Row> batch, ImportContext context) {
		long created = 0;
		long updated = 0;
		String actor = context.user().username();
		for (Row row : batch) {
			Planned planned = inFile(context).get(row.code());
			if (planned == null) {
				throw new IllegalStateException("Product " + row.code() + " was not checked");
			}
			long subjectId = jdbc.sql("SELECT id FROM ocop_subject WHERE code = :code").param("code", planned.subjectCode())
				.query(Long.class).single();
			OcopProductStore.StoredProduct p = planned.product();
			Optional<ProductView> before = store.productByCode(row.code());
			if (before.isEmpty()) {
				OcopProductStore.StoredProduct product = new OcopProductStore.StoredProduct(p.code(), subjectId, p.subjectName(),
						p.instrumentCode(), p.productSetCode(), p.name(), p.description(), null, null, p.gtin(),
						ProductStatus.REGISTERED, p.registeredOn());
				long id = store.insertProduct(product, actor, clock.instant());
				Map<String, Object> values = new LinkedHashMap<>(product.auditValues());
				values.put("job", context.job().toString());
				auditor.record(AuditRecord.created(ProductRegistry.MODULE, "OcopProduct", Long.toString(id), values));
				created++;
			}
			else {
				ProductView old = before.get();
				OcopProductStore.StoredProduct oldStored = new OcopProductStore.StoredProduct(old.code(), old.subject().id(),
						old.subject().name(), old.instrumentCode(), old.productSetCode(), old.name(), old.description(),
						old.story(), old.packaging(), old.gtin(), old.status(), old.registeredOn());
				OcopProductStore.StoredProduct product = new OcopProductStore.StoredProduct(p.code(), old.subject().id(),
						old.subject().name(), p.instrumentCode(), p.productSetCode(), p.name(), p.description(), old.story(),
						old.packaging(), p.gtin(), ProductStatus.REGISTERED, p.registeredOn());
				if (Objects.equals(product, oldStored)) {
					continue;
				}
				store.updateProduct(old.id(), product, actor, clock.instant());
				Map<String, Object> values = new LinkedHashMap<>(product.auditValues());
				values.put("job", context.job().toString());
				auditor.record(AuditRecord.updated(ProductRegistry.MODULE, "OcopProduct", Long.toString(old.id()),
						oldStored.auditValues(), values));
				updated++;
			}
			// later registrations continue after the imported sequence
			jdbc.sql("INSERT INTO ocop_product_code_counter (prefix, last_value) VALUES (:prefix, :value)"
					+ " ON CONFLICT (prefix) DO UPDATE SET last_value = GREATEST(ocop_product_code_counter.last_value, excluded.last_value)")
				.param("prefix", planned.province() + "|" + planned.unit() + "|" + planned.year())
				.param("value", planned.sequence())
				.update();
		}
		return StoreCounts.ofBatch(batch.size(), created, updated);
	}

	@Override
	public boolean exists(String key) {
		return jdbc.sql("SELECT count(*) FROM ocop_product WHERE code = :code").param("code", key).query(Long.class)
			.single() > 0;
	}

}
