package vn.ocop.portal.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import vn.ocop.portal.identity.DataScope.Kind;

class RoleScopePolicyTests {

	@Test
	void eachRoleActsInTheScopeOfItsWork() {
		assertThat(RoleScopePolicy.allowedKinds(Role.LOCAL_OFFICER)).containsExactly(Kind.UNIT);
		assertThat(RoleScopePolicy.allowedKinds(Role.COUNCIL_MEMBER)).containsExactly(Kind.COUNCIL);
		assertThat(RoleScopePolicy.allowedKinds(Role.ORGANISATION_REP)).containsExactly(Kind.ORGANISATION);
		assertThat(RoleScopePolicy.allowedKinds(Role.DEPARTMENT_HANDLER)).containsExactly(Kind.DEPARTMENT);
	}

	@ParameterizedTest
	@EnumSource(value = Role.class, names = { "ADMIN", "PROVINCIAL_OFFICER", "EDITOR", "PUBLISHER" })
	void provincialRolesActForAProvinceOrTheNation(Role role) {
		assertThat(RoleScopePolicy.allowedKinds(role)).containsExactlyInAnyOrder(Kind.PROVINCE, Kind.NATION);
		assertThatCode(() -> RoleScopePolicy.check(role, DataScope.province("06"))).doesNotThrowAnyException();
		assertThatThrownBy(() -> RoleScopePolicy.check(role, DataScope.unit("061"))).isInstanceOf(UserRuleViolation.class);
	}

	@ParameterizedTest
	@EnumSource(Role.class)
	void everyRoleHasAtLeastOneScopeAndRefusesTheOthers(Role role) {
		assertThat(RoleScopePolicy.allowedKinds(role)).isNotEmpty();
		for (Kind kind : EnumSet.complementOf(EnumSet.copyOf(RoleScopePolicy.allowedKinds(role)))) {
			assertThat(RoleScopePolicy.permits(role, kind)).as(role + " with " + kind).isFalse();
		}
	}

	@Test
	void aMissingRoleIsRefused() {
		assertThatThrownBy(() -> RoleScopePolicy.check(null, DataScope.nation())).isInstanceOf(UserRuleViolation.class)
			.extracting("attribute")
			.isEqualTo("role");
	}

}
