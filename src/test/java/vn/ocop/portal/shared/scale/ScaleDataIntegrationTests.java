package vn.ocop.portal.shared.scale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The national-scale generator on the real database: the foundation's share is the real units of
 * the whole country and one officer account per province role and per commune; a second run adds
 * nothing.
 */
@SpringBootTest
class ScaleDataIntegrationTests {

	private static final LocalDate AFTER_THE_REFORM = LocalDate.of(2026, 6, 1);

	@Autowired
	ScaleDataGenerator generator;

	@Autowired
	Clock clock;

	@Autowired
	JdbcClient jdbc;

	@Test
	void generatesOfficersForAllProvincesAndCommunesOfTheCountryOnce() throws Exception {
		new ScaleDataCommand(generator, clock).run(new DefaultApplicationArguments("--as-of=2026-06-01", "--seed=7", "--organisations=200", "--years=2", "--articles=30"));

		assertThat(countGenerated("ADMIN")).isEqualTo(34);
		assertThat(countGenerated("PROVINCIAL_OFFICER")).isEqualTo(34);
		assertThat(countGenerated("LOCAL_OFFICER")).isEqualTo(3_321);
		assertThat(jdbc.sql("SELECT scope_reference FROM identity_user WHERE username = 'gen.xa.00004.1'")
			.query(String.class)
			.single()).isEqualTo("00004");

		List<String> again = generator.generate(new ScaleDataPlan(7, AFTER_THE_REFORM, Map.of("organisations", 200, "years", 2, "articles", 30)));

		assertThat(again).anySatisfy(line -> assertThat(line).startsWith("units").contains("34 provinces", "3321 communes"));
		assertThat(again).anySatisfy(line -> assertThat(line).startsWith("identity").contains("0 accounts generated"));
		assertThat(again).anySatisfy(line -> assertThat(line).startsWith("registry").contains("0 organisations and 0 annual updates generated"));
		assertThat(again).anySatisfy(line -> assertThat(line).startsWith("news").contains("0 articles generated, 30 already there"));
		assertThat(countGenerated("LOCAL_OFFICER")).isEqualTo(3_321);
	}

	@Test
	void refusesNegativeVolumes() {
		assertThatIllegalArgumentException().isThrownBy(() -> new ScaleDataPlan(1, AFTER_THE_REFORM, Map.of("organisations", -1)))
			.withMessageContaining("organisations");
	}

	private long countGenerated(String role) {
		return jdbc.sql("SELECT count(*) FROM identity_user WHERE username LIKE 'gen.%' AND role = :role")
			.param("role", role)
			.query(Long.class)
			.single();
	}

}
