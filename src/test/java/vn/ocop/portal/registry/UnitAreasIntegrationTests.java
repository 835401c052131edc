package vn.ocop.portal.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.ocop.portal.units.AdministrativeUnit;
import vn.ocop.portal.units.AdministrativeUnits;

/**
 * The registry's stored areas agree with the units module: a unit lies (at some time) in exactly the
 * units {@link AdministrativeUnits#contains} names, and on each date in the unit of that date.
 */
@RegistryIntegrationTest
class UnitAreasIntegrationTests {

	@Autowired
	UnitAreas areas;

	@Autowired
	AdministrativeUnits units;

	@ParameterizedTest(name = "areas of {0} agree with contains()")
	@ValueSource(strings = { "01888", "01912", "061", "02044", "00007", "00008", "06", "19" })
	void storedAreasAgreeWithTheUnitsModule(String code) {
		areas.ensure(List.of(code));
		Set<String> stored = new LinkedHashSet<>();
		areas.of(code).forEach(area -> stored.add(area.containerCode()));
		Set<String> candidates = new LinkedHashSet<>(stored);
		candidates.addAll(List.of("01", "001", "00004", "00025", "06", "061", "062", "064", "19", "20", "01888", "01912",
				"01933", "02044", "00007", "00008"));

		for (String candidate : candidates) {
			assertThat(stored.contains(candidate)).as("%s lies in %s", code, candidate).isEqualTo(units.contains(candidate, code));
		}
	}

	@Test
	void aSplitCommuneLiesOnlyInItsProvinceAfterTheReform() {
		areas.ensure(List.of("00007"));

		assertThat(areas.unitOn("00007", LocalDate.of(2024, 1, 1))).map(AdministrativeUnit::name).contains("Phường Cống Vị");
		assertThat(areas.unitOn("00007", LocalDate.of(2026, 1, 1))).map(unit -> unit.code().value()).contains("01");
		assertThat(areas.unitOn("01888", LocalDate.of(2026, 1, 1))).map(unit -> unit.code().value()).contains("01912");
	}

}
