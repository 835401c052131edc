package vn.ocop.portal.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.result.MockMvcResultMatchers;

import vn.ocop.portal.registry.DissolutionKind;
import vn.ocop.portal.registry.OrganisationId;
import vn.ocop.portal.registry.OrganisationKind;
import vn.ocop.portal.registry.RegistryManagement;
import vn.ocop.portal.support.Officials;
import vn.ocop.portal.units.AdministrativeUnit;
import vn.ocop.portal.units.AdministrativeUnits;
import vn.ocop.portal.units.UnitCode;

/**
 * The year-end figures are computed from records: the 2022 report of province 06 from the demo
 * registry gives every registry figure of the seed (shared/spec/seed-figures.md), by its 8
 * districts of 2022 even after the 2025 merger; and a second, differently shaped data set built
 * here (province 08, 2023: groups dissolved and suspended during the year, a union gaining members,
 * organisations in two districts, a cooperative dissolved, plan targets of a province and a
 * district; OCOP subjects and products with support records of the year and of the years around
 * it) moves each figure by exactly what it adds.
 */
@ReportingIntegrationTest
class YearEndFiguresIntegrationTests {

	@Autowired
	YearEndReports reports;

	@Autowired
	YearEndReportWriter writer;

	@Autowired
	RegistryManagement registry;

	@Autowired
	AdministrativeUnits units;

	@Autowired
	PlanManagement plans;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	IndicatorCatalogue catalogue;

	@Test
	void province06In2022GivesEverySeedFigureOfTheRegistry() {
		YearEndFigures figures = reports.figures("06", 2022);

		assertThat(figures.value("THT_ACTIVE")).isEqualByComparingTo("656");
		assertThat(figures.value("THT_MEMBERS")).isEqualByComparingTo("7210");
		assertThat(figures.value("THT_CHANGE")).isEqualByComparingTo("287");
		assertThat(figures.value("THT_PLAN_PERCENT")).isEqualByComparingTo("166.1");
		assertThat(figures.value("HTX_ACTIVE")).isEqualByComparingTo("353");
		assertThat(figures.value("HTX_MEMBERS")).isEqualByComparingTo("3600");
		assertThat(figures.value("HTX_NEW")).isEqualByComparingTo("55");
		assertThat(figures.value("LHHTX_ACTIVE")).isEqualByComparingTo("2");
		assertThat(figures.value("LHHTX_MEMBERS")).isEqualByComparingTo("18");
		assertThat(figures.computation().previousValue("06", "THT_ACTIVE")).isEqualByComparingTo("369");
		assertThat(figures.value("OCOP_TRACEABILITY")).isEqualByComparingTo("11");
		assertThat(figures.value("OCOP_VALUE_CHAIN")).isEqualByComparingTo("11");
		assertThat(figures.value("OCOP_QUALITY_SCALE")).isEqualByComparingTo("10");
		assertThat(figures.value("SUBJECTS_CONSOLIDATED")).isEqualByComparingTo("25");
		assertThat(figures.value("SUBJECTS_NEW_SUPPORTED")).isEqualByComparingTo("28");
	}

	@Test
	void province06In2022GivesEverySeedFigureOfTheProvincialOcopEvaluation() {
		YearEndFigures figures = reports.figures("06", 2022);

		Map<String, Integer> seed = new java.util.LinkedHashMap<>();
		seed.put("OCOP_EVALUATED", 104);
		seed.put("OCOP_UPGRADE_REQUESTS", 3);
		seed.put("OCOP_RENEWAL_REQUESTS", 42);
		seed.put("OCOP_FIRST_TIME", 59);
		seed.put("OCOP_UPGRADED", 3);
		seed.put("OCOP_RENEWED", 41);
		seed.put("OCOP_NEW_RECOGNISED", 53);
		seed.put("OCOP_NEW_4STAR", 5);
		seed.forEach((code, value) -> assertThat(figures.value(code)).as(code).isEqualByComparingTo(BigDecimal.valueOf(value)));
		// the demo's certificates valid on 31/12/2022: 2019 ones renewed or upgraded (44), 2020 (20), 2021 (15), new (53);
		// other test classes sharing the database may certify a few more products in 2022
		assertThat(figures.value("OCOP_CERTIFIED_3STAR").add(figures.value("OCOP_CERTIFIED_4STAR"))).isGreaterThanOrEqualTo(new BigDecimal("132"));
		assertThat(figures.value("OCOP_CERTIFIED_5STAR")).isEqualByComparingTo("0");
		// by its districts of 2022, the evaluation adds up to the province's
		for (String code : seed.keySet()) {
			BigDecimal sum = figures.children().stream().map(unit -> figures.value(unit.code().value(), code))
				.reduce(BigDecimal.ZERO, BigDecimal::add);
			assertThat(sum).as(code).isEqualByComparingTo(BigDecimal.valueOf(seed.get(code)));
		}
		String vietnamese = text(writer.write(figures, java.util.Locale.forLanguageTag("vi-VN")));
		assertThat(vietnamese).contains("Năm 2022, Hội đồng cấp tỉnh đã đánh giá, phân hạng 104 sản phẩm của tỉnh Bắc Kạn").contains("3 sản phẩm đề nghị nâng hạng sao, 42 sản phẩm đánh giá lại")
			.contains("41 sản phẩm được công nhận lại (1 sản phẩm không được công nhận lại); 53 sản phẩm được công nhận mới (6 sản phẩm chưa đạt), gồm 5 sản phẩm 4 sao và 48 sản phẩm 3 sao");
		String english = text(writer.write(figures, java.util.Locale.ENGLISH));
		assertThat(english).contains("In 2022 the provincial council rated 104 products of Tỉnh Bắc Kạn").contains("3 products moved up a star; 41 were recognised again (1 not recognised); 53 were recognised for the first time (6 did not qualify), 5 of them at 4 stars and 48 at 3 stars");
	}

	@Test
	void province06In2022IsReportedByItsEightDistrictsOf2022WhoseFiguresAddUp() {
		YearEndFigures figures = reports.figures("06", 2022);

		assertThat(figures.unit().name()).isEqualTo("Tỉnh Bắc Kạn");
		assertThat(figures.children()).extracting(unit -> unit.code().value())
			.containsExactly("058", "060", "061", "062", "063", "064", "065", "066");
		for (String code : List.of("THT_ACTIVE", "THT_MEMBERS", "HTX_ACTIVE", "HTX_MEMBERS", "HTX_NEW", "LHHTX_ACTIVE",
				"OCOP_TRACEABILITY", "OCOP_VALUE_CHAIN", "OCOP_QUALITY_SCALE", "SUBJECTS_CONSOLIDATED", "SUBJECTS_NEW_SUPPORTED")) {
			BigDecimal sum = figures.children().stream()
				.map(child -> figures.value(child.code().value(), code))
				.reduce(BigDecimal.ZERO, BigDecimal::add);
			assertThat(sum).as(code).isEqualByComparingTo(figures.value(code));
		}
		assertThat(figures.history()).containsKeys(2018, 2019, 2020, 2021, 2022);
		assertThat(figures.history().get(2021).get("THT_ACTIVE")).isEqualByComparingTo("369");
	}

	@Test
	void theFiveYearsOfAReportMeasuredTogetherAreEachYearMeasuredAlone() {
		ReportPeriod period = reports.period(2022);
		List<String> codes = List.of("06", "058", "060", "061", "062", "063", "064", "065", "066");
		List<ReportPeriod> years = List.of(period.yearsBefore(4), period.yearsBefore(3), period.yearsBefore(2),
				period.previousYear(), period);

		Map<ReportPeriod, List<String>> unitsByYear = new LinkedHashMap<>();
		years.forEach(year -> unitsByYear.put(year, year.year() < 2021 ? List.of("06") : codes));

		Map<ReportPeriod, Map<String, Map<String, BigDecimal>>> together = catalogue.measure(unitsByYear);

		for (ReportPeriod year : years) {
			assertThat(together.get(year)).as("%s", year).isEqualTo(catalogue.measure(Map.of(year, unitsByYear.get(year))).get(year));
		}
		assertThat(together.get(period.yearsBefore(2)).keySet()).containsExactly("06");
		assertThat(together.get(period.previousYear()).get("06").get("THT_ACTIVE")).isEqualByComparingTo("369");
		assertThat(together.get(period).get("06").get("THT_ACTIVE")).isEqualByComparingTo(
				reports.figures("06", 2022).value("THT_ACTIVE"));
	}

	@Test
	void theCountryGivesEachProvinceWhatItsOwnReportGives() {
		YearEndFigures alone = reports.figures("06", 2022);

		YearEndFigures inCountry = reports.country(2022)
			.stream()
			.filter(figures -> figures.unitCode().equals("06"))
			.findFirst()
			.orElseThrow();

		assertThat(inCountry.children()).isEqualTo(alone.children());
		assertThat(inCountry.history()).isEqualTo(alone.history());
		for (String code : alone.children().stream().map(child -> child.code().value()).toList()) {
			assertThat(inCountry.computation().values().get(code)).as(code).isEqualTo(alone.computation().values().get(code));
			assertThat(inCountry.computation().previous().get(code)).as(code).isEqualTo(alone.computation().previous().get(code));
		}
		assertThat(inCountry.computation().values().get("06")).isEqualTo(alone.computation().values().get("06"))
			.containsKey("THT_ACTIVE");
		assertThat(inCountry.computation().previous().get("06")).isEqualTo(alone.computation().previous().get("06"));
	}

	@Test
	void theWrittenReportStatesTheSeedFiguresInVietnameseAndEnglishFormats() {
		YearEndFigures figures = reports.figures("06", 2022);

		String vietnamese = text(writer.write(figures, java.util.Locale.forLanguageTag("vi-VN")));
		assertThat(vietnamese).contains("Đến ngày 31/12/2022, trên địa bàn tỉnh Bắc Kạn có 656 tổ hợp tác (THT) đang hoạt động với 7.210 thành viên, tăng 287 so với cuối năm 2021 (369), đạt 166,1% kế hoạch năm (kế hoạch 395).")
			.contains("353 hợp tác xã (HTX) đang hoạt động với 3.600 thành viên")
			.contains("Trong năm 2022 có 55 hợp tác xã được thành lập mới")
			.contains("2 liên hiệp hợp tác xã (LHHTX) đang hoạt động với 18 hợp tác xã thành viên");
		String english = text(writer.write(figures, java.util.Locale.ENGLISH));
		assertThat(vietnamese).contains("Trong năm 2022, trên địa bàn tỉnh Bắc Kạn có 11 sản phẩm OCOP được hỗ trợ truy xuất nguồn gốc theo quy trình, 11 sản phẩm sản xuất theo chuỗi giá trị và 10 sản phẩm được nâng cao chất lượng, mở rộng quy mô; 25 chủ thể OCOP giai đoạn 2018–2020 được củng cố và 28 chủ thể mới được hỗ trợ.");
		assertThat(english).contains("In 2022, Tỉnh Bắc Kạn supported 11 OCOP products in making their process traceable, 11 products made in value chains and 10 products in improving their quality and scale; 25 OCOP subjects of the 2018–2020 phase were consolidated and 28 new subjects were supported.");
		assertThat(english).contains("As of 31/12/2022, Tỉnh Bắc Kạn had 656 cooperative groups (THT) in operation with 7,210 members, 287 more than at the end of 2021 (369), 166.1% of the plan for the year (target 395).");
	}

	@Test
	void aSecondProvinceWithItsOwnOrganisationsMovesEachFigureByWhatItAdds() {
		List<AdministrativeUnit> districts = units.validOn(LocalDate.of(2023, 12, 31), UnitCode.of("08"));
		AdministrativeUnit districtA = districts.get(0);
		AdministrativeUnit districtB = districts.get(1);
		String communeA = units.validOn(LocalDate.of(2023, 12, 31), districtA.code()).get(0).code().value();
		String communeB = units.validOn(LocalDate.of(2023, 12, 31), districtB.code()).get(0).code().value();
		String a = districtA.code().value();
		String b = districtB.code().value();
		YearEndFigures before = reports.figures("08", 2023);
		Authentication officer = Officials.provincialOfficer("Cán bộ tỉnh Tuyên Quang", "08");

		ReportingFixtures.as(officer, () -> {
			OrganisationId groupA1 = registry.register(OrganisationKind.THT, ReportingFixtures.group("Tổ hợp tác chè Mỹ Bằng", communeA, LocalDate.of(2020, 3, 1)));
			registry.enterAnnualUpdate(groupA1, 2023, ReportingFixtures.figures(5, 300_000_000L, 30_000_000L));
			OrganisationId groupA2 = registry.register(OrganisationKind.THT, ReportingFixtures.group("Tổ hợp tác cam sành", communeA, LocalDate.of(2023, 5, 10)));
			registry.enterAnnualUpdate(groupA2, 2023, ReportingFixtures.figures(4, 200_000_000L, 28_000_000L));
			OrganisationId groupB1 = registry.register(OrganisationKind.THT, ReportingFixtures.group("Tổ hợp tác mây tre", communeB, LocalDate.of(2019, 1, 15)));
			registry.dissolve(groupB1, LocalDate.of(2023, 6, 30), "45/QĐ-UBND", LocalDate.of(2023, 6, 25), DissolutionKind.VOLUNTARY);
			OrganisationId groupB2 = registry.register(OrganisationKind.THT, ReportingFixtures.group("Tổ hợp tác nuôi ong", communeB, LocalDate.of(2021, 2, 1)));
			registry.suspend(groupB2, LocalDate.of(2023, 9, 1), "Thiếu vốn");
			OrganisationId cooperativeB1 = registry.register(OrganisationKind.HTX, ReportingFixtures.cooperative("Hợp tác xã chè Tân Trào", communeB, LocalDate.of(2018, 4, 4)));
			registry.enterAnnualUpdate(cooperativeB1, 2023, ReportingFixtures.figures(9, 2_400_000_000L, 48_000_000L));
			OrganisationId cooperativeB2 = registry.register(OrganisationKind.HTX, ReportingFixtures.cooperative("Hợp tác xã bưởi", communeB, LocalDate.of(2023, 2, 2)));
			registry.enterAnnualUpdate(cooperativeB2, 2023, ReportingFixtures.figures(8, 1_600_000_000L, 40_000_000L));
			OrganisationId cooperativeA1 = registry.register(OrganisationKind.HTX, ReportingFixtures.cooperative("Hợp tác xã miến dong", communeA, LocalDate.of(2021, 7, 7)));
			OrganisationId unionA1 = registry.register(OrganisationKind.LHHTX, ReportingFixtures.cooperative("Liên hiệp hợp tác xã Tuyên Quang", communeA, LocalDate.of(2022, 1, 10)));
			registry.joinUnion(unionA1, cooperativeA1, LocalDate.of(2023, 3, 1));
			registry.joinUnion(unionA1, cooperativeB1, LocalDate.of(2023, 4, 1));
			OrganisationId cooperativeA2 = registry.register(OrganisationKind.HTX, ReportingFixtures.cooperative("Hợp tác xã chăn nuôi", communeA, LocalDate.of(2019, 6, 6)));
			registry.dissolve(cooperativeA2, LocalDate.of(2023, 8, 15), "77/QĐ-UBND", LocalDate.of(2023, 8, 10), DissolutionKind.VOLUNTARY);
			plans.setTarget("HTX_ACTIVE", "08", 2023, new BigDecimal("7"), "Kế hoạch thử");
			plans.setTarget("THT_ACTIVE", b, 2023, new BigDecimal("3"), null);
		});
		YearEndFigures after = reports.figures("08", 2023);

		Map<String, Integer> province = new HashMap<>();
		province.put("THT_ACTIVE", 2);
		province.put("THT_MEMBERS", 13);
		province.put("THT_NEW", 1);
		province.put("THT_DISSOLVED", 1);
		province.put("THT_CHANGE", -1);
		province.put("HTX_ACTIVE", 3);
		province.put("HTX_MEMBERS", 21);
		province.put("HTX_NEW", 1);
		province.put("HTX_DISSOLVED", 1);
		province.put("HTX_CHANGE", 0);
		province.put("HTX_WORKERS", 20);
		province.put("LHHTX_ACTIVE", 1);
		province.put("LHHTX_MEMBERS", 2);
		province.forEach((code, delta) -> assertThat(difference(before, after, "08", code)).as(code).isEqualByComparingTo(BigDecimal.valueOf(delta)));
		assertThat(difference(before, after, a, "THT_ACTIVE")).isEqualByComparingTo("2");
		assertThat(difference(before, after, a, "HTX_ACTIVE")).isEqualByComparingTo("1");
		assertThat(difference(before, after, a, "LHHTX_MEMBERS")).isEqualByComparingTo("2");
		assertThat(difference(before, after, b, "THT_ACTIVE")).isEqualByComparingTo("0");
		assertThat(difference(before, after, b, "THT_DISSOLVED")).isEqualByComparingTo("1");
		assertThat(difference(before, after, b, "HTX_ACTIVE")).isEqualByComparingTo("2");
		assertThat(difference(before, after, b, "HTX_MEMBERS")).isEqualByComparingTo("21");
		assertThat(after.value("THT_PLAN_PERCENT")).isNull();
		// shares of plan: the unit's count over the target, one decimal, half up (e.g. 3 of 7 is 42.9%)
		assertThat(after.value("HTX_PLAN_PERCENT")).isEqualByComparingTo(
				after.value("HTX_ACTIVE").multiply(BigDecimal.valueOf(1000)).divide(BigDecimal.valueOf(7), 0, java.math.RoundingMode.HALF_UP)
					.movePointLeft(1));
		assertThat(after.value(b, "THT_PLAN_PERCENT")).isEqualByComparingTo(
				after.value(b, "THT_ACTIVE").multiply(BigDecimal.valueOf(1000)).divide(BigDecimal.valueOf(3), 0, java.math.RoundingMode.HALF_UP)
					.movePointLeft(1));
		// averages of the cooperatives reporting in commune B: (2.4 + 1.6 billion) / 2 and (48 + 40 million) / 2
		YearEndFigures ofB = reports.figures(b, 2023);
		assertThat(ofB.value(communeB, "HTX_AVERAGE_REVENUE")).isEqualByComparingTo("2000000000");
		assertThat(ofB.value(communeB, "HTX_AVERAGE_INCOME")).isEqualByComparingTo("44000000");
		// each cooperative that reported has 10 workers
		assertThat(ofB.value(communeB, "HTX_WORKERS")).isEqualByComparingTo(BigDecimal.TEN.multiply(ofB.value(communeB, "HTX_ACTIVE")));

		// OCOP support in the same province: two subjects in the two districts, records of 2023 and
		// of the years around it (only 2023's count), a product with two kinds in the year
		OcopSupportFigures support = new OcopSupportFigures(before, mvc, jdbc, officer);
		long subjectA = support.subject("Công ty TNHH Chè Mỹ Bằng", "08", a, communeA);
		long subjectB = support.subject("Hộ kinh doanh Bưởi Xuân Vân", "08", b, communeB);
		String productA1 = support.product(subjectA, "Chè xanh Mỹ Bằng");
		String productA2 = support.product(subjectA, "Chè đinh Mỹ Bằng");
		String productB1 = support.product(subjectB, "Bưởi đường Xuân Vân");
		support.forProduct("TRACEABILITY", productA1, 2023);
		support.forProduct("VALUE_CHAIN", productA1, 2023);
		support.forProduct("QUALITY_SCALE", productA1, 2022);
		support.forProduct("TRACEABILITY", productA2, 2023);
		support.forProduct("QUALITY_SCALE", productB1, 2023);
		support.forProduct("TRACEABILITY", productB1, 2024);
		support.forSubject("CONSOLIDATION", subjectA, 2023);
		support.forSubject("NEW_SUBJECT", subjectA, 2022);
		support.forSubject("NEW_SUBJECT", subjectB, 2023);
		YearEndFigures withSupport = reports.figures("08", 2023);

		Map<String, Integer> ocop = Map.of("OCOP_TRACEABILITY", 2, "OCOP_VALUE_CHAIN", 1, "OCOP_QUALITY_SCALE", 1,
				"SUBJECTS_CONSOLIDATED", 1, "SUBJECTS_NEW_SUPPORTED", 1);
		ocop.forEach((code, delta) -> assertThat(difference(after, withSupport, "08", code)).as(code)
			.isEqualByComparingTo(BigDecimal.valueOf(delta)));
		assertThat(difference(after, withSupport, a, "OCOP_TRACEABILITY")).isEqualByComparingTo("2");
		assertThat(difference(after, withSupport, a, "OCOP_QUALITY_SCALE")).isEqualByComparingTo("0");
		assertThat(difference(after, withSupport, a, "SUBJECTS_CONSOLIDATED")).isEqualByComparingTo("1");
		assertThat(difference(after, withSupport, b, "OCOP_TRACEABILITY")).isEqualByComparingTo("0");
		assertThat(difference(after, withSupport, b, "OCOP_QUALITY_SCALE")).isEqualByComparingTo("1");
		assertThat(difference(after, withSupport, b, "SUBJECTS_NEW_SUPPORTED")).isEqualByComparingTo("1");
		// last year's figures, and the change against them, move by the records of 2022
		assertThat(withSupport.computation().previousValue("08", "OCOP_QUALITY_SCALE")
			.subtract(after.computation().previousValue("08", "OCOP_QUALITY_SCALE"))).isEqualByComparingTo("1");
		assertThat(withSupport.computation().previousValue("08", "SUBJECTS_NEW_SUPPORTED")
			.subtract(after.computation().previousValue("08", "SUBJECTS_NEW_SUPPORTED"))).isEqualByComparingTo("1");
	}

	/**
	 * OCOP subjects and products of the second data set, stored as the OCOP module stores them (its
	 * face has no writer for other modules), and support records entered through its REST API as the
	 * province's officer would.
	 */
	private record OcopSupportFigures(YearEndFigures before, MockMvc mvc, JdbcClient jdbc, Authentication officer) {

		long subject(String name, String province, String district, String commune) {
			return jdbc.sql("INSERT INTO ocop_subject (kind, name, unit_code, area_codes, search_text, created_at, created_by,"
					+ " updated_at, updated_by) VALUES ('ENTERPRISE', :name, :commune, :areas, :name, now(), 'test', now(), 'test')"
					+ " RETURNING id")
				.param("name", name + " " + ReportingFixtures.unique())
				.param("commune", commune)
				.param("areas", new String[] { province, district, commune })
				.query(Long.class)
				.single();
		}

		String product(long subject, String name) {
			String code = "T08-" + ReportingFixtures.unique();
			jdbc.sql("INSERT INTO ocop_product (code, subject_id, instrument_code, product_set_code, name, status, registered_on,"
					+ " search_text, created_at, created_by, updated_at, updated_by) VALUES (:code, :subject, '148/2023', 'TP-01',"
					+ " :name, 'REGISTERED', DATE '2021-06-01', :name, now(), 'test', now(), 'test')")
				.param("code", code)
				.param("subject", subject)
				.param("name", name)
				.update();
			return code;
		}

		void forProduct(String kind, String productCode, int year) {
			post("{\"kind\": \"" + kind + "\", \"productCode\": \"" + productCode + "\", \"year\": " + year + "}");
		}

		void forSubject(String kind, long subject, int year) {
			post("{\"kind\": \"" + kind + "\", \"subjectId\": " + subject + ", \"year\": " + year
					+ ", \"programme\": \"Chương trình OCOP tỉnh Tuyên Quang\"}");
		}

		private void post(String body) {
			try {
				mvc.perform(MockMvcRequestBuilders.post("/api/v1/ocop/support").with(SecurityMockMvcRequestPostProcessors.csrf())
						.with(SecurityMockMvcRequestPostProcessors.authentication(officer))
						.contentType(MediaType.APPLICATION_JSON).content(body))
					.andExpect(MockMvcResultMatchers.status().isCreated());
			}
			catch (Exception e) {
				throw new AssertionError(e);
			}
		}

	}

	@Test
	void aYearAfterTodayOrAUnitNotValidThenHasNoReport() {
		int next = reports.today().getYear() + 1;
		assertThatThrownBy(() -> reports.figures("06", next)).isInstanceOf(ReportNotAvailable.class);
		// province 06 was merged into 19 on 1/7/2025: no report of 06 for the year after
		assertThatThrownBy(() -> reports.figures("06", 2025)).isInstanceOf(ReportNotAvailable.class);
		assertThatThrownBy(() -> reports.figures("6x", 2022)).isInstanceOf(ReportNotAvailable.class);
	}

	private static BigDecimal difference(YearEndFigures before, YearEndFigures after, String unit, String code) {
		BigDecimal was = before.value(unit, code);
		BigDecimal is = after.value(unit, code);
		return (is == null ? BigDecimal.ZERO : is).subtract(was == null ? BigDecimal.ZERO : was);
	}

	static String text(ReportDocument document) {
		StringBuilder text = new StringBuilder(document.title()).append('\n').append(document.subtitle()).append('\n');
		for (ReportDocument.Block block : document.blocks()) {
			if (block instanceof ReportDocument.Paragraph paragraph) {
				text.append(paragraph.text()).append('\n');
			}
			else if (block instanceof ReportDocument.Heading heading) {
				text.append(heading.text()).append('\n');
			}
		}
		return text.toString();
	}

}
