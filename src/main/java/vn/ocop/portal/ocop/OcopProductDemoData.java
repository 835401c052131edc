package vn.ocop.portal.ocop;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionOperations;

import vn.ocop.portal.audit.AuditRecord;
import vn.ocop.portal.audit.Auditor;
import vn.ocop.portal.identity.DataScope;
import vn.ocop.portal.identity.Role;
import vn.ocop.portal.identity.ScopedUser;
import vn.ocop.portal.registry.OrganisationKind;
import vn.ocop.portal.registry.OrganisationQuery;
import vn.ocop.portal.registry.OrganisationStatus;
import vn.ocop.portal.registry.OrganisationSummary;
import vn.ocop.portal.registry.Organisations;
import vn.ocop.portal.units.AdministrativeUnit;
import vn.ocop.portal.units.AdministrativeUnits;
import vn.ocop.portal.units.UnitCode;

/**
 * Demo OCOP subjects and products of province 06 (Bắc Kạn) in its 8 districts of 2022: in each
 * district {@value #COOPERATIVES_PER_DISTRICT} cooperatives of the registry's demo data (read through
 * the registry's public face as the system, with an administrator's rights over the province; "Hợp
 * tác xã Đồng Tâm" always among them), and enterprises, household businesses and a farm recorded
 * here; one or two products each, registered from 2019 to 2022 with their codes given by
 * {@link ProductCodes}, classified in the product sets of 148/2023, and one draft of Đồng Tâm. Names
 * are made up; choices come from a fixed seed, so every start produces the same data. Runs after
 * the registry's demo data (once; several nodes: an advisory lock), in one transaction, audited as
 * one record.
 */
@Component
@Order(40)
@ConditionalOnBooleanProperty(name = "ocop.demo.enabled", matchIfMissing = true)
class OcopProductDemoData implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(OcopProductDemoData.class);

	static final String PROVINCE = "06";

	static final List<String> DISTRICTS = List.of("058", "060", "061", "062", "063", "064", "065", "066");

	static final String DONG_TAM = "HTX-DEMO-0001";

	static final String INSTRUMENT = "148/2023";

	static final int COOPERATIVES_PER_DISTRICT = 9;

	private static final LocalDate UNITS_DATE = LocalDate.of(2022, 12, 31);

	/** Product set, name and packaging of the demo products. */
	private static final List<String[]> PRODUCTS = List.of(
			new String[] { "TP-03", "Gạo nếp Khẩu Nua Lếch", "Túi 2 kg, 5 kg" },
			new String[] { "TP-06", "Miến dong", "Gói 500 g" },
			new String[] { "TP-04", "Mật ong hoa rừng", "Chai thủy tinh 500 ml" },
			new String[] { "TP-11", "Chè Shan tuyết", "Hộp 200 g" },
			new String[] { "TP-01", "Cam sành", "Thùng carton 10 kg" },
			new String[] { "TP-01", "Quýt ngọt", "Thùng carton 10 kg" },
			new String[] { "TP-07", "Hồng không hạt sấy dẻo", "Hộp 300 g" },
			new String[] { "TP-08", "Lạp sườn hun khói", "Túi hút chân không 500 g" },
			new String[] { "TP-08", "Thịt lợn đen gác bếp", "Túi hút chân không 300 g" },
			new String[] { "TP-06", "Bánh gio", "Túi 10 chiếc" },
			new String[] { "TP-10", "Tương ớt", "Chai 250 ml" },
			new String[] { "TP-12", "Trà hoa vàng", "Hộp 50 g" },
			new String[] { "DU-01", "Rượu men lá", "Chai 500 ml" },
			new String[] { "DU-04", "Nước ép dâu tằm", "Chai 330 ml" },
			new String[] { "DL-01", "Cao giảo cổ lam", "Hộp 100 g" },
			new String[] { "DL-03", "Tinh dầu quế", "Lọ 10 ml" },
			new String[] { "TC-02", "Khăn thổ cẩm", "Hộp giấy" },
			new String[] { "TC-01", "Giỏ đan mây tre", "Chiếc" },
			new String[] { "TP-02", "Vịt bầu", "Con" },
			new String[] { "TP-07", "Măng khô", "Túi 500 g" });

	private static final List<String> WORDS = List.of("Thảo Nguyên", "Hà Sơn", "Tân Phong", "Bắc Sơn", "Thanh Bình",
			"Minh Phát", "An Khang", "Phú Thịnh");

	private static final List<String> PEOPLE = List.of("Hoàng Văn Thắng", "Nông Thị Hoa", "Triệu Văn Dũng", "Lương Thị Lan",
			"Ma Đức Minh", "Hà Thị Hằng", "Lý Văn Khánh", "Đàm Thị Nhung", "Dương Văn Tùng", "Bế Thị Mai");

	private final Organisations organisations;

	private final AdministrativeUnits units;

	private final UnitPlaces places;

	private final OcopProductStore store;

	private final ProductCodes codes;

	private final JdbcClient jdbc;

	private final TransactionOperations transactions;

	private final Auditor auditor;

	private final Clock clock;

	OcopProductDemoData(Organisations organisations, AdministrativeUnits units, UnitPlaces places, OcopProductStore store,
			ProductCodes codes, JdbcClient jdbc, TransactionOperations transactions, Auditor auditor, Clock clock) {
		this.organisations = organisations;
		this.units = units;
		this.places = places;
		this.store = store;
		this.codes = codes;
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.auditor = auditor;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		SecurityContext previous = SecurityContextHolder.getContext();
		SecurityContext system = SecurityContextHolder.createEmptyContext();
		SystemAdministrator actor = new SystemAdministrator(DataScope.province(PROVINCE));
		system.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(actor, null, List.of()));
		SecurityContextHolder.setContext(system);
		try {
			Integer created = transactions.execute(status -> load());
			if (created != null && created > 0) {
				log.info("OCOP demo data: {} products of province {}", created, PROVINCE);
			}
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}

	private int load() {
		jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('ocop-portal.ocop.products.demo'))").query(Object.class).single();
		if (store.subjectOfOrganisation(DONG_TAM).isPresent()) {
			return 0;
		}
		Random random = new Random(2022);
		List<Planned> planned = new ArrayList<>();
		for (String district : DISTRICTS) {
			List<AdministrativeUnit> communes = units.validOn(UNITS_DATE, UnitCode.of(district));
			if (communes.isEmpty()) {
				log.warn("OCOP demo data skipped: the 2022 units of district {} are not loaded", district);
				return 0;
			}
			List<OrganisationSummary> cooperatives = new ArrayList<>(organisations.list(new OrganisationQuery(OrganisationKind.HTX,
					OrganisationStatus.OPERATING, district, UNITS_DATE, null, null, null, null, OrganisationQuery.Order.NAME, 0,
					OrganisationQuery.MAX_PAGE_SIZE)).getContent());
			cooperatives.sort(Comparator.comparing(summary -> summary.id().value()));
			List<OrganisationSummary> chosen = new ArrayList<>(cooperatives.stream()
				.filter(summary -> summary.id().value().equals(DONG_TAM))
				.toList());
			cooperatives.stream().filter(summary -> !chosen.contains(summary)).limit(COOPERATIVES_PER_DISTRICT - chosen.size())
				.forEach(chosen::add);
			for (OrganisationSummary cooperative : chosen) {
				planned.add(new Planned(new Subject(0, SubjectKind.COOPERATIVE, cooperative.id().value(), cooperative.name(),
						cooperative.taxCode(), cooperative.unitCode(), areas(cooperative.unitCode()), null,
						PEOPLE.get(random.nextInt(PEOPLE.size())), null, null)));
			}
			for (int i = 0; i < 6; i++) {
				AdministrativeUnit commune = communes.get(random.nextInt(communes.size()));
				String person = PEOPLE.get(random.nextInt(PEOPLE.size()));
				String word = WORDS.get(random.nextInt(WORDS.size()));
				SubjectKind kind = i < 3 ? SubjectKind.ENTERPRISE : i < 5 ? SubjectKind.HOUSEHOLD_BUSINESS : SubjectKind.FARM;
				String name = switch (kind) {
					case ENTERPRISE -> "Công ty TNHH " + word + " " + commune.properName();
					case HOUSEHOLD_BUSINESS -> "Hộ kinh doanh " + person;
					default -> "Trang trại " + person;
				};
				String taxCode = kind == SubjectKind.FARM ? null : "47%08d".formatted(random.nextInt(100_000_000));
				planned.add(new Planned(new Subject(0, kind, null, name, taxCode, commune.code().value(),
						areas(commune.code().value()), "Thôn " + word + ", " + commune.name(), person,
						"0209 3%02d %03d".formatted(random.nextInt(100), random.nextInt(1000)), null)));
			}
		}
		String actor = Auditor.SYSTEM;
		int products = 0;
		int index = 0;
		List<Object[]> registrations = new ArrayList<>();
		for (Planned plan : planned) {
			long subjectId = store.insertSubject(plan.subject(), actor, clock.instant());
			int count = 1 + (index++ % 3 == 0 ? 1 : 0) + (random.nextInt(4) == 0 ? 1 : 0);
			for (int i = 0; i < count; i++) {
				String[] product = PRODUCTS.get(random.nextInt(PRODUCTS.size()));
				int year = 2019 + random.nextInt(4);
				LocalDate on = LocalDate.of(year, 2 + random.nextInt(9), 1 + random.nextInt(28));
				registrations.add(new Object[] { on, subjectId, plan.subject(), product });
			}
		}
		registrations.sort(Comparator.comparing(row -> (LocalDate) row[0]));
		for (Object[] row : registrations) {
			LocalDate on = (LocalDate) row[0];
			Subject subject = (Subject) row[2];
			String[] product = (String[]) row[3];
			String name = product[1] + " " + shortName(subject);
			UnitPlaces.Place place = places.place(subject.unitCode(), on).orElseThrow();
			store.insertProduct(new OcopProductStore.StoredProduct(codes.next(place, on.getYear()), (Long) row[1], subject.name(),
					INSTRUMENT, product[0], name, product[1] + " do " + subject.name() + " sản xuất tại " + place.name() + ".",
					"<p>" + product[1] + " được làm theo cách truyền thống của bà con vùng cao Bắc Kạn.</p>", product[2], null,
					ProductStatus.REGISTERED, on), actor, clock.instant());
			products++;
		}
		long dongTam = store.subjectOfOrganisation(DONG_TAM).orElseThrow().id();
		store.insertProduct(new OcopProductStore.StoredProduct(null, dongTam, "Hợp tác xã Đồng Tâm", INSTRUMENT, "TP-04",
				"Mật ong bạc hà Đồng Tâm", "Mật ong bạc hà thu hoạch vụ đông.", null, "Chai 250 ml", null, ProductStatus.DRAFT, null),
				actor, clock.instant());
		auditor.record(AuditRecord.created(ProductRegistry.MODULE, "OcopProductDemoData", PROVINCE,
				Map.of("subjects", planned.size(), "products", products + 1)));
		return products + 1;
	}

	private List<String> areas(String unitCode) {
		return places.place(unitCode, UNITS_DATE).map(UnitPlaces.Place::areas).orElse(List.of(unitCode));
	}

	private static String shortName(Subject subject) {
		String name = subject.name();
		for (String prefix : List.of("Hợp tác xã ", "Công ty TNHH ", "Hộ kinh doanh ", "Trang trại ")) {
			if (name.startsWith(prefix)) {
				return name.substring(prefix.length());
			}
		}
		return name;
	}

	private record Planned(Subject subject) {
	}

	/** The loader's principal: the system, with an administrator's rights over the province. */
	private record SystemAdministrator(DataScope scope) implements ScopedUser {

		@Override
		public String username() {
			return Auditor.SYSTEM;
		}

		@Override
		public String displayName() {
			return Auditor.SYSTEM;
		}

		@Override
		public Role role() {
			return Role.ADMIN;
		}

	}

}
