package vn.ocop.portal;

import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.core.Violations;

import vn.ocop.fixture.violation.Fixture;

import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The check behind {@link ModularityTests} can fail: on a fixture where module {@code beta} uses
 * module {@code alpha}'s internal package, {@code verify()} throws and names the dependency.
 */
class ModuleViolationTests {

	@Test
	void verificationRejectsAModuleUsingAnotherModulesInternalPackage() {
		// The fixture lives in the test classes, which the default import skips.
		ApplicationModules fixture = ApplicationModules.of(Fixture.class, new ImportOption.OnlyIncludeTests());

		assertThatExceptionOfType(Violations.class).isThrownBy(fixture::verify)
			.withMessageContaining("Module 'beta' depends on non-exposed type "
					+ "vn.ocop.fixture.violation.alpha.internal.AlphaLedger within module 'alpha'")
			.withMessageContaining("vn.ocop.fixture.violation.beta.BetaReport");
	}

}
