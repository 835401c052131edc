package vn.ocop.portal.registry;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionOperations;

import vn.ocop.portal.audit.AuditRecord;
import vn.ocop.portal.audit.Auditor;
import vn.ocop.portal.registry.OrganisationBulkInserts.Update;
import vn.ocop.portal.units.AdministrativeUnit;
import vn.ocop.portal.units.AdministrativeUnits;
import vn.ocop.portal.units.UnitCode;

/**
 * The demo registry of province 06 (Bắc Kạn) on its 2022 units (8 districts, their communes),
 * such that the year-end figures computed from the records for 31/12/2022 are the seed's
 * (shared/spec/seed-figures.md): 656 cooperative groups operating with 7,210 members reported for
 * 2022 (369 operating at the end of 2021), 353 cooperatives operating with 3,600 members reported
 * for 2022 of which 55 registered in 2022, and 2 unions with 18 member cooperatives. Around them:
 * organisations dissolved or suspended (not operating), some registered after 2022, annual updates
 * for 2021 and 2022, and "Hợp tác xã Đồng Tâm" ({@code HTX-DEMO-0001}, the demo representative
 * htx.dongtam's organisation) in Ba Bể (061).
 * <p>
 * Names of organisations, people and hamlets are made up; numbers are generated from a fixed seed,
 * so every start produces the same data. Runs after identity's demo accounts and after the units
 * are loaded, when {@code ocop.demo.enabled} is on; loads once (several nodes: an advisory lock),
 * in one transaction, with bulk inserts; audited as one record.
 */
@Component
@Order(20)
@ConditionalOnBooleanProperty(name = "ocop.demo.enabled", matchIfMissing = true)
class RegistryDemoData implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(RegistryDemoData.class);

	static final String PROVINCE = "06";

	static final LocalDate UNITS_DATE = LocalDate.of(2022, 12, 31);

	static final List<String> DISTRICTS = List.of("058", "060", "061", "062", "063", "064", "065", "066");

	static final OrganisationId DONG_TAM = new OrganisationId("HTX-DEMO-0001");

	static final String DONG_TAM_NAME = "Hợp tác xã Đồng Tâm";

	/** Seed figures for 31/12/2022 (shared/spec/seed-figures.md). */
	static final int THT_OPERATING_2022 = 656;

	static final int THT_MEMBERS_2022 = 7_210;

	static final int THT_OPERATING_2021 = 369;

	static final int HTX_OPERATING_2022 = 353;

	static final int HTX_MEMBERS_2022 = 3_600;

	static final int HTX_REGISTERED_2022 = 55;

	static final int UNIONS_OPERATING_2022 = 2;

	static final int UNION_MEMBERS_2022 = 18;

	private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	private static final List<String> GROUP_WORK = List.of("trồng rừng", "chăn nuôi lợn đen", "nuôi ong", "trồng chè",
			"làm miến dong", "trồng rau an toàn", "dệt thổ cẩm", "trồng cây ăn quả", "nuôi cá ruộng", "trồng dong riềng",
			"chăn nuôi gà đồi", "làm bánh gio", "đan lát mây tre", "trồng quế", "trồng nấm", "làm hương", "sản xuất gạo nếp",
			"dịch vụ làm đất", "trồng cam quýt", "thu mua nông sản");

	private static final List<String> COOPERATIVE_WORK = List.of("nông nghiệp", "dịch vụ nông nghiệp", "chè",
			"nông lâm nghiệp", "miến dong", "dược liệu", "chăn nuôi", "du lịch cộng đồng", "vận tải", "xây dựng",
			"thương mại dịch vụ", "chế biến nông sản", "rau sạch", "cây ăn quả", "thủy sản", "môi trường", "điện nước",
			"thổ cẩm", "gỗ rừng trồng", "nấm");

	private static final List<String> HAMLETS = List.of("Nà Lẹng", "Khuổi Nộc", "Bản Pjạc", "Pác Châm", "Nà Mòn",
			"Cốc Phát", "Khau Đấng", "Nà Tồng", "Phiêng Luông", "Bản Chang", "Nà Hin", "Khuổi Khỉ", "Lũng Pảng",
			"Pò Giang", "Nà Vài", "Bản Mạn", "Khuổi Ún", "Nà Nghè", "Cốc Lải", "Thôm Mò");

	private static final List<String> SURNAMES = List.of("Hoàng", "Nông", "Triệu", "Lương", "Ma", "Hà", "Lý", "Đàm",
			"Nguyễn", "Dương", "Bế", "Lục", "Mã", "Lưu", "Đinh", "Phùng");

	private static final List<String> GIVEN = List.of("Văn Thắng", "Thị Hoa", "Văn Dũng", "Thị Lan", "Đức Minh",
			"Thị Hằng", "Văn Khánh", "Thị Nhung", "Văn Tùng", "Thị Mai", "Quang Huy", "Thị Thu", "Văn Long", "Thị Yến",
			"Văn Sơn", "Thị Duyên");

	private final AdministrativeUnits units;

	private final UnitAreas areas;

	private final ClassificationRules classification;

	private final JdbcClient jdbc;

	private final OrganisationBulkInserts inserts;

	private final TransactionOperations transactions;

	private final Auditor auditor;

	private final Clock clock;

	RegistryDemoData(AdministrativeUnits units, UnitAreas areas, ClassificationRules classification, JdbcClient jdbc,
			OrganisationBulkInserts inserts, TransactionOperations transactions, Auditor auditor, Clock clock) {
		this.units = units;
		this.areas = areas;
		this.classification = classification;
		this.jdbc = jdbc;
		this.inserts = inserts;
		this.transactions = transactions;
		this.auditor = auditor;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		long started = System.nanoTime();
		Integer created = transactions.execute(status -> {
			jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('ocop-portal.registry.demo'))").query(Object.class).single();
			if (jdbc.sql("SELECT EXISTS (SELECT 1 FROM registry_organisation WHERE id = :id)").param("id", DONG_TAM.value())
				.query(Boolean.class).single()) {
				return 0;
			}
			Map<String, List<AdministrativeUnit>> communes = communes();
			if (communes.values().stream().allMatch(List::isEmpty)) {
				log.warn("Registry demo data skipped: the 2022 units of province {} are not loaded", PROVINCE);
				return 0;
			}
			Plan plan = new Plan(communes, classification, clock).build();
			store(plan);
			areas.ensure(plan.organisations.stream().map(o -> o.unitCode).distinct().toList());
			auditor.record(AuditRecord.created(RegistryManagement.MODULE, "RegistryDemoData", PROVINCE,
					Map.of("organisations", plan.organisations.size(), "annualUpdates", plan.updates.size(),
							"memberships", plan.memberships.size())));
			return plan.organisations.size();
		});
		if (created != null && created > 0) {
			log.info("Registry demo data: {} organisations of province {} in {} ms", created, PROVINCE,
					(System.nanoTime() - started) / 1_000_000);
		}
	}

	private Map<String, List<AdministrativeUnit>> communes() {
		Map<String, List<AdministrativeUnit>> byDistrict = new LinkedHashMap<>();
		for (String district : DISTRICTS) {
			byDistrict.put(district, units.validOn(UNITS_DATE, UnitCode.of(district)));
		}
		return byDistrict;
	}

	// ------------------------------------------------------------------------------------ storing

	private void store(Plan plan) {
		Instant now = clock.instant();
		Map<String, List<Update>> updatesByOrganisation = new LinkedHashMap<>();
		plan.updates.forEach(update -> updatesByOrganisation.computeIfAbsent(update.organisation(), id -> new ArrayList<>()).add(update));
		List<OrganisationBulkInserts.Row> rows = plan.organisations.stream()
			.map(o -> new OrganisationBulkInserts.Row(o.id, o.kind, o.name, o.registrationNumber, o.taxCode, o.registered,
					o.authority, o.unitCode, o.address, o.sector, o.representative, o.title, o.phone, o.email, o.changes,
					updatesByOrganisation.getOrDefault(o.id, List.of())))
			.toList();
		inserts.insert(rows, now);
		inserts.insertMemberships(plan.memberships.stream()
			.map(m -> new String[] { m.union(), m.member(), m.joinedOn().toString() })
			.toList(), now);
	}

	// ------------------------------------------------------------------------------------ the plan

	/** One organisation to insert. */
	static final class Org {

		String id;

		OrganisationKind kind;

		String name;

		String registrationNumber;

		String taxCode;

		LocalDate registered;

		String authority;

		String unitCode;

		String address;

		Sector sector;

		String representative;

		String title;

		String phone;

		String email;

		final List<StatusChange> changes = new ArrayList<>();

		StatusChange last() {
			return changes.get(changes.size() - 1);
		}

	}

	record Membership(String union, String member, LocalDate joinedOn) {
	}

	/** Builds every record from the fixed seed; nothing is stored here. */
	static final class Plan {

		final List<Org> organisations = new ArrayList<>();

		final List<Update> updates = new ArrayList<>();

		final List<Membership> memberships = new ArrayList<>();

		private final Random random = new Random(2022);

		private final List<AdministrativeUnit> allCommunes = new ArrayList<>();

		private final Map<String, String> districtNames = new LinkedHashMap<>();

		private final Map<String, String> districtOf = new LinkedHashMap<>();

		private final Set<String> names = new HashSet<>();

		private final ClassificationRules classification;

		private final Instant recordedAt;

		private int groups;

		private int cooperatives;

		private int unions;

		private int registrations;

		Plan(Map<String, List<AdministrativeUnit>> communes, ClassificationRules classification, Clock clock) {
			this.classification = classification;
			this.recordedAt = clock.instant();
			communes.forEach((district, list) -> {
				for (AdministrativeUnit commune : list) {
					allCommunes.add(commune);
					districtOf.put(commune.code().value(), district);
				}
			});
			districtNames.putAll(Map.of("058", "Thành phố Bắc Kạn", "060", "Huyện Pác Nặm", "061", "Huyện Ba Bể", "062",
					"Huyện Ngân Sơn", "063", "Huyện Bạch Thông", "064", "Huyện Chợ Đồn", "065", "Huyện Chợ Mới", "066",
					"Huyện Na Rì"));
			names.add(DONG_TAM_NAME);
		}

		Plan build() {
			// Cooperative groups (THT): 369 operating at the end of 2021, 656 at the end of 2022.
			List<Org> groupsOperating2022 = new ArrayList<>();
			List<Org> groupsOperating2021 = new ArrayList<>();
			for (int i = 0; i < 356; i++) {
				Org org = group(date(2012, 2021));
				groupsOperating2021.add(org);
				groupsOperating2022.add(org);
			}
			for (int i = 0; i < 13; i++) {
				Org org = group(date(2012, 2020));
				dissolve(org, dateIn(2022, 2, 11), random.nextInt(3) == 0 ? DissolutionKind.COMPULSORY : DissolutionKind.VOLUNTARY);
				groupsOperating2021.add(org);
			}
			for (int i = 0; i < THT_OPERATING_2022 - 356; i++) {
				groupsOperating2022.add(group(dateIn(2022, 1, 12)));
			}
			for (int i = 0; i < 8; i++) {
				dissolve(group(date(2010, 2016)), date(2018, 2020), DissolutionKind.VOLUNTARY);
			}
			for (int i = 0; i < 5; i++) {
				suspend(group(date(2013, 2019)), dateIn(2021, 3, 10), "Thiếu lao động do thành viên đi làm ăn xa");
			}
			for (int i = 0; i < 30; i++) {
				group(date(2023, 2024));
			}
			reportMembers(groupsOperating2022, 2022, THT_MEMBERS_2022, 4, 18, OrganisationKind.THT);
			reportMembers(groupsOperating2021, 2021, groupsOperating2021.size() * 10, 3, 17, OrganisationKind.THT);

			// Cooperatives (HTX): 353 operating at the end of 2022, 55 of them registered in 2022.
			List<Org> cooperativesOperating2022 = new ArrayList<>();
			List<Org> cooperativesOperating2021 = new ArrayList<>();
			Org dongTam = dongTam();
			cooperativesOperating2022.add(dongTam);
			for (int i = 1; i < HTX_REGISTERED_2022; i++) {
				cooperativesOperating2022.add(cooperative(dateIn(2022, 1, 12)));
			}
			List<Org> established = new ArrayList<>();
			for (int i = 0; i < HTX_OPERATING_2022 - HTX_REGISTERED_2022; i++) {
				Org org = cooperative(date(2009, 2021));
				if (i < 3 && org.registered.getYear() < 2019) {
					suspend(org, dateIn(2019, 4, 9), "Tạm dừng sản xuất để chuyển đổi cây trồng");
					resume(org, dateIn(2020, 3, 12));
				}
				cooperativesOperating2022.add(org);
				cooperativesOperating2021.add(org);
				if (org.registered.isBefore(LocalDate.of(2019, 1, 1)) && org.changes.size() == 1) {
					established.add(org);
				}
			}
			for (int i = 0; i < 7; i++) {
				Org org = cooperative(date(2010, 2019));
				dissolve(org, dateIn(2022, 3, 11), i % 3 == 0 ? DissolutionKind.COMPULSORY : DissolutionKind.VOLUNTARY);
				cooperativesOperating2021.add(org);
			}
			for (int i = 0; i < 4; i++) {
				Org org = cooperative(date(2011, 2020));
				suspend(org, dateIn(2022, 5, 11), "Thiếu vốn lưu động, chờ sắp xếp lại sản xuất");
				cooperativesOperating2021.add(org);
			}
			for (int i = 0; i < 6; i++) {
				dissolve(cooperative(date(2009, 2016)), date(2017, 2020), i % 2 == 0 ? DissolutionKind.COMPULSORY : DissolutionKind.VOLUNTARY);
			}
			for (int i = 0; i < 20; i++) {
				cooperative(date(2023, 2024));
			}
			reportMembers(cooperativesOperating2022, 2022, HTX_MEMBERS_2022, 7, 16, OrganisationKind.HTX);
			reportMembers(cooperativesOperating2021, 2021, cooperativesOperating2021.size() * 11, 7, 18, OrganisationKind.HTX);
			dongTamLaterYears(dongTam);

			// Unions (LHHTX): 2 operating, 9 member cooperatives each at the end of 2022.
			Org first = union(LocalDate.of(2019, 5, 20), "Liên hiệp hợp tác xã Nông sản Bắc Kạn");
			Org second = union(LocalDate.of(2021, 9, 8), "Liên hiệp hợp tác xã Dịch vụ Ba Bể");
			List<LocalDate> firstJoins = List.of(first.registered, first.registered, first.registered, first.registered,
					first.registered, first.registered, LocalDate.of(2020, 6, 1), LocalDate.of(2020, 11, 16), LocalDate.of(2022, 4, 4));
			List<LocalDate> secondJoins = List.of(second.registered, second.registered, second.registered, second.registered,
					second.registered, LocalDate.of(2021, 10, 20), LocalDate.of(2021, 12, 1), LocalDate.of(2022, 2, 14),
					LocalDate.of(2022, 8, 22));
			for (int i = 0; i < 9; i++) {
				memberships.add(new Membership(first.id, established.get(i).id, firstJoins.get(i)));
				memberships.add(new Membership(second.id, established.get(9 + i).id, secondJoins.get(i)));
			}
			unionUpdate(first, 2021, 8);
			unionUpdate(first, 2022, 9);
			unionUpdate(second, 2021, 7);
			unionUpdate(second, 2022, 9);
			return this;
		}

		// -------------------------------------------------------------------- organisations

		private Org group(LocalDate registered) {
			AdministrativeUnit commune = commune();
			Org org = base(OrganisationKind.THT, "THT-DEMO-%04d".formatted(++groups), registered, commune);
			org.name = unique("Tổ hợp tác " + pick(GROUP_WORK) + " thôn " + pick(HAMLETS), commune);
			org.authority = "UBND " + commune.name();
			org.sector = sector(70, 0, 10);
			org.title = "Tổ trưởng";
			org.registrationNumber = random.nextInt(3) == 0 ? "%03d/HĐHT-%s".formatted(groups, commune.code().value()) : null;
			org.taxCode = null;
			return org;
		}

		private Org cooperative(LocalDate registered) {
			AdministrativeUnit commune = commune();
			Org org = base(OrganisationKind.HTX, "HTX-DEMO-%04d".formatted(++cooperatives + 1), registered, commune);
			org.sector = sector(60, 3, 15);
			String prefix = org.sector == Sector.FINANCE_CREDIT ? "Quỹ tín dụng nhân dân " : "Hợp tác xã " + pick(COOPERATIVE_WORK) + " ";
			org.name = unique(prefix + properName(commune), commune);
			org.authority = "Phòng Tài chính - Kế hoạch " + districtNames.get(districtOf.get(commune.code().value()));
			org.title = "Giám đốc";
			legalNumbers(org);
			return org;
		}

		private Org dongTam() {
			AdministrativeUnit choRa = allCommunes.stream().filter(c -> c.code().value().equals("01888")).findFirst()
				.orElse(allCommunes.stream().filter(c -> "061".equals(districtOf.get(c.code().value()))).findFirst().orElseThrow());
			Org org = base(OrganisationKind.HTX, DONG_TAM.value(), LocalDate.of(2022, 3, 15), choRa);
			org.name = DONG_TAM_NAME;
			org.authority = "Phòng Tài chính - Kế hoạch Huyện Ba Bể";
			org.sector = Sector.AGRICULTURE;
			org.representative = "Hoàng Văn Thịnh";
			org.title = "Giám đốc";
			org.address = "Tiểu khu 5, " + choRa.name() + ", Huyện Ba Bể, Tỉnh Bắc Kạn";
			org.email = "htx.dongtam@example.org";
			legalNumbers(org);
			return org;
		}

		private Org union(LocalDate registered, String name) {
			AdministrativeUnit commune = allCommunes.stream().filter(c -> "058".equals(districtOf.get(c.code().value()))).findFirst()
				.orElse(allCommunes.get(0));
			Org org = base(OrganisationKind.LHHTX, "LHHTX-DEMO-%04d".formatted(++unions), registered, commune);
			org.name = name;
			names.add(name);
			org.authority = "Sở Kế hoạch và Đầu tư tỉnh Bắc Kạn";
			org.sector = Sector.AGRICULTURE;
			org.title = "Chủ tịch Hội đồng quản trị";
			legalNumbers(org);
			return org;
		}

		private Org base(OrganisationKind kind, String id, LocalDate registered, AdministrativeUnit commune) {
			Org org = new Org();
			org.id = id;
			org.kind = kind;
			org.registered = registered;
			org.unitCode = commune.code().value();
			org.address = "Thôn " + pick(HAMLETS) + ", " + commune.name() + ", "
					+ districtNames.get(districtOf.get(commune.code().value())) + ", Tỉnh Bắc Kạn";
			org.representative = pick(SURNAMES) + " " + pick(GIVEN);
			org.phone = "0209 3%02d %03d".formatted(random.nextInt(100), random.nextInt(1000));
			org.email = random.nextInt(4) == 0 ? "lienhe." + id.toLowerCase(Locale.ROOT) + "@example.org" : null;
			org.changes.add(new StatusChange(1, Transition.REGISTERED, registered, null, null, null, null, recordedAt, "system"));
			organisations.add(org);
			return org;
		}

		private void legalNumbers(Org org) {
			int n = ++registrations;
			org.registrationNumber = "4707%06d".formatted(n);
			org.taxCode = "47001%05d".formatted(n);
		}

		private void dissolve(Org org, LocalDate date, DissolutionKind how) {
			LocalDate effective = date.isBefore(org.registered.plusDays(30)) ? org.registered.plusDays(30) : date;
			org.changes.add(new StatusChange(org.changes.size() + 1, Transition.DISSOLVED, effective, null,
					"%d/QĐ-UBND".formatted(10 + random.nextInt(300)), effective.minusDays(random.nextInt(20)), how, recordedAt,
					"system"));
		}

		private void suspend(Org org, LocalDate date, String reason) {
			org.changes.add(new StatusChange(org.changes.size() + 1, Transition.SUSPENDED, date, reason, null, null, null,
					recordedAt, "system"));
		}

		private void resume(Org org, LocalDate date) {
			org.changes.add(new StatusChange(org.changes.size() + 1, Transition.RESUMED, date, null, null, null, null,
					recordedAt, "system"));
		}

		// -------------------------------------------------------------------- annual updates

		/**
		 * Annual updates of {@code year} for the organisations, with members between {@code min}
		 * and {@code max} adding up to exactly {@code total}.
		 */
		private void reportMembers(List<Org> reporting, int year, int total, int min, int max, OrganisationKind kind) {
			int[] members = new int[reporting.size()];
			int sum = 0;
			for (int i = 0; i < members.length; i++) {
				members[i] = min + random.nextInt(max - min + 1);
				sum += members[i];
			}
			while (sum != total) {
				int i = random.nextInt(members.length);
				if (sum < total && members[i] < max) {
					members[i]++;
					sum++;
				}
				else if (sum > total && members[i] > min) {
					members[i]--;
					sum--;
				}
			}
			for (int i = 0; i < members.length; i++) {
				Org org = reporting.get(i);
				// 2022 counts official members only, so the seed's member totals read the same by any definition
				int capital = kind == OrganisationKind.HTX && year == 2021 && members[i] > 8 ? random.nextInt(3) : 0;
				int official = members[i] - capital;
				updates.add(update(org, year, official, capital, 0, 0, members[i]));
			}
		}

		private void unionUpdate(Org union, int year, int memberCooperatives) {
			updates.add(update(union, year, 0, 0, 0, memberCooperatives, 4 + random.nextInt(6)));
		}

		private void dongTamLaterYears(Org dongTam) {
			BigDecimal score2023 = new BigDecimal("78.5");
			BigDecimal score2024 = new BigDecimal("82");
			updates.add(new Update(dongTam.id, 2023, figures(11, 2, 1, 0, 16, 2023, dongTam, score2023), classify(dongTam, 2023, score2023),
					LocalDate.of(2023, 12, 8).atTime(9, 30).atZone(VIETNAM).toInstant(), "htx.dongtam", false, "canbo.babe"));
			updates.add(new Update(dongTam.id, 2024, figures(12, 2, 2, 0, 18, 2024, dongTam, score2024), classify(dongTam, 2024, score2024),
					LocalDate.of(2024, 12, 12).atTime(15, 5).atZone(VIETNAM).toInstant(), "htx.dongtam", false, "canbo.babe"));
		}

		private Update update(Org org, int year, int official, int capital, int nonCapital, int coops, int people) {
			BigDecimal score = org.kind == OrganisationKind.THT ? null : BigDecimal.valueOf(40 + random.nextInt(56));
			int day = 1 + random.nextInt(20);
			Instant submitted = LocalDate.of(year, 12, Math.min(day, 28)).atTime(8 + random.nextInt(9), random.nextInt(60))
				.atZone(VIETNAM).toInstant();
			return new Update(org.id, year, figures(official, capital, nonCapital, coops, people, year, org, score),
					classify(org, year, score), submitted, org.id.equals(DONG_TAM.value()) ? "htx.dongtam" : "system",
					!org.id.equals(DONG_TAM.value()), org.id.equals(DONG_TAM.value()) ? "canbo.babe" : "system");
		}

		private AnnualFigures figures(int official, int capital, int nonCapital, int coops, int people, int year, Org org,
				BigDecimal score) {
			int workers = Math.max(1, people + random.nextInt(Math.max(2, people / 2 + 1)));
			long scale = org.kind == OrganisationKind.THT ? 1 : 5;
			BigDecimal charter = million(scale * (20 + random.nextInt(300)));
			BigDecimal assets = charter.multiply(BigDecimal.valueOf(12 + random.nextInt(14))).divide(BigDecimal.TEN);
			assets = assets.setScale(-6, RoundingMode.HALF_UP).setScale(0);
			BigDecimal revenue = million(scale * (50 + random.nextInt(600)));
			BigDecimal profit = million(scale * (random.nextInt(90) - 15));
			BigDecimal income = million(30 + random.nextInt(60) + (year - 2021) * 2L);
			return new AnnualFigures(official, capital, nonCapital, coops, workers, charter, assets, revenue, profit, income,
					score);
		}

		private ClassificationRules.Result classify(Org org, int year, BigDecimal score) {
			if (score == null) {
				return null;
			}
			LocalDate start = LocalDate.of(year, 1, 1);
			LocalDate from = org.registered.isAfter(start) ? org.registered : start;
			long active = ChronoUnit.DAYS.between(from, LocalDate.of(year + 1, 1, 1));
			return classification.classify(year, score, active, 0).orElse(null);
		}

		// -------------------------------------------------------------------- choices

		private AdministrativeUnit commune() {
			return allCommunes.get(random.nextInt(allCommunes.size()));
		}

		private String unique(String candidate, AdministrativeUnit commune) {
			if (names.add(candidate)) {
				return candidate;
			}
			String withCommune = candidate + " " + properName(commune);
			if (names.add(withCommune)) {
				return withCommune;
			}
			int n = 2;
			while (!names.add(candidate + " số " + n)) {
				n++;
			}
			return candidate + " số " + n;
		}

		private static String properName(AdministrativeUnit unit) {
			return unit.properName();
		}

		private Sector sector(int agriculture, int finance, int industry) {
			int roll = random.nextInt(100);
			if (roll < agriculture) {
				return Sector.AGRICULTURE;
			}
			if (roll < agriculture + finance) {
				return Sector.FINANCE_CREDIT;
			}
			return roll < agriculture + finance + industry ? Sector.INDUSTRY_CONSTRUCTION : Sector.TRADE_SERVICES_OTHER;
		}

		private <T> T pick(List<T> values) {
			return values.get(random.nextInt(values.size()));
		}

		private LocalDate date(int fromYear, int toYear) {
			LocalDate start = LocalDate.of(fromYear, 1, 5);
			LocalDate end = LocalDate.of(toYear, 12, 20);
			return start.plusDays(random.nextInt((int) ChronoUnit.DAYS.between(start, end) + 1));
		}

		private LocalDate dateIn(int year, int fromMonth, int toMonth) {
			LocalDate start = LocalDate.of(year, fromMonth, 5);
			LocalDate end = LocalDate.of(year, toMonth, 20);
			return start.plusDays(random.nextInt((int) ChronoUnit.DAYS.between(start, end) + 1));
		}

		private static BigDecimal million(long millions) {
			return BigDecimal.valueOf(millions * 1_000_000L);
		}

	}

}
