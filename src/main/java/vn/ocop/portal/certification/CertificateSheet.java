package vn.ocop.portal.certification;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

import vn.ocop.portal.audit.AuditRecord;
import vn.ocop.portal.audit.Auditor;
import vn.ocop.portal.importing.ColumnDefinition;
import vn.ocop.portal.importing.ColumnType;
import vn.ocop.portal.importing.ImportContext;
import vn.ocop.portal.importing.ImportRow;
import vn.ocop.portal.importing.RowProblems;
import vn.ocop.portal.importing.SheetDefinition;
import vn.ocop.portal.importing.SheetImporter;
import vn.ocop.portal.importing.StoreCounts;
import vn.ocop.portal.ocop.OcopProducts;
import vn.ocop.portal.ocop.ProductView;
import vn.ocop.portal.shared.web.SearchText;

/**
 * The sheet {@code chung-nhan} (alias {@code certificates}): certificates issued in the past with
 * their decisions, kept by the number printed on them (idempotent by certificate number: a number
 * already stored with the same facts is left as it is, with other facts it is a problem). Rows of one
 * decision repeat its heading; a decision is recorded once, by its number. The product is named by
 * its code (sheet {@code san-pham} of the file, or stored); the importing officer must manage it, as
 * on the decision page ({@link CertificationAccess#mayManage}). Upgrades and re-ratings supersede the
 * product's certificate issued before them (rows of a product in date order).
 */
@Component
class CertificateSheet implements SheetImporter<CertificateSheet.Row> {

	static final String SHEET = "chung-nhan";

	private static final String CACHE = "certification.certificates";

	static final SheetDefinition DEFINITION = SheetDefinition.of(SHEET, "certification.import.certificates",
			"certification.import.certificates.description",
			ColumnDefinition.required("so-chung-nhan", ColumnType.CODE, "certification.import.column.number")
				.alias("certificate-number").maxLength(40).example("CN-06-2022-000123"),
			ColumnDefinition.required("so-quyet-dinh", ColumnType.TEXT, "certification.import.column.decisionNumber")
				.alias("decision-number").maxLength(60).example("2315/QĐ-UBND"),
			ColumnDefinition.required("ngay-quyet-dinh", ColumnType.DATE, "certification.import.column.decisionDate")
				.alias("decision-date").example("27/12/2022"),
			ColumnDefinition.required("cap-ban-hanh", ColumnType.CODE, "certification.import.column.level")
				.alias("issuer-level").maxLength(10).example("PROVINCE"),
			ColumnDefinition.required("co-quan-ban-hanh", ColumnType.TEXT, "certification.import.column.issuer")
				.alias("issuer").maxLength(255).example("Chủ tịch UBND tỉnh Bắc Kạn"),
			ColumnDefinition.required("ma-san-pham", ColumnType.CODE, "certification.import.column.productCode")
				.alias("product-code").maxLength(40).example("06-061-001-2022"),
			ColumnDefinition.required("hang-sao", ColumnType.INTEGER, "certification.import.column.star").alias("star")
				.example("4"),
			ColumnDefinition.required("loai", ColumnType.CODE, "certification.import.column.kind").alias("kind")
				.maxLength(12).example("FIRST_TIME"),
			ColumnDefinition.optional("diem", ColumnType.DECIMAL, "certification.import.column.score").alias("score")
				.example("78,5"),
			ColumnDefinition.optional("ngay-cap", ColumnType.DATE, "certification.import.column.issuedOn")
				.alias("issued-on").example(""))
		.alias("certificates")
		.key("so-chung-nhan")
		.order(320);

	record Row(String number, String decisionNumber, LocalDate decisionDate, String level, String issuer, String productCode,
			Long star, String kind, BigDecimal score, LocalDate issuedOn) {
	}

	/** A row that passed the checks. */
	record Planned(DecisionOrder order, String productCode, int star, RecognitionKind kind, BigDecimal score,
			boolean stored) {
	}

	private final CertificateStore store;

	private final OcopProducts products;

	private final CertificationAccess access;

	private final CertificationProperties properties;

	private final Auditor auditor;

	private final Clock clock;

	CertificateSheet(CertificateStore store, OcopProducts products, CertificationAccess access,
			CertificationProperties properties, Auditor auditor, Clock clock) {
		this.store = store;
		this.products = products;
		this.access = access;
		this.properties = properties;
		this.auditor = auditor;
		this.clock = clock;
	}

	@Override
	public SheetDefinition definition() {
		return DEFINITION;
	}

	@Override
	public Row parse(ImportRow row, RowProblems problems) {
		return new Row(upper(row.code("so-chung-nhan")), row.text("so-quyet-dinh"), row.date("ngay-quyet-dinh"),
				upper(row.code("cap-ban-hanh")), row.text("co-quan-ban-hanh"), row.code("ma-san-pham"), row.integer("hang-sao"),
				upper(row.code("loai")), row.decimal("diem"), row.date("ngay-cap"));
	}

	@Override
	public String key(Row row) {
		return row.number();
	}

	@Override
	public void check(Row row, ImportContext context, RowProblems problems) {
		IssuerLevel level = choice(IssuerLevel.class, row.level(), "cap-ban-hanh", problems);
		RecognitionKind kind = choice(RecognitionKind.class, row.kind(), "loai", problems);
		if (row.decisionDate().isAfter(context.today())) {
			problems.add("ngay-quyet-dinh", "certification.import.problem.future");
		}
		if (row.issuedOn() != null && !row.issuedOn().equals(row.decisionDate())) {
			problems.add("ngay-cap", "certification.import.problem.issuedOn");
		}
		int star = row.star().intValue();
		if (star < 3 || star > 5) {
			problems.add("hang-sao", "certification.import.problem.star");
		}
		else if (level != null && !level.mayRecognise(star)) {
			problems.add("hang-sao", "certification.import.problem.starForLevel", star, level.name());
		}
		if (row.score() != null && (row.score().signum() < 0 || row.score().compareTo(BigDecimal.valueOf(100)) > 0)) {
			problems.add("diem", "certification.import.problem.score");
		}
		if (level == IssuerLevel.CENTRAL && !access.mayManageNationally() && !Auditor.SYSTEM.equals(context.user().username())) {
			problems.add("cap-ban-hanh", "certification.import.problem.centralScope");
		}
		if (!problems.isEmpty()) {
			return;
		}
		DecisionOrder order = new DecisionOrder(row.decisionNumber(), row.decisionDate(), level, row.issuer());
		// one heading per decision number: in the file and as stored
		DecisionOrder declared = context.<Map<String, DecisionOrder>>cached(CACHE + ".decisions", ConcurrentHashMap::new)
			.putIfAbsent(order.number(), order);
		if (declared != null && !declared.equals(order)) {
			problems.add("so-quyet-dinh", "certification.import.problem.decisionDiffers", order.number());
			return;
		}
		Optional<DecisionOrder> storedDecision = storedDecision(context, order.number());
		if (storedDecision.isPresent() && !storedDecision.get().equals(order)) {
			problems.add("so-quyet-dinh", "certification.import.problem.decisionDiffers", order.number());
			return;
		}
		Optional<ProductView> product = products.productByCode(row.productCode());
		if (product.isEmpty()) {
			if (context.rowInFile("san-pham", row.productCode()).isEmpty()) {
				problems.add("ma-san-pham", "importing.problem.unknownReference", row.productCode(), "san-pham");
				return;
			}
		}
		else if (!access.mayManage(products.areaCodesOf(product.get().subject().id()))) {
			problems.add("ma-san-pham", "importing.problem.outOfScope", row.productCode());
			return;
		}
		Optional<Certificate> stored = store.byNumber(row.number());
		if (stored.isPresent()) {
			Certificate c = stored.get();
			if (!c.productCode().equals(row.productCode()) || c.star() != star || c.kind() != kind
					|| !c.decisionNumber().equals(order.number()) || !c.issuedOn().equals(order.signedOn())) {
				problems.add("so-chung-nhan", "certification.import.problem.numberTaken", row.number(), c.productCode());
				return;
			}
		}
		planned(context).put(row.number(), new Planned(order, row.productCode(), star, kind, row.score(), stored.isPresent()));
	}

	private Optional<DecisionOrder> storedDecision(ImportContext context, String number) {
		Map<String, DecisionOrder> all = context.cached(CACHE + ".storedDecisions", () -> {
			Map<String, DecisionOrder> decisions = new ConcurrentHashMap<>();
			store.jdbc().sql("SELECT number, signed_on, level, issuer FROM certification_decision").query(rs -> {
				decisions.put(rs.getString(1), new DecisionOrder(rs.getString(1), rs.getObject(2, LocalDate.class),
						IssuerLevel.valueOf(rs.getString(3)), rs.getString(4)));
			});
			return decisions;
		});
		return Optional.ofNullable(all.get(number));
	}

	private static Map<String, Planned> planned(ImportContext context) {
		return context.cached(CACHE + ".planned", ConcurrentHashMap::new);
	}

	@Override
	public StoreCounts store(List<Row> batch, ImportContext context) {
		long created = 0;
		String actor = context.user().username();
		for (Row row : batch) {
			Planned p = planned(context).get(row.number());
			if (p == null) {
				throw new IllegalStateException("Certificate " + row.number() + " was not checked");
			}
			if (p.stored() || store.byNumber(row.number()).isPresent()) {
				continue;
			}
			ProductView product = products.productByCode(p.productCode()).orElseThrow();
			List<String> areas = products.areaCodesOf(product.subject().id());
			DecisionOrder order = p.order();
			Long decisionId = store.jdbc().sql("SELECT id FROM certification_decision WHERE number = :number")
				.param("number", order.number()).query(Long.class).optional().orElse(null);
			if (decisionId == null) {
				decisionId = store.insertDecision(order, areas, clock.instant(), actor);
				Map<String, Object> audit = new LinkedHashMap<>();
				audit.put("number", order.number());
				audit.put("signedOn", order.signedOn().toString());
				audit.put("level", order.level().name());
				audit.put("issuer", order.issuer());
				audit.put("job", context.job().toString());
				auditor.record(AuditRecord.created(CertificationManagement.MODULE, "OcopDecision", order.number(), audit));
			}
			else {
				store.jdbc().sql("UPDATE certification_decision SET area_codes = ARRAY(SELECT DISTINCT unnest(area_codes"
						+ " || :areas::varchar[]) ORDER BY 1) WHERE id = :id AND NOT (area_codes @> :areas::varchar[])")
					.param("areas", CertificateStore.array(areas)).param("id", decisionId).update();
			}
			Optional<Certificate> replaced = p.kind().supersedes() ? store.currentOf(product.id())
				.filter(c -> c.issuedOn().isBefore(order.signedOn())) : Optional.empty();
			String province = areas.stream().filter(code -> code.length() == 2).findFirst().orElse("00");
			Map<String, Object> values = CertificateStore.params();
			values.put("number", row.number());
			values.put("decision", decisionId);
			values.put("product", product.id());
			values.put("subject", product.subject().id());
			values.put("kind", p.kind().name());
			values.put("star", p.star());
			values.put("score", p.score());
			values.put("issuedOn", order.signedOn());
			values.put("expiresOn", properties.terms().expiry(order.signedOn()));
			values.put("productCode", product.code());
			values.put("productName", product.name());
			values.put("holder", product.subject().name());
			values.put("organisation", product.subject().organisationId());
			values.put("gtin", product.gtin());
			values.put("instrument", product.instrumentCode());
			values.put("set", product.productSetCode());
			values.put("group", product.groupCode());
			values.put("unit", product.subject().unitCode());
			values.put("areas", CertificateStore.array(areas));
			values.put("search", SearchText.fold(String.join(" ", product.name(), product.subject().name(), product.code(),
					row.number(), product.gtin() == null ? "" : product.gtin())));
			values.put("sortKey", NameOrder.key(product.name()));
			values.put("now", CertificateStore.offset(clock.instant()));
			values.put("actor", actor);
			long id = store.insertCertificate(values);
			if (replaced.isPresent()) {
				store.supersede(replaced.get().id(), id, order.signedOn());
				auditor.record(new AuditRecord(CertificationManagement.MODULE, "OcopCertificate", replaced.get().number(),
						"SUPERSEDED", Map.of("status", "current"), Map.of("supersededBy", row.number(), "on",
								order.signedOn().toString())));
			}
			Map<String, Object> after = new LinkedHashMap<>();
			after.put("product", product.code());
			after.put("star", p.star());
			after.put("kind", p.kind().name());
			after.put("issuedOn", order.signedOn().toString());
			after.put("decision", order.number());
			after.put("province", province);
			after.put("job", context.job().toString());
			auditor.record(AuditRecord.created(CertificationManagement.MODULE, "OcopCertificate", row.number(), after));
			created++;
		}
		return StoreCounts.ofBatch(batch.size(), created, 0);
	}

	@Override
	public boolean exists(String key) {
		return store.byNumber(key).isPresent();
	}

	private static <E extends Enum<E>> E choice(Class<E> type, String value, String column, RowProblems problems) {
		try {
			return Enum.valueOf(type, value);
		}
		catch (IllegalArgumentException ex) {
			problems.add(column, "certification.import.problem.choice",
					String.join(", ", List.of(type.getEnumConstants()).stream().map(Enum::name).toList()));
			return null;
		}
	}

	private static String upper(String code) {
		return code == null ? null : code.strip().toUpperCase(Locale.ROOT);
	}

}
