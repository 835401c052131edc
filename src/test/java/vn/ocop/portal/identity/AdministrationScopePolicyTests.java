package vn.ocop.portal.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

class AdministrationScopePolicyTests {

	private final AdministrationScopePolicy withUnits = policy(true);

	private static AdministrationScopePolicy policy(boolean unitsKnown) {
		StaticListableBeanFactory beans = new StaticListableBeanFactory();
		if (unitsKnown) {
			beans.addBean("units", new BacKanUnits());
		}
		return new AdministrationScopePolicy(new ScopeGuard(beans.getBeanProvider(UnitHierarchy.class)));
	}

	private static ScopedUser administrator(DataScope scope) {
		return new Person("quantri", Role.ADMIN, scope);
	}

	record Person(String username, Role role, DataScope scope) implements ScopedUser {

		@Override
		public String displayName() {
			return username;
		}

	}

	@Test
	void provincialAdministratorManagesTheProvinceAndItsUnits() {
		ScopedUser bacKan = administrator(DataScope.province("06"));

		assertThat(withUnits.mayManage(bacKan, DataScope.province("06"))).isTrue();
		assertThat(withUnits.mayManage(bacKan, DataScope.unit("061"))).isTrue();
		assertThat(withUnits.mayManage(bacKan, DataScope.unit("062"))).isTrue();
	}

	@Test
	void provincialAdministratorDoesNotManageAnotherProvinceOrTheNation() {
		ScopedUser bacKan = administrator(DataScope.province("06"));

		assertThat(withUnits.mayManage(bacKan, DataScope.province("19"))).isFalse();
		assertThat(withUnits.mayManage(bacKan, DataScope.unit("164"))).isFalse();
		assertThat(withUnits.mayManage(bacKan, DataScope.nation())).isFalse();
	}

	@Test
	void nonTerritorialScopesBelongToTheAdministratorsProvince() {
		ScopedUser bacKan = administrator(DataScope.province("06"));

		assertThat(withUnits.mayManage(bacKan, DataScope.council("HD-OCOP-06-2022"))).isTrue();
		assertThat(withUnits.mayManage(bacKan, DataScope.organisation("HTX-DEMO-0001"))).isTrue();
		assertThat(withUnits.mayManage(bacKan, DataScope.department("SO-NNPTNT"))).isTrue();
	}

	@Test
	void nationalAdministratorManagesEveryone() {
		ScopedUser national = administrator(DataScope.nation());

		assertThat(withUnits.mayManage(national, DataScope.nation())).isTrue();
		assertThat(withUnits.mayManage(national, DataScope.unit("164"))).isTrue();
	}

	@Test
	void onlyAdministratorsManageUsers() {
		ScopedUser officer = new Person("canbo.tinh", Role.PROVINCIAL_OFFICER, DataScope.province("06"));

		assertThat(withUnits.mayManage(officer, DataScope.unit("061"))).isFalse();
	}

	@Test
	void withoutTheUnitHierarchyOnlyTheProvinceItselfIsKnownToLieInTheProvince() {
		AdministrationScopePolicy withoutUnits = policy(false);
		ScopedUser bacKan = administrator(DataScope.province("06"));

		assertThat(withoutUnits.mayManage(bacKan, DataScope.province("06"))).isTrue();
		assertThat(withoutUnits.mayManage(bacKan, DataScope.unit("061"))).isFalse();
	}

}
