package vn.ocop.portal.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.ocop.portal.shared.scale.ScaleDataPlan;
import vn.ocop.portal.units.AdministrativeUnits;
import vn.ocop.portal.units.UnitCode;

/**
 * The registry's share of the national-scale data, with small volumes: organisations over the
 * communes of the country, each in a unit valid on its registration date, a realistic mix, annual
 * updates for the years they existed, the demo province left alone, and nothing added twice.
 */
@RegistryIntegrationTest
class RegistryScaleDataIntegrationTests {

	private static final LocalDate AFTER_THE_REFORM = LocalDate.of(2026, 6, 1);

	@Autowired
	RegistryScaleData scaleData;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AdministrativeUnits units;

	record Row(String id, String kind, String unitCode, LocalDate registered, String status) {
	}

	@Test
	void generatesOrganisationsOverTheCommunesOfTheCountryOnce() {
		ScaleDataPlan plan = new ScaleDataPlan(11, AFTER_THE_REFORM, Map.of("organisations", 400, "years", 3));

		scaleData.generate(plan);
		String again = scaleData.generate(plan);

		assertThat(again).startsWith("0 organisations and 0 annual updates generated, 400 already there");
		List<Row> rows = jdbc.sql("""
				SELECT id, kind, unit_code, registration_date, status FROM registry_organisation
				WHERE id BETWEEN 'SCALE-0000001' AND 'SCALE-0000400' ORDER BY id""")
			.query((rs, n) -> new Row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getObject(4, LocalDate.class),
					rs.getString(5)))
			.list();
		assertThat(rows).hasSize(400);
		assertThat(rows).allSatisfy(row -> assertThat(units.find(UnitCode.of(row.unitCode()), row.registered()))
			.as("%s in %s on %s", row.id(), row.unitCode(), row.registered()).isPresent());
		assertThat(rows.stream().filter(row -> row.kind().equals("THT")).count()).isBetween(180L, 260L);
		assertThat(rows.stream().filter(row -> row.kind().equals("HTX")).count()).isBetween(140L, 220L);
		assertThat(rows.stream().filter(row -> !row.status().equals("OPERATING")).count()).isBetween(5L, 60L);
		assertThat(rows).allSatisfy(row -> assertThat(row.registered()).isBetween(LocalDate.of(2008, 8, 1), LocalDate.of(2025, 12, 31)));
		assertThat(rows.stream().filter(row -> row.registered().isBefore(LocalDate.of(2025, 7, 1))).count())
			.as("most were registered before the reform, in the communes of then").isGreaterThan(300);

		assertThat(jdbc.sql("""
				SELECT count(*) FROM registry_organisation o JOIN registry_unit_area a ON a.unit_code = o.unit_code
				WHERE o.id LIKE 'SCALE-%' AND a.container_code IN ('06', '19')""").query(Long.class).single())
			.as("the demo province's territory is left to the demo data").isZero();
		assertThat(jdbc.sql("""
				SELECT count(*) FROM registry_annual_update u JOIN registry_organisation o ON o.id = u.organisation_id
				WHERE o.id LIKE 'SCALE-%' AND (u.year < extract(year FROM o.registration_date) OR u.year > 2025)""")
			.query(Long.class).single()).isZero();
		assertThat(jdbc.sql("""
				SELECT count(DISTINCT u.organisation_id) FROM registry_annual_update u
				WHERE u.organisation_id BETWEEN 'SCALE-0000001' AND 'SCALE-0000400'""").query(Long.class).single())
			.isGreaterThan(300);
		assertThat(jdbc.sql("""
				SELECT count(*) FROM registry_organisation o
				WHERE o.id LIKE 'SCALE-%' AND NOT EXISTS (SELECT 1 FROM registry_unit_area a WHERE a.unit_code = o.unit_code)""")
			.query(Long.class).single()).as("every unit placed in its areas").isZero();
	}

}
