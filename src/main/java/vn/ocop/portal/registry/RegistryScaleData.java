package vn.ocop.portal.registry;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionOperations;

import vn.ocop.portal.audit.AuditRecord;
import vn.ocop.portal.audit.Auditor;
import vn.ocop.portal.shared.scale.ScaleDataContributor;
import vn.ocop.portal.shared.scale.ScaleDataPlan;
import vn.ocop.portal.units.AdministrativeUnit;
import vn.ocop.portal.units.AdministrativeUnits;
import vn.ocop.portal.units.ProvinceView;
import vn.ocop.portal.units.UnitCode;
import vn.ocop.portal.units.UnitSuccession;

/**
 * The registry's share of the national-scale data set: {@code organisations} (default 100,000)
 * spread over the communes valid on the plan's date — about 55% cooperative groups, 44%
 * cooperatives, 1% unions — registered between 2008 and the year before the plan's date (before
 * the 2025 reform in a commune the plan's commune succeeded, so that every unit is valid on its
 * registration date), about 6% dissolved and 2% suspended since, and an annual update for each of
 * the last {@code years} (default 5) years they existed.
 * <p>
 * Deterministic from {@code plan.random("registry")}; codes are stable ({@code SCALE-0000001}, by
 * position), so a second run adds nothing and a larger run adds only the rest. When the demo data
 * is on, the province that holds the demo province's territory on the plan's date (Thái Nguyên,
 * 19, for Bắc Kạn) is left to the demo data, so that the demo's figures stay exact. Bulk inserts of
 * {@value #BATCH} rows, one transaction per batch; audited once.
 */
@Component
class RegistryScaleData implements ScaleDataContributor {

	static final int BATCH = 2_000;

	static final String PREFIX = "SCALE-";

	private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	private static final LocalDate FIRST_REGISTRATION = LocalDate.of(2008, 8, 1);

	private static final List<String> WORK = List.of("nông nghiệp", "dịch vụ nông nghiệp", "chè", "chăn nuôi", "thủy sản",
			"rau an toàn", "cây ăn quả", "dược liệu", "du lịch cộng đồng", "vận tải", "xây dựng", "thương mại", "chế biến",
			"môi trường", "muối", "lâm nghiệp", "thủ công mỹ nghệ", "nước sạch");

	private final AdministrativeUnits units;

	private final UnitAreas areas;

	private final ClassificationRules classification;

	private final ObjectProvider<RegistryDemoData> demoData;

	private final JdbcClient jdbc;

	private final TransactionOperations transactions;

	private final Auditor auditor;

	private final Clock clock;

	RegistryScaleData(AdministrativeUnits units, UnitAreas areas, ClassificationRules classification,
			ObjectProvider<RegistryDemoData> demoData, JdbcClient jdbc, TransactionOperations transactions,
			Auditor auditor, Clock clock) {
		this.units = units;
		this.areas = areas;
		this.classification = classification;
		this.demoData = demoData;
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.auditor = auditor;
		this.clock = clock;
	}

	@Override
	public int order() {
		return 300;
	}

	@Override
	public String module() {
		return "registry";
	}

	@Override
	public String generate(ScaleDataPlan plan) {
		int count = plan.volume("organisations", 100_000);
		int years = plan.volume("years", 5);
		List<AdministrativeUnit> communes = communes(plan.asOf());
		if (communes.isEmpty() || count == 0) {
			return "0 organisations generated (no communes valid on " + plan.asOf() + ")";
		}
		Random random = plan.random("registry");
		Instant now = clock.instant();
		int lastYear = plan.asOf().getYear() - 1;
		Map<String, List<AdministrativeUnit>> predecessors = new HashMap<>();
		List<Generated> all = new ArrayList<>(count);
		for (int i = 1; i <= count; i++) {
			all.add(generate(i, random, communes, predecessors, lastYear, years, now));
		}
		int organisations = 0;
		int updates = 0;
		for (int from = 0; from < all.size(); from += BATCH) {
			List<Generated> batch = all.subList(from, Math.min(all.size(), from + BATCH));
			int[] added = transactions.execute(status -> insert(batch, now));
			organisations += added[0];
			updates += added[1];
		}
		Set<String> codes = new LinkedHashSet<>();
		all.forEach(generated -> codes.add(generated.unitCode));
		int computed = areas.ensure(codes);
		if (organisations > 0) {
			int done = organisations;
			int reported = updates;
			transactions.executeWithoutResult(status -> auditor.record(AuditRecord.created(RegistryManagement.MODULE,
					"ScaleDataOrganisations", plan.asOf().toString(),
					Map.of("organisations", done, "annualUpdates", reported, "seed", plan.seed()))));
		}
		return "%,d organisations and %,d annual updates generated, %,d already there; %,d unit codes placed in their areas"
			.formatted(organisations, updates, count - organisations, computed);
	}

	/** The communes valid on the date, in code order, without the demo province's territory when the demo data is on. */
	private List<AdministrativeUnit> communes(LocalDate date) {
		String excluded = demoData.getIfAvailable() == null ? null
				: units.provinceOn(UnitCode.of(RegistryDemoData.PROVINCE), date)
					.map(ProvinceView::province)
					.map(province -> province.code().value())
					.orElse(null);
		List<AdministrativeUnit> found = new ArrayList<>();
		for (AdministrativeUnit province : units.validOn(date, null)) {
			if (province.code().value().equals(excluded)) {
				continue;
			}
			collectCommunes(province, date, found);
		}
		return found;
	}

	private void collectCommunes(AdministrativeUnit parent, LocalDate date, List<AdministrativeUnit> found) {
		for (AdministrativeUnit child : units.validOn(date, parent.code())) {
			if (child.code().value().length() == 5) {
				found.add(child);
			}
			else {
				collectCommunes(child, date, found);
			}
		}
	}

	// ------------------------------------------------------------------------------------ one organisation

	/** An organisation with its status changes and annual updates, ready to insert. */
	record Generated(String id, OrganisationKind kind, String name, String registrationNumber, String taxCode,
			LocalDate registered, String authority, String unitCode, Sector sector, List<StatusChange> changes,
			List<RegistryDemoData.Update> updates) {
	}

	private Generated generate(int index, Random random, List<AdministrativeUnit> communes,
			Map<String, List<AdministrativeUnit>> predecessors, int lastYear, int years, Instant now) {
		int roll = random.nextInt(100);
		OrganisationKind kind = roll < 55 ? OrganisationKind.THT : roll < 99 ? OrganisationKind.HTX : OrganisationKind.LHHTX;
		AdministrativeUnit commune = communes.get(random.nextInt(communes.size()));
		LocalDate lastDay = LocalDate.of(lastYear, 12, 31);
		LocalDate registered = FIRST_REGISTRATION.plusDays(random.nextInt((int) ChronoUnit.DAYS.between(FIRST_REGISTRATION, lastDay) + 1));
		AdministrativeUnit unit = unitOn(commune, registered, random, predecessors);
		if (unit == null) {
			unit = commune;
			registered = commune.validFrom().isAfter(registered) ? commune.validFrom() : registered;
		}
		String id = PREFIX + "%07d".formatted(index);
		String work = WORK.get(random.nextInt(WORK.size()));
		String name = switch (kind) {
			case THT -> "Tổ hợp tác " + work + " " + unit.properName() + " " + (1 + random.nextInt(30));
			case HTX -> "Hợp tác xã " + work + " " + unit.properName() + " " + (1 + random.nextInt(30));
			case LHHTX -> "Liên hiệp hợp tác xã " + work + " " + unit.properName();
		};
		Sector sector = switch (random.nextInt(10)) {
			case 0, 1 -> Sector.TRADE_SERVICES_OTHER;
			case 2 -> Sector.INDUSTRY_CONSTRUCTION;
			default -> kind == OrganisationKind.HTX && random.nextInt(40) == 0 ? Sector.FINANCE_CREDIT : Sector.AGRICULTURE;
		};
		List<StatusChange> changes = new ArrayList<>();
		changes.add(new StatusChange(1, Transition.REGISTERED, registered, null, null, null, null, now, "system"));
		long lifetime = ChronoUnit.DAYS.between(registered, lastDay);
		int fate = random.nextInt(100);
		if (lifetime > 60 && fate < 6) {
			LocalDate dissolved = registered.plusDays(30 + random.nextInt((int) lifetime - 30));
			changes.add(new StatusChange(2, Transition.DISSOLVED, dissolved, null, "%d/QĐ-UBND".formatted(1 + random.nextInt(500)),
					dissolved, random.nextBoolean() ? DissolutionKind.VOLUNTARY : DissolutionKind.COMPULSORY, now, "system"));
		}
		else if (lifetime > 60 && fate < 8) {
			LocalDate suspended = registered.plusDays(30 + random.nextInt((int) lifetime - 30));
			changes.add(new StatusChange(2, Transition.SUSPENDED, suspended, "Tạm dừng sản xuất", null, null, null, now, "system"));
		}
		List<RegistryDemoData.Update> updates = new ArrayList<>();
		for (int year = lastYear - years + 1; year <= lastYear; year++) {
			LocalDate yearStart = LocalDate.of(year, 1, 1);
			boolean existed = !registered.isAfter(LocalDate.of(year, 12, 31));
			boolean dissolvedBefore = changes.size() > 1 && changes.get(1).transition() == Transition.DISSOLVED
					&& changes.get(1).effectiveDate().isBefore(yearStart);
			if (existed && !dissolvedBefore) {
				updates.add(update(id, kind, year, registered, random));
			}
		}
		String number = kind == OrganisationKind.THT && random.nextInt(3) > 0 ? null : "SC%07d".formatted(index);
		String tax = kind == OrganisationKind.THT ? null : "8%09d".formatted(index);
		return new Generated(id, kind, name, number, tax, registered, kind == OrganisationKind.THT ? "UBND " + unit.name()
				: "Cơ quan đăng ký kinh doanh cấp huyện", unit.code().value(), sector, changes, updates);
	}

	/**
	 * The commune itself if it was valid on the date, else one of the units it succeeded that was
	 * valid then (a commune that kept its code succeeded itself).
	 */
	private AdministrativeUnit unitOn(AdministrativeUnit commune, LocalDate date, Random random,
			Map<String, List<AdministrativeUnit>> predecessors) {
		if (commune.validOn(date)) {
			return commune;
		}
		List<AdministrativeUnit> candidates = predecessors.computeIfAbsent(commune.code().value(), code -> {
			List<AdministrativeUnit> found = new ArrayList<>();
			for (UnitSuccession succession : units.predecessorsOf(UnitCode.of(code))) {
				units.history(succession.predecessor()).stream()
					.filter(row -> row.validTo() != null && !row.validTo().isBefore(succession.effectiveDate().minusDays(1)))
					.findFirst()
					.ifPresent(found::add);
			}
			return found;
		});
		List<AdministrativeUnit> valid = candidates.stream().filter(candidate -> candidate.validOn(date)).toList();
		return valid.isEmpty() ? null : valid.get(random.nextInt(valid.size()));
	}

	private RegistryDemoData.Update update(String id, OrganisationKind kind, int year, LocalDate registered, Random random) {
		int official = switch (kind) {
			case THT -> 2 + random.nextInt(20);
			case HTX -> 7 + random.nextInt(40);
			case LHHTX -> 0;
		};
		int capital = kind == OrganisationKind.HTX ? random.nextInt(4) : 0;
		int coops = kind == OrganisationKind.LHHTX ? 4 + random.nextInt(9) : 0;
		long scale = kind == OrganisationKind.THT ? 1 : 6;
		BigDecimal charter = million(scale * (20 + random.nextInt(400)));
		BigDecimal score = kind == OrganisationKind.THT ? null : BigDecimal.valueOf(35 + random.nextInt(61));
		AnnualFigures figures = new AnnualFigures(official, capital, 0, coops, official + random.nextInt(10) + 1, charter,
				charter.multiply(BigDecimal.valueOf(2)), million(scale * (40 + random.nextInt(800))),
				million(scale * (random.nextInt(100) - 20)), million(30 + random.nextInt(70)), score);
		LocalDate from = registered.isAfter(LocalDate.of(year, 1, 1)) ? registered : LocalDate.of(year, 1, 1);
		long active = ChronoUnit.DAYS.between(from, LocalDate.of(year + 1, 1, 1));
		ClassificationRules.Result band = classification.classify(year, score, active, 0).orElse(null);
		Instant submitted = LocalDate.of(year, 12, 1 + random.nextInt(20)).atTime(9, 0).atZone(VIETNAM).toInstant();
		return new RegistryDemoData.Update(id, year, figures, band, submitted, "system", true, "system");
	}

	private static BigDecimal million(long millions) {
		return BigDecimal.valueOf(millions * 1_000_000L);
	}

	// ------------------------------------------------------------------------------------ storing

	/**
	 * Inserts one batch; returns the organisations and the updates added. The status changes and
	 * updates of an organisation that was already there (from an earlier run) are left as they are.
	 */
	private int[] insert(List<Generated> generatedBatch, Instant now) {
		Set<String> inserted = new HashSet<>(jdbc.sql("""
				INSERT INTO registry_organisation (id, kind, name, registration_number, tax_code, registration_date,
				    registration_authority, unit_code, sector, status, status_date, search_text, name_sort_key, version,
				    created_at, updated_at)
				SELECT id, kind, name, reg, tax, reg_date::date, authority, unit, sector, status, status_date::date, search,
				       decode(sort_key, 'hex'), 0, :now, :now
				FROM unnest(:ids::varchar[], :kinds::varchar[], :names::varchar[], :regs::varchar[], :taxes::varchar[],
				            :regDates::text[], :authorities::varchar[], :units::varchar[], :sectors::varchar[],
				            :statuses::varchar[], :statusDates::text[], :searches::varchar[], :sortKeys::text[])
				    AS t(id, kind, name, reg, tax, reg_date, authority, unit, sector, status, status_date, search, sort_key)
				ON CONFLICT DO NOTHING
				RETURNING id""")
			.param("now", OrganisationStore.timestamp(now))
			.param("ids", column(generatedBatch, Generated::id))
			.param("kinds", column(generatedBatch, g -> g.kind().name()))
			.param("names", column(generatedBatch, Generated::name))
			.param("regs", column(generatedBatch, Generated::registrationNumber))
			.param("taxes", column(generatedBatch, Generated::taxCode))
			.param("regDates", column(generatedBatch, g -> g.registered().toString()))
			.param("authorities", column(generatedBatch, Generated::authority))
			.param("units", column(generatedBatch, Generated::unitCode))
			.param("sectors", column(generatedBatch, g -> g.sector().name()))
			.param("statuses", column(generatedBatch, g -> last(g).status().name()))
			.param("statusDates", column(generatedBatch, g -> last(g).effectiveDate().toString()))
			.param("searches", column(generatedBatch, g -> OrganisationStore.searchText(g.id(), g.name(),
					g.registrationNumber() == null ? null : new RegistrationNumber(g.registrationNumber()),
					g.taxCode() == null ? null : new TaxCode(g.taxCode()))))
			.param("sortKeys", column(generatedBatch, g -> HexFormat.of().formatHex(NameSortKey.of(g.name()))))
			.query(String.class)
			.list());
		List<Generated> batch = generatedBatch.stream().filter(g -> inserted.contains(g.id())).toList();
		int organisations = batch.size();
		List<String[]> changes = new ArrayList<>();
		List<RegistryDemoData.Update> updates = new ArrayList<>();
		for (Generated generated : batch) {
			for (StatusChange change : generated.changes()) {
				changes.add(new String[] { generated.id(), Integer.toString(change.seq()), change.transition().name(),
						change.status().name(), change.effectiveDate().toString(), change.reason(), change.decisionNumber(),
						change.decisionDate() == null ? null : change.decisionDate().toString(),
						change.dissolutionKind() == null ? null : change.dissolutionKind().name() });
			}
			updates.addAll(generated.updates());
		}
		jdbc.sql("""
				INSERT INTO registry_status_change (organisation_id, seq, transition, status, effective_date, reason,
				    decision_number, decision_date, dissolution_kind, recorded_at, recorded_by)
				SELECT org, seq::int, transition, status, effective::date, reason, decision, decision_date::date, how, :now,
				       'system'
				FROM unnest(:orgs::varchar[], :seqs::text[], :transitions::varchar[], :statuses::varchar[], :dates::text[],
				            :reasons::varchar[], :decisions::varchar[], :decisionDates::text[], :hows::varchar[])
				    AS t(org, seq, transition, status, effective, reason, decision, decision_date, how)
				ON CONFLICT DO NOTHING""")
			.param("now", OrganisationStore.timestamp(now))
			.param("orgs", columnOf(changes, 0))
			.param("seqs", columnOf(changes, 1))
			.param("transitions", columnOf(changes, 2))
			.param("statuses", columnOf(changes, 3))
			.param("dates", columnOf(changes, 4))
			.param("reasons", columnOf(changes, 5))
			.param("decisions", columnOf(changes, 6))
			.param("decisionDates", columnOf(changes, 7))
			.param("hows", columnOf(changes, 8))
			.update();
		int added = jdbc.sql("""
				INSERT INTO registry_annual_update (organisation_id, year, status, official_members, capital_associates,
				    non_capital_associates, member_cooperatives, workers, charter_capital, total_assets, revenue, profit,
				    average_income, classification_score, classification, classification_basis, submitted_at, submitted_by,
				    entered_by_officer, reviewed_at, reviewed_by, return_reason, version)
				SELECT org, year::int, 'ACCEPTED', official::int, capital::int, 0, coops::int, workers::int,
				       charter::numeric, assets::numeric, revenue::numeric, profit::numeric, income::numeric, score::numeric,
				       band, basis, submitted::timestamptz, 'system', TRUE, submitted::timestamptz, 'system', NULL, 0
				FROM unnest(:orgs::varchar[], :years::text[], :officials::text[], :capitals::text[], :coops::text[],
				            :workers::text[], :charters::text[], :assets::text[], :revenues::text[], :profits::text[],
				            :incomes::text[], :scores::text[], :bands::varchar[], :bases::varchar[], :submitted::text[])
				    AS t(org, year, official, capital, coops, workers, charter, assets, revenue, profit, income, score, band,
				         basis, submitted)
				ON CONFLICT DO NOTHING""")
			.param("orgs", column(updates, RegistryDemoData.Update::organisation))
			.param("years", column(updates, u -> Integer.toString(u.year())))
			.param("officials", column(updates, u -> Integer.toString(u.figures().officialMembers())))
			.param("capitals", column(updates, u -> Integer.toString(u.figures().capitalAssociates())))
			.param("coops", column(updates, u -> Integer.toString(u.figures().memberCooperatives())))
			.param("workers", column(updates, u -> Integer.toString(u.figures().workers())))
			.param("charters", column(updates, u -> u.figures().charterCapital().toPlainString()))
			.param("assets", column(updates, u -> u.figures().totalAssets().toPlainString()))
			.param("revenues", column(updates, u -> u.figures().revenue().toPlainString()))
			.param("profits", column(updates, u -> u.figures().profit().toPlainString()))
			.param("incomes", column(updates, u -> u.figures().averageIncome().toPlainString()))
			.param("scores", column(updates, u -> u.figures().classificationScore() == null ? null
					: u.figures().classificationScore().toPlainString()))
			.param("bands", column(updates, u -> u.classification() == null ? null : u.classification().classification().name()))
			.param("bases", column(updates, u -> u.classification() == null ? null
					: u.classification().ruleSet().name() + " (" + u.classification().ruleSet().legalBasis() + ")"))
			.param("submitted", column(updates, u -> u.submittedAt().toString()))
			.update();
		return new int[] { organisations, added };
	}

	private static StatusChange last(Generated generated) {
		return generated.changes().get(generated.changes().size() - 1);
	}

	private static <T> String[] column(List<T> rows, Function<T, String> value) {
		return rows.stream().map(value).toArray(String[]::new);
	}

	private static String[] columnOf(List<String[]> rows, int index) {
		return rows.stream().map(row -> row[index]).toArray(String[]::new);
	}

}
