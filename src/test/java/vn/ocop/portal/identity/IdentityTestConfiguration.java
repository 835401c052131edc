package vn.ocop.portal.identity;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.security.access.prepost.PreAuthorize;

/** What identity's integration tests add to the application: a probe for method security. */
@TestConfiguration(proxyBeanMethods = false)
class IdentityTestConfiguration {

	@Bean
	MethodSecurityProbe methodSecurityProbe() {
		return new MethodSecurityProbe();
	}

	/** Methods guarded as other modules guard theirs. */
	static class MethodSecurityProbe {

		@PreAuthorize("hasRole('EDITOR')")
		public String writeNews() {
			return "written";
		}

		@PreAuthorize("hasRole('PROVINCIAL_OFFICER')")
		public String openEvaluationRound() {
			return "opened";
		}

	}

}
