package vn.ocop.portal.registry;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.springframework.beans.factory.ObjectProvider;
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

	private final OrganisationBulkInserts inserts;

	private final TransactionOperations transactions;

	private final Auditor auditor;

	private final Clock clock;

	RegistryScaleData(AdministrativeUnits units, UnitAreas areas, ClassificationRules classification,
			ObjectProvider<RegistryDemoData> demoData, OrganisationBulkInserts inserts, TransactionOperations transactions,
			Auditor auditor, Clock clock) {
		this.units = units;
		this.areas = areas;
		this.classification = classification;
		this.demoData = demoData;
		this.inserts = inserts;
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
		List<OrganisationBulkInserts.Row> all = new ArrayList<>(count);
		for (int i = 1; i <= count; i++) {
			all.add(generate(i, random, communes, predecessors, lastYear, years, now));
		}
		int organisations = 0;
		int updates = 0;
		for (int from = 0; from < all.size(); from += BATCH) {
			List<OrganisationBulkInserts.Row> batch = all.subList(from, Math.min(all.size(), from + BATCH));
			int[] added = transactions.execute(status -> inserts.insert(batch, now));
			organisations += added[0];
			updates += added[1];
		}
		Set<String> codes = new LinkedHashSet<>();
		all.forEach(row -> codes.add(row.unitCode()));
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

	private OrganisationBulkInserts.Row generate(int index, Random random, List<AdministrativeUnit> communes,
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
		changes.add(new StatusChange(1, Transition.REGISTERED, registered, null, null, null, null, now, OrganisationBulkInserts.SYSTEM));
		long lifetime = ChronoUnit.DAYS.between(registered, lastDay);
		int fate = random.nextInt(100);
		if (lifetime > 60 && fate < 6) {
			LocalDate dissolved = registered.plusDays(30 + random.nextInt((int) lifetime - 30));
			changes.add(new StatusChange(2, Transition.DISSOLVED, dissolved, null, "%d/QĐ-UBND".formatted(1 + random.nextInt(500)),
					dissolved, random.nextBoolean() ? DissolutionKind.VOLUNTARY : DissolutionKind.COMPULSORY, now, OrganisationBulkInserts.SYSTEM));
		}
		else if (lifetime > 60 && fate < 8) {
			LocalDate suspended = registered.plusDays(30 + random.nextInt((int) lifetime - 30));
			changes.add(new StatusChange(2, Transition.SUSPENDED, suspended, "Tạm dừng sản xuất", null, null, null, now, OrganisationBulkInserts.SYSTEM));
		}
		List<OrganisationBulkInserts.Update> updates = new ArrayList<>();
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
		return new OrganisationBulkInserts.Row(id, kind, name, number, tax, registered,
				kind == OrganisationKind.THT ? "UBND " + unit.name() : "Cơ quan đăng ký kinh doanh cấp huyện", unit.code().value(),
				null, sector, null, null, null, null, changes, updates);
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

	private OrganisationBulkInserts.Update update(String id, OrganisationKind kind, int year, LocalDate registered, Random random) {
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
		return new OrganisationBulkInserts.Update(id, year, figures, band, submitted, OrganisationBulkInserts.SYSTEM, true,
				OrganisationBulkInserts.SYSTEM);
	}

	private static BigDecimal million(long millions) {
		return BigDecimal.valueOf(millions * 1_000_000L);
	}

}
