package vn.ocop.portal.ocop;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionOperations;

import vn.ocop.portal.audit.AuditRecord;
import vn.ocop.portal.audit.Auditor;
import vn.ocop.portal.shared.scale.ScaleDataContributor;
import vn.ocop.portal.shared.scale.ScaleDataPlan;
import vn.ocop.portal.shared.web.SearchText;
import vn.ocop.portal.units.AdministrativeUnit;
import vn.ocop.portal.units.AdministrativeUnits;

/**
 * The OCOP share of the national-scale data set: {@code products} registered products (default
 * 20,000, national volume of 2025) of {@code ocop-subjects} enterprises, farms and household
 * businesses (default half the products) spread over the communes valid on the plan's date, in the
 * product sets of the instrument in force then; a third carry a GTIN-13. Codes {@code SC-0000001}…
 * and subjects' registration codes {@code SC-S000001}… mark them, so a second run adds only what
 * is missing. Batches of {@value #BATCH} rows; audited once.
 */
@Component
class OcopScaleData implements ScaleDataContributor {

	static final int BATCH = 2_000;

	private static final List<String> KINDS = List.of("ENTERPRISE", "HOUSEHOLD_BUSINESS", "FARM");

	private static final List<String> SUBJECTS = List.of("Công ty TNHH", "Hộ kinh doanh", "Trang trại", "Công ty cổ phần");

	private static final List<String> GOODS = List.of("Mật ong", "Chè", "Gạo", "Miến dong", "Cam", "Bưởi", "Nước mắm", "Rượu",
			"Tinh dầu", "Khăn thổ cẩm", "Bánh", "Mứt", "Cà phê", "Trà", "Nấm", "Măng khô", "Thịt gác bếp", "Hạt điều", "Tương ớt",
			"Giỏ mây tre");

	private static final List<String> QUALITIES = List.of("hữu cơ", "đặc sản", "truyền thống", "thượng hạng", "rừng", "sạch",
			"cổ truyền", "vùng cao", "xanh", "tươi");

	private static final List<String> PLACES = List.of("Tân Phong", "Hà Sơn", "Bắc Sơn", "An Khang", "Phú Thịnh", "Thanh Bình",
			"Minh Phát", "Đồng Tâm", "Hòa Bình", "Thái Hòa", "Lạc Dương", "Mường Thanh");

	private final AdministrativeUnits units;

	private final JdbcTemplate jdbc;

	private final Scorecards scorecards;

	private final TransactionOperations transactions;

	private final Auditor auditor;

	private final Clock clock;

	OcopScaleData(AdministrativeUnits units, JdbcTemplate jdbc, Scorecards scorecards, TransactionOperations transactions,
			Auditor auditor, Clock clock) {
		this.units = units;
		this.jdbc = jdbc;
		this.scorecards = scorecards;
		this.transactions = transactions;
		this.auditor = auditor;
		this.clock = clock;
	}

	@Override
	public int order() {
		return 400;
	}

	@Override
	public String module() {
		return "ocop";
	}

	@Override
	public String generate(ScaleDataPlan plan) {
		int products = plan.volume("products", 20_000);
		int subjects = Math.max(1, plan.volume("ocop-subjects", Math.max(1, products / 2)));
		Instrument instrument = scorecards.instrumentOn(plan.asOf()).orElse(null);
		List<String[]> communes = communes(plan.asOf());
		if (products == 0 || instrument == null || communes.isEmpty()) {
			return "0 products generated";
		}
		Random random = plan.random("ocop");
		Timestamp now = Timestamp.from(clock.instant());
		Set<String> existingSubjects = new HashSet<>(jdbc.queryForList(
				"SELECT tax_code FROM ocop_subject WHERE tax_code LIKE 'SC-S%'", String.class));
		List<Object[]> subjectRows = new ArrayList<>();
		String[][] subjectPlace = new String[subjects][];
		for (int i = 1; i <= subjects; i++) {
			String[] commune = communes.get(random.nextInt(communes.size()));
			subjectPlace[i - 1] = commune;
			String name = SUBJECTS.get(random.nextInt(SUBJECTS.size())) + " " + PLACES.get(random.nextInt(PLACES.size())) + " "
					+ i;
			String taxCode = "SC-S%06d".formatted(i);
			if (!existingSubjects.contains(taxCode)) {
				subjectRows.add(new Object[] { KINDS.get(random.nextInt(KINDS.size())), name, taxCode, commune[0],
						"{" + commune[0] + "," + commune[1] + "}", SearchText.fold(name + " " + taxCode), now, now });
			}
		}
		batches(subjectRows, "INSERT INTO ocop_subject (kind, name, tax_code, unit_code, area_codes, search_text, created_at,"
				+ " created_by, updated_at, updated_by) VALUES (?, ?, ?, ?, ?::varchar[], ?, ?, 'scale', ?, 'scale')");
		Map<String, Long> subjectIds = new java.util.HashMap<>();
		jdbc.query("SELECT tax_code, id FROM ocop_subject WHERE tax_code LIKE 'SC-S%'",
				rs -> {
					subjectIds.put(rs.getString(1), rs.getLong(2));
				});
		Set<String> existingProducts = new HashSet<>(jdbc.queryForList(
				"SELECT code FROM ocop_product WHERE code LIKE 'SC-%'", String.class));
		List<Instrument.ProductSet> sets = instrument.productSets();
		List<Object[]> productRows = new ArrayList<>();
		for (int i = 1; i <= products; i++) {
			int subject = 1 + random.nextInt(subjects);
			Instrument.ProductSet set = sets.get(random.nextInt(sets.size()));
			String name = GOODS.get(random.nextInt(GOODS.size())) + " " + QUALITIES.get(random.nextInt(QUALITIES.size())) + " "
					+ PLACES.get(random.nextInt(PLACES.size()));
			String code = "SC-%07d".formatted(i);
			String gtin = random.nextInt(3) == 0 ? Gtin13.of("8930%08d".formatted(i)) : null;
			LocalDate registered = plan.asOf().minusDays(30 + random.nextInt(5 * 365));
			if (!existingProducts.contains(code)) {
				productRows.add(new Object[] { code, subjectIds.get("SC-S%06d".formatted(subject)), instrument.code(), set.code(),
						name, "Sản phẩm " + name.toLowerCase(java.util.Locale.ROOT) + ".", "Hộp, túi", gtin, Date.valueOf(registered),
						SearchText.fold(name + " " + code + " " + (gtin == null ? "" : gtin)), now, now });
			}
		}
		batches(productRows, "INSERT INTO ocop_product (code, subject_id, instrument_code, product_set_code, name, description,"
				+ " packaging, gtin, status, registered_on, search_text, created_at, created_by, updated_at, updated_by)"
				+ " VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'REGISTERED', ?, ?, ?, 'scale', ?, 'scale') ON CONFLICT DO NOTHING");
		if (!productRows.isEmpty()) {
			int made = productRows.size();
			int madeSubjects = subjectRows.size();
			transactions.executeWithoutResult(status -> auditor.record(AuditRecord.created("ocop", "ScaleDataProducts",
					plan.asOf().toString(), Map.of("products", made, "subjects", madeSubjects, "seed", plan.seed()))));
		}
		return "%,d subjects and %,d products generated, %,d products already there".formatted(subjectRows.size(),
				productRows.size(), products - productRows.size());
	}

	private void batches(List<Object[]> rows, String sql) {
		for (int from = 0; from < rows.size(); from += BATCH) {
			List<Object[]> batch = rows.subList(from, Math.min(rows.size(), from + BATCH));
			transactions.executeWithoutResult(status -> jdbc.batchUpdate(sql, batch));
		}
	}

	/** Communes valid on the date, each with its province: {commune, province}. */
	private List<String[]> communes(LocalDate date) {
		List<String[]> found = new ArrayList<>();
		for (AdministrativeUnit province : units.validOn(date, null)) {
			collect(province, province.code().value(), date, found);
		}
		return found;
	}

	private void collect(AdministrativeUnit parent, String province, LocalDate date, List<String[]> found) {
		for (AdministrativeUnit child : units.validOn(date, parent.code())) {
			if (child.code().value().length() == 5) {
				found.add(new String[] { child.code().value(), province });
			}
			else {
				collect(child, province, date, found);
			}
		}
	}

	/** GTIN-13 check digits. */
	static final class Gtin13 {

		private Gtin13() {
		}

		static String of(String twelveDigits) {
			int sum = 0;
			for (int i = 0; i < 12; i++) {
				int digit = twelveDigits.charAt(i) - '0';
				sum += (i % 2 == 0) ? digit : digit * 3;
			}
			return twelveDigits + (10 - sum % 10) % 10;
		}

	}

}
