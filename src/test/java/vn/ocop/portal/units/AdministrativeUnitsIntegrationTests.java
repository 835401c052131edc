package vn.ocop.portal.units;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.ocop.portal.identity.UnitHierarchy;

/** The bundled national lists, read through the public API against the real database. */
@UnitsIntegrationTest
class AdministrativeUnitsIntegrationTests {

	static final LocalDate END_OF_2022 = LocalDate.of(2022, 12, 31);

	static final LocalDate JUNE_2026 = LocalDate.of(2026, 6, 1);

	@Autowired
	AdministrativeUnits units;

	@Autowired
	UnitHierarchy hierarchy;

	@Autowired
	JdbcClient jdbc;

	@Test
	void preReformSetHas63Provinces696DistrictsAnd10035Communes() {
		assertThat(countInSet("vn-3-levels-2008-2025", "province")).isEqualTo(63);
		assertThat(countInSet("vn-3-levels-2008-2025", "district")).isEqualTo(696);
		assertThat(countInSet("vn-3-levels-2008-2025", "commune")).isEqualTo(10_035);
		assertThat(units.validOn(END_OF_2022, null)).hasSize(63);
		assertThat(units.countsByProvince(END_OF_2022).values().stream().mapToInt(UnitCounts::communes).sum()).isEqualTo(10_035);
	}

	@Test
	void reformSetHas34ProvincesAnd3321CommunesAndNoDistricts() {
		LocalDate firstDay = LocalDate.of(2025, 7, 1);
		assertThat(countInSet("vn-2-levels-2025", "province")).isEqualTo(34);
		assertThat(countInSet("vn-2-levels-2025", "commune")).isEqualTo(3_321);
		assertThat(units.validOn(firstDay, null)).hasSize(34);
		assertThat(units.countsByProvince(firstDay).values())
			.allSatisfy(counts -> assertThat(counts.districts()).isZero())
			.extracting(UnitCounts::communes)
			.satisfies(communes -> assertThat(communes.stream().mapToInt(Integer::intValue).sum()).isEqualTo(3_321));
		assertThat(units.validOn(JUNE_2026, null)).hasSize(34);
	}

	@Test
	void bacKanAtTheEndOf2022HasItsEightDistricts() {
		ProvinceView view = units.provinceOn(UnitCode.of("06"), END_OF_2022).orElseThrow();

		assertThat(view.province().name()).isEqualTo("Tỉnh Bắc Kạn");
		assertThat(view.province().kind()).isEqualTo(UnitKind.TINH);
		assertThat(view.successorOf()).isNull();
		assertThat(view.districts()).extracting(unit -> unit.code().value())
			.containsExactly("058", "060", "061", "062", "063", "064", "065", "066");
		assertThat(view.districts()).extracting(AdministrativeUnit::name)
			.contains("Thành phố Bắc Kạn", "Huyện Ba Bể", "Huyện Na Rì");
		assertThat(view.communes()).isPositive();
	}

	@Test
	void bacKanIn2026IsThaiNguyenWithoutDistricts() {
		ProvinceView fromOldCode = units.provinceOn(UnitCode.of("06"), JUNE_2026).orElseThrow();
		ProvinceView fromNewCode = units.provinceOn(UnitCode.of("19"), JUNE_2026).orElseThrow();

		assertThat(fromOldCode.province().code()).isEqualTo(UnitCode.of("19"));
		assertThat(fromOldCode.province().name()).isEqualTo("Tỉnh Thái Nguyên");
		assertThat(fromOldCode.successorOf()).isEqualTo(UnitCode.of("06"));
		assertThat(fromOldCode.districts()).isEmpty();
		assertThat(fromOldCode.communes()).isEqualTo(92);
		assertThat(fromNewCode.province().code()).isEqualTo(UnitCode.of("19"));
		assertThat(fromNewCode.successorOf()).isNull();
		assertThat(fromNewCode.districts()).isEmpty();
		assertThat(units.provinceOn(UnitCode.of("06"), LocalDate.of(2026, 1, 1)).orElseThrow().province().name())
			.isEqualTo("Tỉnh Thái Nguyên");
	}

	@Test
	void dongNaiBecameACityOn30April2026() {
		AdministrativeUnit before = units.find(UnitCode.of("75"), LocalDate.of(2026, 1, 1)).orElseThrow();
		AdministrativeUnit after = units.find(UnitCode.of("75"), LocalDate.of(2026, 5, 1)).orElseThrow();

		assertThat(before.name()).isEqualTo("Tỉnh Đồng Nai");
		assertThat(before.kind()).isEqualTo(UnitKind.TINH);
		assertThat(before.validTo()).isEqualTo(LocalDate.of(2026, 4, 29));
		assertThat(after.name()).isEqualTo("Thành phố Đồng Nai");
		assertThat(after.kind()).isEqualTo(UnitKind.THANH_PHO);
		assertThat(after.validFrom()).isEqualTo(LocalDate.of(2026, 4, 30));
		assertThat(after.validTo()).isNull();
		assertThat(after.legalBasis()).isEqualTo("30/2026/QH16");
		assertThat(units.find(UnitCode.of("26170"), LocalDate.of(2026, 5, 1)).orElseThrow().name()).isEqualTo("Phường Trị An");
		assertThat(units.history(UnitCode.of("75"))).extracting(AdministrativeUnit::name)
			.containsExactly("Tỉnh Đồng Nai", "Tỉnh Đồng Nai", "Thành phố Đồng Nai");
		assertThat(hierarchy.nameOf("75")).contains("Thành phố Đồng Nai");
	}

	@Test
	void closedCodesStayAsHistoryWithTheirSuccessors() {
		assertThat(units.find(UnitCode.of("06"), JUNE_2026)).isEmpty();
		assertThat(units.latest(UnitCode.of("06")).orElseThrow().validTo()).isEqualTo(LocalDate.of(2025, 6, 30));
		assertThat(units.successorsOf(UnitCode.of("06"))).singleElement()
			.satisfies(succession -> {
				assertThat(succession.successor()).isEqualTo(UnitCode.of("19"));
				assertThat(succession.effectiveDate()).isEqualTo(LocalDate.of(2025, 7, 1));
			});
		assertThat(units.predecessorsOf(UnitCode.of("19"))).extracting(s -> s.predecessor().value()).containsExactly("06", "19");
		assertThat(hierarchy.nameOf("061")).contains("Huyện Ba Bể");
		assertThat(hierarchy.exists("061")).isTrue();
		assertThat(hierarchy.exists("99999")).isFalse();
	}

	@Test
	void ancestorsOnADate() {
		assertThat(units.ancestors(UnitCode.of("01888"), END_OF_2022)).extracting(unit -> unit.code().value())
			.containsExactly("06", "061");
		assertThat(units.ancestors(UnitCode.of("01912"), JUNE_2026)).extracting(unit -> unit.code().value())
			.containsExactly("19");
	}

	@Test
	void searchIgnoresDiacriticsAndCase() {
		List<AdministrativeUnit> found = units.search("ba be", END_OF_2022, 10);

		assertThat(found).extracting(AdministrativeUnit::name).first().isEqualTo("Huyện Ba Bể");
		assertThat(units.search("BA BỂ", END_OF_2022, 10)).extracting(AdministrativeUnit::name).contains("Huyện Ba Bể");
		assertThat(units.search("dong nai", JUNE_2026, 5)).extracting(AdministrativeUnit::name).first()
			.isEqualTo("Thành phố Đồng Nai");
		assertThat(units.search("ba be", JUNE_2026, 10)).extracting(AdministrativeUnit::name).doesNotContain("Huyện Ba Bể");
		assertThat(units.search("061", END_OF_2022, 5)).extracting(unit -> unit.code().value()).first().isEqualTo("061");
		assertThat(units.search("xa", END_OF_2022, 500)).hasSize(AdministrativeUnits.MAX_SEARCH_RESULTS);
	}

	@Test
	void hierarchyContainsUnitsAcrossSets() {
		// 2022: commune 01888 lies in district 061, which lies in province 06.
		assertThat(hierarchy.contains("061", "01888")).isTrue();
		assertThat(hierarchy.contains("06", "01888")).isTrue();
		assertThat(hierarchy.contains("06", "02035")).isTrue();
		assertThat(hierarchy.contains("064", "02035")).isTrue();
		assertThat(hierarchy.contains("062", "01888")).isFalse();
		assertThat(hierarchy.contains("061", "061")).isTrue();
		// 2025: commune 02044's parent is province 19; in 2022 it lay in 064 and 06.
		assertThat(hierarchy.contains("19", "02044")).isTrue();
		assertThat(hierarchy.contains("06", "02044")).isTrue();
	}

	@Test
	void successorCommunesLieInsideTheUnitsOfTheirPredecessors() {
		// 02041 Bằng Phúc (district 064) went wholly into 01933 Đồng Phúc (a commune of 061 before).
		assertThat(hierarchy.contains("064", "01933")).isTrue();
		assertThat(hierarchy.contains("06", "01933")).isTrue();
		// 06 went wholly into 19: its old units lie inside 19 ...
		assertThat(hierarchy.contains("19", "061")).isTrue();
		assertThat(hierarchy.contains("19", "01888")).isTrue();
		// ... but the successor province does not lie inside the old one, nor its other communes.
		assertThat(hierarchy.contains("06", "19")).isFalse();
		assertThat(hierarchy.contains("06", "05443")).isFalse();
		assertThat(hierarchy.contains("066", "01933")).isFalse();
	}

	private int countInSet(String set, String level) {
		return jdbc.sql("SELECT count(*) FROM administrative_unit WHERE unit_set = :set AND level = :level")
			.param("set", set)
			.param("level", level)
			.query(Integer.class)
			.single();
	}

}
