package vn.ocop.portal.units;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import vn.ocop.portal.units.UnitSetDefinition.Kind;

/** Loading unit sets into the real database: once per set, audited once, all or nothing. */
@UnitsIntegrationTest
class UnitSetsIntegrationTests {

	static final LocalDate YEAR_2100 = LocalDate.of(2100, 1, 1);

	@Autowired
	UnitSets unitSets;

	@Autowired
	AdministrativeUnits units;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void loadingTheBundledSetsAgainLoadsNothing() {
		int rowsBefore = count("SELECT count(*) FROM administrative_unit");
		int auditsBefore = count("SELECT count(*) FROM audit_entry WHERE entity_type = 'AdministrativeUnitSet'");

		List<UnitSetLoadResult> results = unitSets.loadBundled();

		assertThat(results).hasSize(6).noneMatch(UnitSetLoadResult::loaded);
		assertThat(results).extracting(UnitSetLoadResult::rows).containsOnly(0);
		assertThat(count("SELECT count(*) FROM administrative_unit")).isEqualTo(rowsBefore);
		assertThat(count("SELECT count(*) FROM audit_entry WHERE entity_type = 'AdministrativeUnitSet'")).isEqualTo(auditsBefore);
	}

	@Test
	void eachBundledSetIsAuditedOnceWithItsCounts() {
		assertThat(jdbc.sql("""
				SELECT entity_id, action, actor, after_value ->> 'provinces', after_value ->> 'communes'
				FROM audit_entry WHERE module = 'units' AND entity_type = 'AdministrativeUnitSet' AND entity_id LIKE 'vn-%-levels-%'
				ORDER BY entity_id
				""").query((rs, n) -> tuple(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5))).list())
			.containsExactly(tuple("vn-2-levels-2025", "CREATED", "system", "34", "3321"),
					tuple("vn-3-levels-2008-2025", "CREATED", "system", "63", "10035"));
		assertThat(count("SELECT count(*) FROM audit_entry WHERE entity_id = 'vn-2025-commune-successions' AND (after_value ->> 'successions')::int = 10566"))
			.isEqualTo(1);
	}

	@Test
	void aSetWithAFailingRowStoresNothing() {
		String code = uniqueCode("bad");
		String csv = """
				code,name,level,parent_code
				98,Tỉnh Thử Nghiệm,province,
				98001,Xã Thử Một,commune,98
				98002,Xã Mồ Côi,commune,987
				06,Tỉnh Bắc Kạn,province,
				""";
		int auditsBefore = count("SELECT count(*) FROM audit_entry");

		UnitDataRejected rejected = catchThrowableOfType(UnitDataRejected.class,
				() -> unitSets.load(futureUnits(code, false), UnitSetReaderTests.stream(csv)));

		assertThat(rejected.errors()).extracting(UnitDataError::row, UnitDataError::column, UnitDataError::reasonVi)
			.containsExactlyInAnyOrder(
					tuple(5, "code", "mã 06 đã bị đóng từ ngày 2025-07-01; mã đã đóng không được dùng lại"),
					tuple(4, "parent_code", "đơn vị cấp trên 987 không có trong tệp và không có hiệu lực vào ngày 2100-01-01"));
		assertThat(rejected.errors()).extracting(UnitDataError::reasonEn)
			.contains("parent unit 987 is neither in the file nor valid on 2100-01-01");
		assertThat(unitSets.isLoaded(code)).isFalse();
		assertThat(count("SELECT count(*) FROM administrative_unit WHERE code IN ('98', '98001') OR unit_set = '" + code + "'")).isZero();
		assertThat(count("SELECT count(*) FROM audit_entry")).isEqualTo(auditsBefore);
	}

	@Test
	void overlappingPeriodsAreRejected() {
		String csv = "code,name,level,parent_code\n19,Tỉnh Thái Nguyên,province,\n";

		UnitDataRejected rejected = catchThrowableOfType(UnitDataRejected.class,
				() -> unitSets.load(futureUnits(uniqueCode("overlap"), false), UnitSetReaderTests.stream(csv)));

		assertThat(rejected.errors()).singleElement().satisfies(error -> {
			assertThat(error.row()).isEqualTo(2);
			assertThat(error.reasonEn()).isEqualTo("code 19 is already valid from 2025-07-01 to … (set vn-2-levels-2025): the periods overlap");
		});
	}

	@Test
	void anAmendmentWithAWrongFormerNameStoresNothing() {
		String code = uniqueCode("amend");
		String csv = """
				code,level,name_before,name_after,effective_date,legal_basis
				26116,commune,Phường Tân Phú,Phường Tân Phú Mới,2100-01-01,NQ thử
				26170,commune,Xã Trị An,Phường Trị An Mới,2100-01-01,NQ thử
				""";
		UnitSetDefinition set = new UnitSetDefinition(code, Kind.AMENDMENTS, "amendments-2100.csv", YEAR_2100, null, false,
				"NQ thử", "test");

		UnitDataRejected rejected = catchThrowableOfType(UnitDataRejected.class,
				() -> unitSets.load(set, UnitSetReaderTests.stream(csv)));

		assertThat(rejected.errors()).extracting(UnitDataError::file, UnitDataError::row, UnitDataError::column)
			.containsExactly(tuple("amendments-2100.csv", 3, "name_before"));
		assertThat(units.find(UnitCode.of("26116"), LocalDate.of(2100, 6, 1)).orElseThrow().name()).isEqualTo("Phường Tân Phú");
		assertThat(units.latest(UnitCode.of("26116")).orElseThrow().validTo()).isNull();
		assertThat(unitSets.isLoaded(code)).isFalse();
	}

	@Test
	void aFurtherCompleteNationalListClosesTheOpenUnitsAndIsLoadedOnce() {
		String code = uniqueCode("national");
		String csv = """
				code,name,level,parent_code
				19,Tỉnh Thái Nguyên,province,
				01843,Phường Bắc Kạn,commune,19
				98,Tỉnh Thử Nghiệm,province,
				98001,Đặc khu Thử,commune,98
				""";
		transactions.executeWithoutResult(status -> {
			status.setRollbackOnly();
			UnitSetLoadResult result = unitSets.load(futureUnits(code, true), UnitSetReaderTests.stream(csv));

			assertThat(result.loaded()).isTrue();
			assertThat(result.provinces()).isEqualTo(2);
			assertThat(result.communes()).isEqualTo(2);
			assertThat(result.closedRows()).isEqualTo(34 + 3_321);
			LocalDate later = LocalDate.of(2100, 6, 1);
			assertThat(units.validOn(later, null)).extracting(AdministrativeUnit::name).containsExactly("Tỉnh Thái Nguyên", "Tỉnh Thử Nghiệm");
			assertThat(units.find(UnitCode.of("98001"), later).orElseThrow().kind()).isEqualTo(UnitKind.DAC_KHU);
			assertThat(units.find(UnitCode.of("75"), later)).isEmpty();
			assertThat(units.latest(UnitCode.of("75")).orElseThrow().validTo()).isEqualTo(LocalDate.of(2099, 12, 31));
			assertThat(units.find(UnitCode.of("75"), LocalDate.of(2099, 12, 31)).orElseThrow().name()).isEqualTo("Thành phố Đồng Nai");
			assertThat(unitSets.load(futureUnits(code, true), UnitSetReaderTests.stream(csv)).loaded()).isFalse();
			assertThat(count("SELECT count(*) FROM audit_entry WHERE entity_id = '" + code + "'")).isEqualTo(1);
		});
		assertThat(unitSets.isLoaded(code)).isFalse();
		assertThat(units.find(UnitCode.of("75"), LocalDate.of(2100, 6, 1))).isPresent();
	}

	private static UnitSetDefinition futureUnits(String code, boolean closesOpenUnits) {
		return new UnitSetDefinition(code, Kind.UNITS, "units-2100.csv", YEAR_2100, null, closesOpenUnits, "NQ thử", "test");
	}

	private static String uniqueCode(String prefix) {
		return "test-" + prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
	}

	private int count(String sql) {
		return jdbc.sql(sql).query(Integer.class).single();
	}

}
