package vn.ocop.portal.ocop;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.ocop.portal.audit.AuditRecord;
import vn.ocop.portal.audit.Auditor;
import vn.ocop.portal.identity.ScopedUser;
import vn.ocop.portal.importing.ColumnDefinition;
import vn.ocop.portal.importing.ColumnType;
import vn.ocop.portal.importing.ImportContext;
import vn.ocop.portal.importing.ImportRow;
import vn.ocop.portal.importing.RowProblems;
import vn.ocop.portal.importing.SheetDefinition;
import vn.ocop.portal.importing.SheetImporter;
import vn.ocop.portal.importing.StoreCounts;
import vn.ocop.portal.ocop.PastEvaluationPolicy.Finding;
import vn.ocop.portal.ocop.PastEvaluationPolicy.Recognition;
import vn.ocop.portal.ocop.PastEvaluationPolicy.Result;

/**
 * The sheet {@code danh-gia-ocop} (aliases {@code applications}, {@code ocop-applications}): a
 * province's past evaluations, one application per row: the product (its code, sheet
 * {@code san-pham} of the file or stored), the round (level, organising unit, year, number; created
 * when the province does not have it yet), the kind, the members' totals or only the mean total,
 * the result, the star, the decision's number and date, and the criteria of the date (or named).
 * <p>
 * Rows are checked against the rules of their date ({@link PastEvaluationPolicy}); errors stop the
 * file, warnings too unless the row accepts them ({@code chap-nhan-canh-bao}). Stored into the same
 * tables as the applications made on the pages (marked {@code origin = 'IMPORT'}), so the
 * evaluation statistics ({@link OcopStatistics}) count them alike; upserted by round and product:
 * a re-import changes nothing. An application made on the pages is never overwritten. Every round
 * created and every application created or changed is audited with the import job's id.
 */
@Component
class ApplicationHistorySheet implements OcopSheet<ApplicationHistorySheet.Row> {

	static final String SHEET = "danh-gia-ocop";

	private static final String CACHE = "ocop.history";

	/** Days a transitional dossier may still be evaluated under an instrument that lapsed (26/2026 Art. 12: 60). */
	static final int TRANSITION_DAYS = 60;

	static final SheetDefinition DEFINITION = SheetDefinition.of(SHEET, "ocop.history.sheet", "ocop.history.sheet.description",
			ColumnDefinition.required("ma-san-pham", ColumnType.CODE, "ocop.history.column.productCode").alias("product-code")
				.maxLength(40).example("06-061-001-2022"),
			ColumnDefinition.optional("cap", ColumnType.TEXT, "ocop.history.column.level").alias("level").maxLength(20)
				.example("tỉnh"),
			ColumnDefinition.optional("don-vi", ColumnType.CODE, "ocop.history.column.unit").alias("unit").maxLength(5)
				.example("06"),
			ColumnDefinition.required("nam", ColumnType.INTEGER, "ocop.history.column.year").alias("year").example("2022"),
			ColumnDefinition.required("dot", ColumnType.INTEGER, "ocop.history.column.round").alias("round").example("2"),
			ColumnDefinition.required("loai", ColumnType.TEXT, "ocop.history.column.kind").alias("kind").maxLength(40)
				.example("lần đầu"),
			ColumnDefinition.optional("diem-thanh-vien", ColumnType.TEXT, "ocop.history.column.memberTotals")
				.alias("member-totals").maxLength(400).example("72,5; 75; 71"),
			ColumnDefinition.optional("diem", ColumnType.DECIMAL, "ocop.history.column.total").alias("total").example("72,83"),
			ColumnDefinition.required("ket-qua", ColumnType.TEXT, "ocop.history.column.result").alias("result").maxLength(40)
				.example("công nhận"),
			ColumnDefinition.optional("hang-sao", ColumnType.INTEGER, "ocop.history.column.star").alias("star").example("4"),
			ColumnDefinition.optional("so-quyet-dinh", ColumnType.TEXT, "ocop.history.column.decisionNumber")
				.alias("decision-number").maxLength(60).example("2315/QĐ-UBND"),
			ColumnDefinition.required("ngay-quyet-dinh", ColumnType.DATE, "ocop.history.column.decisionDate")
				.alias("decision-date").example("27/12/2022"),
			ColumnDefinition.optional("ngay-ket-luan", ColumnType.DATE, "ocop.history.column.concludedOn").alias("concluded-on")
				.example("15/12/2022"),
			ColumnDefinition.optional("bo-tieu-chi", ColumnType.CODE, "ocop.history.column.instrument").alias("instrument")
				.maxLength(20).example(""),
			ColumnDefinition.optional("chap-nhan-canh-bao", ColumnType.BOOLEAN, "ocop.history.column.acceptWarnings")
				.alias("accept-warnings").example(""),
			ColumnDefinition.optional("ghi-chu", ColumnType.TEXT, "ocop.history.column.note").alias("note").maxLength(1000)
				.example(""))
		.alias("applications", "ocop-applications")
		.key("cap", "don-vi", "nam", "dot", "ma-san-pham")
		.order(315);

	record Row(String productCode, EvaluationLevel level, String unit, Integer year, Integer number, ApplicationKind kind,
			List<BigDecimal> memberTotals, BigDecimal total, Result result, Integer star, String decisionNumber,
			LocalDate decisionDate, LocalDate concludedOn, String instrumentCode, boolean acceptWarnings, String note) {
	}

	/** A row that passed the checks, resolved: what the store pass writes. */
	record Planned(String productCode, EvaluationLevel level, String unit, int year, int number, String instrumentCode,
			Map<String, Object> values, List<String> acceptedWarnings) {

		String roundKey() {
			return ApplicationHistorySheet.roundKey(level, unit, year, number);
		}

	}

	record StoredRound(long id, String instrumentCode) {
	}

	record StoredApplication(long id, String origin) {
	}

	private final ProductSheet productSheet;

	private final SubjectSheet subjectSheet;

	private final OcopProductStore products;

	private final OcopAccess access;

	private final UnitPlaces places;

	private final Scorecards scorecards;

	private final RecognitionRules rules;

	private final EvaluationStore evaluations;

	private final EvaluationProperties properties;

	private final JdbcClient jdbc;

	private final Auditor auditor;

	private final Clock clock;

	ApplicationHistorySheet(ProductSheet productSheet, SubjectSheet subjectSheet, OcopProductStore products, OcopAccess access,
			UnitPlaces places, Scorecards scorecards, RecognitionRules rules, EvaluationStore evaluations,
			EvaluationProperties properties, JdbcClient jdbc, Auditor auditor, Clock clock) {
		this.productSheet = productSheet;
		this.subjectSheet = subjectSheet;
		this.products = products;
		this.access = access;
		this.places = places;
		this.scorecards = scorecards;
		this.rules = rules;
		this.evaluations = evaluations;
		this.properties = properties;
		this.jdbc = jdbc;
		this.auditor = auditor;
		this.clock = clock;
	}

	@Override
	public SheetDefinition definition() {
		return DEFINITION;
	}

	/** Past evaluation rounds are the province's business: its administrators and officers. */
	@Override
	public boolean mayImport(ScopedUser user) {
		return SheetImporter.DEFAULT_ROLES.contains(user.role()) && user.scope().isTerritorial();
	}

	// ------------------------------------------------------------------------------------- parsing

	@Override
	public Row parse(ImportRow row, RowProblems problems) {
		String levelText = row.text("cap");
		EvaluationLevel level = levelText == null ? EvaluationLevel.PROVINCE
				: word(HistoryWords.LEVELS, levelText, "cap", "ocop.history.problem.level", problems);
		String kindText = row.text("loai");
		ApplicationKind kind = kindText == null ? null
				: word(HistoryWords.KINDS, kindText, "loai", "ocop.history.problem.kind", problems);
		String resultText = row.text("ket-qua");
		Result result = resultText == null ? null
				: word(HistoryWords.RESULTS, resultText, "ket-qua", "ocop.history.problem.result", problems);
		String membersText = row.text("diem-thanh-vien");
		List<BigDecimal> members = null;
		if (membersText != null) {
			members = HistoryWords.totals(membersText).orElse(null);
			if (members == null) {
				problems.add("diem-thanh-vien", "ocop.history.problem.memberTotals");
			}
		}
		Long year = row.integer("nam");
		Long number = row.integer("dot");
		if (year != null && (year < 2000 || year > 2100)) {
			problems.add("nam", "ocop.history.problem.year");
		}
		if (number != null && (number < 1 || number > 12)) {
			problems.add("dot", "ocop.history.problem.roundNumber");
		}
		Long star = row.integer("hang-sao");
		if (star != null && (star < 1 || star > 5)) {
			problems.add("hang-sao", "ocop.history.problem.star");
		}
		BigDecimal total = row.decimal("diem");
		if (total != null && (total.signum() < 0 || total.compareTo(BigDecimal.valueOf(100)) > 0
				|| total.stripTrailingZeros().scale() > 2)) {
			problems.add("diem", "ocop.history.problem.total");
		}
		Boolean accept = row.bool("chap-nhan-canh-bao");
		return new Row(OcopSheet.upper(row.code("ma-san-pham")), level, row.code("don-vi"), year == null ? null : year.intValue(),
				number == null ? null : number.intValue(), kind, members, total, result,
				star == null ? null : star.intValue(), row.text("so-quyet-dinh"), row.date("ngay-quyet-dinh"),
				row.date("ngay-ket-luan"), row.code("bo-tieu-chi"), Boolean.TRUE.equals(accept), row.text("ghi-chu"));
	}

	private static <T> T word(Map<String, T> words, String text, String column, String key, RowProblems problems) {
		Optional<T> value = HistoryWords.lookUp(words, text);
		if (value.isEmpty()) {
			problems.add(column, key);
			return null;
		}
		return value.get();
	}

	@Override
	public String key(Row row) {
		return row.level() + "|" + Objects.toString(row.unit(), "") + "|" + row.year() + "|" + row.number() + "|"
				+ row.productCode();
	}

	static String roundKey(EvaluationLevel level, String unit, int year, int number) {
		return level + "|" + unit + "|" + year + "|" + number;
	}

	// ------------------------------------------------------------------------------------- checking

	@Override
	public void check(Row row, ImportContext context, RowProblems problems) {
		// the product and its subject: as this file declares them, else as stored
		ProductSheet.Planned declared = ProductSheet.inFile(context).get(row.productCode());
		Long productId = null;
		Subject subject;
		if (declared != null) {
			ProductSheet.Stored stored = productSheet.storedProducts(context).get(row.productCode());
			productId = stored == null ? null : stored.id();
			SubjectSheet.Planned declaredSubject = SubjectSheet.inFile(context).get(declared.subjectCode());
			if (declaredSubject != null) {
				subject = declaredSubject.subject();
			}
			else {
				Long subjectId = subjectSheet.storedCodes(context).get(declared.subjectCode());
				if (subjectId == null) {
					return; // the product's row was checked against its subject already
				}
				subject = subject(subjectId, context);
			}
		}
		else if (context.rowInFile(ProductSheet.SHEET, row.productCode()).isPresent()) {
			return; // the product's row has its own problems
		}
		else {
			ProductSheet.Stored stored = productSheet.storedProducts(context).get(row.productCode());
			if (stored == null) {
				problems.add("ma-san-pham", "importing.problem.unknownReference", row.productCode(), ProductSheet.SHEET);
				return;
			}
			productId = stored.id();
			subject = subject(stored.subjectId(), context);
			if (!access.mayChange(subject)) {
				problems.add("ma-san-pham", "ocop.history.problem.outsideScope", row.productCode(), subject.unitCode());
				return;
			}
		}

		// dates
		LocalDate decided = row.decisionDate();
		LocalDate concluded = row.concludedOn() != null ? row.concludedOn() : decided;
		if (decided.isAfter(context.today())) {
			problems.add("ngay-quyet-dinh", "ocop.history.problem.future");
			return;
		}
		if (concluded.isAfter(decided)) {
			problems.add("ngay-ket-luan", "ocop.history.problem.concludedAfterDecision", decided);
			return;
		}
		if (decided.getYear() < row.year() || decided.getYear() > row.year() + 1) {
			problems.add("ngay-quyet-dinh", "ocop.history.problem.dateOutsideRound", row.number() + "/" + row.year());
			return;
		}
		if (concluded.getYear() < row.year()) {
			problems.add("ngay-ket-luan", "ocop.history.problem.dateOutsideRound", row.number() + "/" + row.year());
			return;
		}
		if (row.result() != null && row.result().evaluated() && row.decisionNumber() == null) {
			problems.add("so-quyet-dinh", "ocop.history.problem.decisionNumberRequired");
			return;
		}

		// the rules of the date
		Optional<Instrument> instrument = instrument(row.instrumentCode(), concluded);
		if (instrument.isEmpty()) {
			if (row.instrumentCode() == null) {
				problems.add("ngay-ket-luan", "ocop.history.problem.noInstrument", concluded);
			}
			else {
				problems.add("bo-tieu-chi", "ocop.history.problem.instrument", row.instrumentCode(), concluded);
			}
			return;
		}
		List<RecognitionRules.Rule> rulesOfDate = rulesOn(instrument.get(), decided, context);

		// the round: its organising unit is the subject's province, or for a district round its district
		Optional<UnitPlaces.Place> place = places.place(subject.unitCode(), concluded);
		if (place.isEmpty()) {
			problems.add("ma-san-pham", "ocop.history.problem.place", subject.unitCode());
			return;
		}
		String unit;
		if (row.level() == EvaluationLevel.DISTRICT) {
			if (rulesOfDate.stream().noneMatch(rule -> rule.level() == EvaluationLevel.DISTRICT)) {
				problems.add("cap", "ocop.history.problem.noDistrictLevel", concluded, instrument.get().code());
				return;
			}
			if (row.unit() == null || !place.get().areas().contains(row.unit()) || row.unit().equals(place.get().province())) {
				problems.add("don-vi", "ocop.history.problem.districtUnit", Objects.toString(place.get().district(), ""));
				return;
			}
			unit = row.unit();
		}
		else {
			if (row.unit() != null && !row.unit().equals(place.get().province())) {
				problems.add("don-vi", "ocop.history.problem.provinceUnit", place.get().province());
				return;
			}
			unit = place.get().province();
		}
		String roundKey = roundKey(row.level(), unit, row.year(), row.number());
		StoredRound storedRound = storedRounds(context).get(roundKey);
		String roundInstrument = storedRound != null ? storedRound.instrumentCode()
				: fileRounds(context).putIfAbsent(roundKey, instrument.get().code());
		if (roundInstrument != null && !roundInstrument.equals(instrument.get().code())) {
			problems.add(row.instrumentCode() != null ? "bo-tieu-chi" : "ngay-ket-luan", "ocop.history.problem.roundInstrument",
					row.number() + "/" + row.year(), roundInstrument, instrument.get().code());
			return;
		}
		String resolvedKey = roundKey + "|" + row.productCode();
		if (!resolvedKeys(context).add(resolvedKey)) {
			problems.addToRow("ocop.history.problem.twiceInRound", row.productCode(), row.number() + "/" + row.year());
			return;
		}
		if (storedRound != null && productId != null) {
			StoredApplication onPages = storedApplications(context).get(storedRound.id() + "|" + productId);
			if (onPages != null && "APP".equals(onPages.origin())) {
				problems.add("ma-san-pham", "ocop.history.problem.madeOnPages", row.productCode(), row.number() + "/" + row.year());
				return;
			}
		}

		// the product's rows go in date order, so that its history is known row by row
		LocalDate last = lastDates(context).get(row.productCode());
		if (last != null && decided.isBefore(last)) {
			problems.add("ngay-quyet-dinh", "ocop.history.problem.dateOrder", row.productCode(), last);
			return;
		}

		// scores
		BigDecimal total = row.total();
		BigDecimal spread = null;
		if (row.memberTotals() != null) {
			BigDecimal mean = PastEvaluationPolicy.mean(row.memberTotals());
			if (total != null && total.subtract(mean).abs().compareTo(new BigDecimal("0.01")) > 0) {
				problems.add("diem", "ocop.history.problem.totalNotMean", mean);
				return;
			}
			total = mean;
			spread = PastEvaluationPolicy.spread(row.memberTotals());
		}

		Optional<Recognition> earlier = earlier(row.productCode(), productId, storedRound == null ? null : storedRound.id(),
				decided, context);
		List<Finding> findings = PastEvaluationPolicy.check(new PastEvaluationPolicy.Facts(row.kind(), row.result(), total,
				row.star(), row.level(), decided, instrument.get(), rulesOfDate, earlier));
		List<String> accepted = new ArrayList<>();
		for (Finding finding : findings) {
			if (finding.warning() && row.acceptWarnings()) {
				accepted.add(finding.messageKey().substring(finding.messageKey().lastIndexOf('.') + 1));
				continue;
			}
			Object[] args = finding.warning() ? Stream.concat(finding.args().stream(), Stream.of("chap-nhan-canh-bao")).toArray()
					: finding.args().toArray();
			problems.add(finding.column(), finding.messageKey(), args);
		}
		if (!problems.isEmpty()) {
			return;
		}

		EvaluationLevel recognising = null;
		if (row.result() == Result.RECOGNISED) {
			recognising = rulesOfDate.stream()
				.filter(rule -> rule.minStar() != null && row.star() >= rule.minStar() && row.star() <= rule.maxStar())
				.map(RecognitionRules.Rule::level)
				.findFirst()
				.orElseThrow();
		}
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("kind", row.kind().name());
		values.put("state", row.result().state.name());
		values.put("areas", place.get().areas());
		values.put("score", points(total));
		values.put("memberTotals", row.memberTotals() == null ? null : row.memberTotals().stream().map(ApplicationHistorySheet::points).toList());
		values.put("spread", spread);
		values.put("flagged", spread != null && spread.compareTo(properties.spreadThreshold()) > 0);
		values.put("star", row.star());
		values.put("outcome", outcome(row.result()));
		values.put("recognisingLevel", recognising == null ? null : recognising.name());
		values.put("concludedOn", row.result().evaluated() ? concluded : null);
		values.put("decisionNumber", row.decisionNumber());
		values.put("decisionDate", decided);
		values.put("note", row.note());
		planned(context).put(key(row), new Planned(row.productCode(), row.level(), unit, row.year(), row.number(),
				instrument.get().code(), values, accepted));
		lastDates(context).put(row.productCode(), decided);
		if (row.result() == Result.RECOGNISED) {
			fileRecognitions(context).computeIfAbsent(row.productCode(), code -> new ArrayList<>())
				.add(new Recognition(decided, row.star()));
		}
	}

	private static String outcome(Result result) {
		return switch (result) {
			case RECOGNISED, NOT_RECOGNISED -> ScoreResult.Outcome.RATED.name();
			case REJECTED -> ScoreResult.Outcome.REJECTED.name();
			case WITHDRAWN -> null;
		};
	}

	private static BigDecimal points(BigDecimal value) {
		return value == null ? null : value.setScale(2, RoundingMode.HALF_UP);
	}

	/**
	 * The instrument named by the row (it must have applied on the date, or lapsed at most
	 * {@value #TRANSITION_DAYS} days before: dossiers pending at a change finish under the old rules),
	 * else the one in force on the date.
	 */
	private Optional<Instrument> instrument(String code, LocalDate on) {
		if (code == null) {
			return scorecards.instrumentOn(on);
		}
		return scorecards.instrument(code)
			.filter(i -> !on.isBefore(i.validFrom()) && (i.validUntil() == null || on.isBefore(i.validUntil().plusDays(TRANSITION_DAYS))));
	}

	/**
	 * Which level recognised what under the instrument on the date; for a transitional dossier decided
	 * after the instrument lapsed, the rules of its last day (pending dossiers finish under the old rules).
	 */
	private List<RecognitionRules.Rule> rulesOn(Instrument instrument, LocalDate decided, ImportContext context) {
		LocalDate on = instrument.validUntil() != null && !decided.isBefore(instrument.validUntil())
				? instrument.validUntil().minusDays(1) : decided;
		return context.cached(CACHE + ".rules." + instrument.code() + "." + on, () -> rules.rulesOn(instrument.code(), on));
	}

	/** The product's latest recognition decided before {@code on}: stored (other rounds) or in rows above. */
	private Optional<Recognition> earlier(String productCode, Long productId, Long roundId, LocalDate on, ImportContext context) {
		Stream<Recognition> stored = productId == null ? Stream.empty()
				: storedRecognitions(context).getOrDefault(productId, List.of()).stream()
					.filter(r -> roundId == null || r.roundId() != roundId)
					.map(r -> new Recognition(r.decidedOn(), r.star()));
		Stream<Recognition> inFile = fileRecognitions(context).getOrDefault(productCode, List.of()).stream();
		return Stream.concat(stored, inFile)
			.filter(r -> r.decidedOn().isBefore(on))
			.max(Comparator.comparing(Recognition::decidedOn));
	}

	private Subject subject(long id, ImportContext context) {
		Map<Long, Subject> cache = context.cached(CACHE + ".subjects", ConcurrentHashMap::new);
		return cache.computeIfAbsent(id, key -> products.subject(key).orElseThrow());
	}

	record StoredRecognition(long roundId, LocalDate decidedOn, int star) {
	}

	private Map<Long, List<StoredRecognition>> storedRecognitions(ImportContext context) {
		return context.cached(CACHE + ".recognitions", () -> {
			Map<Long, List<StoredRecognition>> all = new ConcurrentHashMap<>();
			jdbc.sql("SELECT product_id, round_id, decision_date, star FROM ocop_application"
					+ " WHERE state = 'DECIDED' AND decision_date IS NOT NULL AND star IS NOT NULL")
				.query(rs -> {
					all.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>())
						.add(new StoredRecognition(rs.getLong(2), rs.getObject(3, LocalDate.class), rs.getInt(4)));
				});
			return all;
		});
	}

	private Map<String, StoredRound> storedRounds(ImportContext context) {
		return context.cached(CACHE + ".rounds", () -> {
			Map<String, StoredRound> all = new ConcurrentHashMap<>();
			jdbc.sql("SELECT level, unit_code, year, number, id, instrument_code FROM ocop_round").query(rs -> {
				all.put(roundKey(EvaluationLevel.valueOf(rs.getString(1)), rs.getString(2), rs.getInt(3), rs.getInt(4)),
						new StoredRound(rs.getLong(5), rs.getString(6)));
			});
			return all;
		});
	}

	/** Applications by round and product that block or are the target of an import (withdrawn and rejected ones made on the pages do not). */
	private Map<String, StoredApplication> storedApplications(ImportContext context) {
		return context.cached(CACHE + ".applications", () -> {
			Map<String, StoredApplication> all = new ConcurrentHashMap<>();
			jdbc.sql("SELECT round_id, product_id, id, origin FROM ocop_application"
					+ " WHERE origin = 'IMPORT' OR state NOT IN ('WITHDRAWN', 'REJECTED')").query(rs -> {
				all.put(rs.getLong(1) + "|" + rs.getLong(2), new StoredApplication(rs.getLong(3), rs.getString(4)));
			});
			return all;
		});
	}

	private static Map<String, String> fileRounds(ImportContext context) {
		return context.cached(CACHE + ".fileRounds", ConcurrentHashMap::new);
	}

	private static Set<String> resolvedKeys(ImportContext context) {
		return context.cached(CACHE + ".keys", ConcurrentHashMap::newKeySet);
	}

	private static Map<String, LocalDate> lastDates(ImportContext context) {
		return context.cached(CACHE + ".lastDates", ConcurrentHashMap::new);
	}

	private static Map<String, List<Recognition>> fileRecognitions(ImportContext context) {
		return context.cached(CACHE + ".fileRecognitions", ConcurrentHashMap::new);
	}

	private static Map<String, Planned> planned(ImportContext context) {
		return context.cached(CACHE + ".planned", ConcurrentHashMap::new);
	}

	// ------------------------------------------------------------------------------------- storing

	@Override
	public StoreCounts store(List<Row> batch, ImportContext context) {
		long created = 0;
		long updated = 0;
		for (Row row : batch) {
			Planned planned = planned(context).get(key(row));
			if (planned == null) {
				throw new IllegalStateException("Application " + key(row) + " was not checked");
			}
			long roundId = round(planned, context);
			long[] product = jdbc.sql("SELECT id, subject_id FROM ocop_product WHERE code = :code")
				.param("code", planned.productCode())
				.query((rs, n) -> new long[] { rs.getLong(1), rs.getLong(2) })
				.single();
			Map<String, Object> after = planned.values();
			Optional<Map.Entry<Long, Map<String, Object>>> before = jdbc.sql("SELECT * FROM ocop_application"
					+ " WHERE round_id = :round AND product_id = :product AND origin = 'IMPORT' FOR UPDATE")
				.param("round", roundId)
				.param("product", product[0])
				.query((rs, n) -> Map.entry(rs.getLong("id"), stored(rs)))
				.optional();
			Map<String, Object> audited = new LinkedHashMap<>(after);
			audited.put("round", planned.level() + " " + planned.unit() + " " + planned.number() + "/" + planned.year());
			audited.put("instrument", planned.instrumentCode());
			audited.put("product", planned.productCode());
			audited.put("acceptedWarnings", planned.acceptedWarnings());
			audited.put("job", context.job().toString());
			if (before.isEmpty()) {
				long id = insert(roundId, product[0], product[1], after, context);
				auditor.record(AuditRecord.created(Evaluations.MODULE, "OcopApplication", Long.toString(id), audited));
				created++;
			}
			else if (!before.get().getValue().equals(after)) {
				update(before.get().getKey(), after, context);
				auditor.record(AuditRecord.updated(Evaluations.MODULE, "OcopApplication", Long.toString(before.get().getKey()),
						before.get().getValue(), audited));
				updated++;
			}
		}
		return StoreCounts.ofBatch(batch.size(), created, updated);
	}

	/** The round's id: stored, created earlier in this file's store pass, or created now (audited). */
	private long round(Planned planned, ImportContext context) {
		Map<String, Long> ids = context.cached(CACHE + ".roundIds", ConcurrentHashMap::new);
		Long known = ids.get(planned.roundKey());
		if (known != null) {
			return known;
		}
		Optional<Long> stored = jdbc.sql("SELECT id FROM ocop_round WHERE level = :level AND unit_code = :unit AND year = :year"
				+ " AND number = :number")
			.param("level", planned.level().name())
			.param("unit", planned.unit())
			.param("year", planned.year())
			.param("number", planned.number())
			.query(Long.class)
			.optional();
		long id;
		if (stored.isPresent()) {
			id = stored.get();
		}
		else {
			Optional<RecognitionRules.Dates> dates = rules.schedule(planned.instrumentCode(), planned.level(), planned.year(),
					planned.number());
			Round round = new Round(0, planned.level(), planned.unit(), planned.year(), planned.number(), planned.instrumentCode(),
					dates.map(RecognitionRules.Dates::proposalsDue).orElse(null),
					dates.map(RecognitionRules.Dates::resultsDue).orElse(null));
			id = evaluations.insertRound(round, context.user().username(), clock.instant());
			Map<String, Object> values = new LinkedHashMap<>();
			values.put("level", planned.level().name());
			values.put("unit", planned.unit());
			values.put("year", planned.year());
			values.put("number", planned.number());
			values.put("instrument", planned.instrumentCode());
			values.put("job", context.job().toString());
			auditor.record(AuditRecord.created(Evaluations.MODULE, "OcopRound", Long.toString(id), values));
		}
		ids.put(planned.roundKey(), id);
		return id;
	}

	private long insert(long roundId, long productId, long subjectId, Map<String, Object> values, ImportContext context) {
		return jdbc.sql("INSERT INTO ocop_application (round_id, product_id, subject_id, kind, state, area_codes, registration,"
				+ " self_assessment, written_opinions, score, member_totals, spread, flagged, star, outcome, recognising_level,"
				+ " concluded_on, decision_number, decision_date, note, origin, created_at, created_by, updated_at, updated_by)"
				+ " VALUES (:round, :product, :subject, :kind, :state, :areas, '{}'::jsonb, '{}'::jsonb, :written, :score, :members,"
				+ " :spread, :flagged, :star, :outcome, :recognising, :concluded, :decisionNumber, :decisionDate, :note, 'IMPORT',"
				+ " :now, :actor, :now, :actor) RETURNING id")
			.param("round", roundId)
			.param("product", productId)
			.param("subject", subjectId)
			.params(parameters(values, context))
			.query(Long.class)
			.single();
	}

	private void update(long id, Map<String, Object> values, ImportContext context) {
		jdbc.sql("UPDATE ocop_application SET kind = :kind, state = :state, area_codes = :areas, written_opinions = :written,"
				+ " score = :score, member_totals = :members, spread = :spread, flagged = :flagged, star = :star, outcome = :outcome,"
				+ " recognising_level = :recognising, concluded_on = :concluded, decision_number = :decisionNumber,"
				+ " decision_date = :decisionDate, note = :note, updated_at = :now, updated_by = :actor, version = version + 1"
				+ " WHERE id = :id")
			.param("id", id)
			.params(parameters(values, context))
			.update();
	}

	@SuppressWarnings("unchecked")
	private Map<String, Object> parameters(Map<String, Object> values, ImportContext context) {
		Map<String, Object> params = new LinkedHashMap<>();
		params.put("kind", values.get("kind"));
		params.put("state", values.get("state"));
		params.put("areas", ((List<String>) values.get("areas")).toArray(String[]::new));
		params.put("written", ApplicationKind.RE_RATING.name().equals(values.get("kind")));
		params.put("score", values.get("score"));
		List<BigDecimal> members = (List<BigDecimal>) values.get("memberTotals");
		params.put("members", members == null ? null : members.toArray(BigDecimal[]::new));
		params.put("spread", values.get("spread"));
		params.put("flagged", values.get("flagged"));
		params.put("star", values.get("star"));
		params.put("outcome", values.get("outcome"));
		params.put("recognising", values.get("recognisingLevel"));
		params.put("concluded", values.get("concludedOn"));
		params.put("decisionNumber", values.get("decisionNumber"));
		params.put("decisionDate", values.get("decisionDate"));
		params.put("note", values.get("note"));
		params.put("now", clock.instant().atOffset(java.time.ZoneOffset.UTC));
		params.put("actor", context.user().username());
		return params;
	}

	/** A stored imported application in the shape of {@link Planned#values()}, to compare and audit. */
	private static Map<String, Object> stored(ResultSet rs) throws SQLException {
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("kind", rs.getString("kind"));
		values.put("state", rs.getString("state"));
		values.put("areas", strings(rs.getArray("area_codes")));
		values.put("score", rs.getBigDecimal("score"));
		Array members = rs.getArray("member_totals");
		values.put("memberTotals", members == null ? null : Arrays.asList((BigDecimal[]) members.getArray()));
		values.put("spread", rs.getBigDecimal("spread"));
		values.put("flagged", rs.getBoolean("flagged"));
		values.put("star", (Integer) rs.getObject("star"));
		values.put("outcome", rs.getString("outcome"));
		values.put("recognisingLevel", rs.getString("recognising_level"));
		values.put("concludedOn", rs.getObject("concluded_on", LocalDate.class));
		values.put("decisionNumber", rs.getString("decision_number"));
		values.put("decisionDate", rs.getObject("decision_date", LocalDate.class));
		values.put("note", rs.getString("note"));
		return values;
	}

	private static List<String> strings(Array array) throws SQLException {
		return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
	}

	@Override
	public boolean exists(String key) {
		return false;
	}

}
