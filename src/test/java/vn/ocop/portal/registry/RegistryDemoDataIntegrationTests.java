package vn.ocop.portal.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ocop.portal.registry.RegistryTestData.PROVINCIAL_OFFICER;
import static vn.ocop.portal.registry.RegistryTestData.as;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The demo registry gives exactly the seed's 2022 figures for province 06 (seed-figures.md) when
 * they are computed with SQL from the records: organisations whose unit lay in 06 on the date,
 * their status on the date, their annual updates and the union memberships.
 */
@RegistryIntegrationTest
class RegistryDemoDataIntegrationTests {

	private static final LocalDate END_OF_2022 = LocalDate.of(2022, 12, 31);

	private static final LocalDate END_OF_2021 = LocalDate.of(2021, 12, 31);

	/** The organisations of province 06 on :date with their status then. */
	private static final String IN_PROVINCE_ON_DATE = """
			WITH org AS (
			  SELECT o.id, o.kind, o.registration_date,
			         (SELECT s.status FROM registry_status_change s WHERE s.organisation_id = o.id AND s.effective_date <= :date
			          ORDER BY s.effective_date DESC, s.seq DESC LIMIT 1) AS status_on
			  FROM registry_organisation o
			  WHERE o.registration_date <= :date
			    AND EXISTS (SELECT 1 FROM registry_unit_area a WHERE a.unit_code = o.unit_code AND a.container_code = '06' AND NOT a.lineage
			                AND a.valid_from <= :date AND (a.valid_to IS NULL OR a.valid_to >= :date)))
			""";

	@Autowired
	JdbcClient jdbc;

	@Autowired
	RegistryDemoData demoData;

	@Autowired
	Organisations organisations;

	@Test
	void cooperativeGroupsOperatingAtTheEndOf2022AndTheirMembers() {
		assertThat(operating("THT", END_OF_2022)).isEqualTo(656);
		assertThat(membersReported("THT", END_OF_2022, 2022)).isEqualTo(7_210);
		assertThat(operating("THT", END_OF_2021)).isEqualTo(369);
		assertThat(operating("THT", END_OF_2022) - operating("THT", END_OF_2021)).isEqualTo(287);
	}

	@Test
	void cooperativesOperatingAtTheEndOf2022TheirMembersAndThoseEstablishedIn2022() {
		assertThat(operating("HTX", END_OF_2022)).isEqualTo(353);
		assertThat(membersReported("HTX", END_OF_2022, 2022)).isEqualTo(3_600);
		assertThat(jdbc.sql(IN_PROVINCE_ON_DATE + """
				SELECT count(*) FROM org WHERE kind = 'HTX' AND registration_date BETWEEN DATE '2022-01-01' AND DATE '2022-12-31'""")
			.param("date", END_OF_2022).query(Long.class).single()).isEqualTo(55);
	}

	@Test
	void unionsOfCooperativesAndTheirMemberCooperatives() {
		assertThat(operating("LHHTX", END_OF_2022)).isEqualTo(2);
		assertThat(jdbc.sql(IN_PROVINCE_ON_DATE + """
				SELECT count(*) FROM registry_union_membership m JOIN org u ON u.id = m.union_id
				WHERE u.kind = 'LHHTX' AND u.status_on = 'OPERATING'
				  AND m.joined_on <= :date AND (m.left_on IS NULL OR m.left_on >= :date)""")
			.param("date", END_OF_2022).query(Long.class).single()).isEqualTo(18);
		assertThat(jdbc.sql(IN_PROVINCE_ON_DATE + """
				SELECT sum(u.member_cooperatives) FROM org JOIN registry_annual_update u ON u.organisation_id = org.id AND u.year = 2022
				WHERE org.kind = 'LHHTX' AND org.status_on = 'OPERATING'""")
			.param("date", END_OF_2022).query(Long.class).single()).isEqualTo(18);
	}

	@Test
	void dissolvedAndSuspendedOrganisationsAreThereButNotOperating() {
		assertThat(jdbc.sql(IN_PROVINCE_ON_DATE + "SELECT count(*) FROM org WHERE status_on IN ('DISSOLVED', 'SUSPENDED')")
			.param("date", END_OF_2022).query(Long.class).single()).isGreaterThanOrEqualTo(20);
		assertThat(jdbc.sql("SELECT count(*) FROM registry_organisation WHERE id LIKE '%-DEMO-%' AND registration_date > DATE '2022-12-31'")
			.query(Long.class).single()).isPositive();
	}

	@Test
	void dongTamIsTheRepresentativesCooperativeInBaBeAndLiesInThaiNguyenToday() {
		OrganisationView dongTam = as(PROVINCIAL_OFFICER, () -> organisations.get(RegistryDemoData.DONG_TAM));

		assertThat(dongTam.details().name()).isEqualTo("Hợp tác xã Đồng Tâm");
		assertThat(dongTam.details().registrationDate().getYear()).isEqualTo(2022);
		assertThat(dongTam.registrationUnit().code()).isEqualTo("01888");
		assertThat(dongTam.currentUnit().provinceName()).isEqualTo("Tỉnh Thái Nguyên");
		assertThat(dongTam.annualUpdates()).extracting(AnnualUpdateView::year).containsExactly(2024, 2023, 2022);
		assertThat(listed("19", null)).as("under Thái Nguyên today").contains(RegistryDemoData.DONG_TAM);
		assertThat(listed("061", LocalDate.of(2022, 12, 31))).as("under Ba Bể in 2022").contains(RegistryDemoData.DONG_TAM);
		assertThat(listed("19", LocalDate.of(2022, 12, 31))).as("not under the Thái Nguyên of 2022").isEmpty();
	}

	private java.util.List<OrganisationId> listed(String unit, LocalDate date) {
		OrganisationQuery query = new OrganisationQuery(OrganisationKind.HTX, null, unit, date, null, null, null, "dong tam", null, 0, 50);
		return as(PROVINCIAL_OFFICER, () -> organisations.list(query)).map(OrganisationSummary::id).getContent();
	}

	@Test
	void loadingAgainAddsNothing() throws Exception {
		long before = jdbc.sql("SELECT count(*) FROM registry_organisation").query(Long.class).single();
		long updates = jdbc.sql("SELECT count(*) FROM registry_annual_update").query(Long.class).single();

		demoData.run(new DefaultApplicationArguments());

		assertThat(jdbc.sql("SELECT count(*) FROM registry_organisation").query(Long.class).single()).isEqualTo(before);
		assertThat(jdbc.sql("SELECT count(*) FROM registry_annual_update").query(Long.class).single()).isEqualTo(updates);
	}

	private long operating(String kind, LocalDate date) {
		return jdbc.sql(IN_PROVINCE_ON_DATE + "SELECT count(*) FROM org WHERE kind = :kind AND status_on = 'OPERATING'")
			.param("date", date)
			.param("kind", kind)
			.query(Long.class)
			.single();
	}

	private long membersReported(String kind, LocalDate date, int year) {
		return jdbc.sql(IN_PROVINCE_ON_DATE + """
				SELECT coalesce(sum(u.official_members + u.capital_associates + u.non_capital_associates), 0)
				FROM org JOIN registry_annual_update u ON u.organisation_id = org.id AND u.year = :year
				WHERE org.kind = :kind AND org.status_on = 'OPERATING'""")
			.param("date", date)
			.param("kind", kind)
			.param("year", year)
			.query(Long.class)
			.single();
	}

}
