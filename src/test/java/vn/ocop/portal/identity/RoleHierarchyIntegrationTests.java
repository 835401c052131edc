package vn.ocop.portal.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** {@code @PreAuthorize("hasRole(...)")} honours the role hierarchy: ADMIN > PROVINCIAL_OFFICER, PUBLISHER > EDITOR. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Import(IdentityTestConfiguration.class)
class RoleHierarchyIntegrationTests {

	@Autowired
	IdentityTestConfiguration.MethodSecurityProbe probe;

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void publisherMayDoWhatAnEditorMay() {
		signInAs(Role.PUBLISHER);

		assertThat(probe.writeNews()).isEqualTo("written");
	}

	@Test
	void administratorMayDoWhatAProvincialOfficerMay() {
		signInAs(Role.ADMIN);

		assertThat(probe.openEvaluationRound()).isEqualTo("opened");
	}

	@Test
	void theHierarchyDoesNotGoDownwardsOrSideways() {
		signInAs(Role.EDITOR);
		assertThatThrownBy(probe::openEvaluationRound).isInstanceOf(AccessDeniedException.class);

		signInAs(Role.PROVINCIAL_OFFICER);
		assertThatThrownBy(probe::writeNews).isInstanceOf(AccessDeniedException.class);

		signInAs(Role.ADMIN);
		assertThatThrownBy(probe::writeNews).isInstanceOf(AccessDeniedException.class);
	}

	private static void signInAs(Role role) {
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("someone", "n/a",
					List.of(new SimpleGrantedAuthority(role.authority()))));
	}

}
