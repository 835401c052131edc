package vn.ocop.portal.units;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;

import vn.ocop.portal.identity.DataScope;
import vn.ocop.portal.identity.Role;
import vn.ocop.portal.identity.ScopedUser;

/** The back-office pages with real principals (a {@link ScopedUser}) and the real database. */
@UnitsIntegrationTest
class UnitBackOfficeIntegrationTests {

	/** A signed-in user as identity's principals look to other modules. */
	record Officer(String username, String displayName, Role role, DataScope scope) implements ScopedUser {

		static Authentication localOfficerOf(String unitCode) {
			return signedIn(new Officer("ba-be-officer", "Cán bộ Ba Bể", Role.LOCAL_OFFICER, DataScope.unit(unitCode)));
		}

		static Authentication provincialOfficerOf(String provinceCode) {
			return signedIn(new Officer("bac-kan-officer", "Cán bộ tỉnh", Role.PROVINCIAL_OFFICER, DataScope.province(provinceCode)));
		}

		static Authentication organisationRep() {
			return signedIn(new Officer("coop-rep", "Đại diện HTX", Role.ORGANISATION_REP, DataScope.organisation("coop-1")));
		}

		private static Authentication signedIn(Officer officer) {
			return UsernamePasswordAuthenticationToken.authenticated(officer, null,
					List.of(new SimpleGrantedAuthority(officer.role().authority())));
		}

	}

	@Autowired
	MockMvc mvc;

	@Test
	void localOfficerOfBaBeOpensBaBeAndItsCommunes() throws Exception {
		mvc.perform(get("/backoffice/units/061").param("date", "2022-12-31").with(authentication(Officer.localOfficerOf("061"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Huyện Ba Bể")))
			.andExpect(content().string(containsString("Thị trấn Chợ Rã")));
		mvc.perform(get("/backoffice/units/01888").param("date", "2022-12-31").with(authentication(Officer.localOfficerOf("061"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Thị trấn Chợ Rã")))
			.andExpect(content().string(containsString("Đơn vị kế thừa")));
	}

	@Test
	void localOfficerOfBaBeIsForbiddenOnNganSon() throws Exception {
		mvc.perform(get("/backoffice/units/062").with(authentication(Officer.localOfficerOf("061"))))
			.andExpect(status().isForbidden());
		mvc.perform(get("/backoffice/units/06").with(authentication(Officer.localOfficerOf("061"))))
			.andExpect(status().isForbidden());
	}

	@Test
	void provincialOfficerOfBacKanKeepsSeeingTheSuccessorCommunes() throws Exception {
		// 02044 Yên Thịnh lies in Thái Nguyên (19) since 1/7/2025; in 2022 it lay in Chợ Đồn (064), Bắc Kạn.
		mvc.perform(get("/backoffice/units/02044").param("date", "2026-06-01").with(authentication(Officer.provincialOfficerOf("06"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Tỉnh Thái Nguyên")));
		mvc.perform(get("/backoffice/units/19").with(authentication(Officer.provincialOfficerOf("06"))))
			.andExpect(status().isForbidden());
	}

	@Test
	void provinceListMarksTheOfficersOwnScope() throws Exception {
		mvc.perform(get("/backoffice/units").param("date", "2022-12-31").with(authentication(Officer.localOfficerOf("061"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Tỉnh, thành phố vào ngày 31/12/2022")))
			.andExpect(content().string(containsString("63 tỉnh, thành phố có hiệu lực vào ngày 31/12/2022")))
			.andExpect(content().string(containsString("class=\"is-own-scope\"")))
			.andExpect(content().string(containsString("Phạm vi của bạn")))
			.andExpect(content().string(containsString("data-unit-picker")));
		mvc.perform(get("/backoffice/units").param("date", "2026-06-01").param("lang", "en")
				.with(authentication(Officer.localOfficerOf("061"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("34 provinces valid on 01/06/2026")))
			.andExpect(content().string(containsString("Your scope")));
	}

	@Test
	void provinceListIsForOfficersOnly() throws Exception {
		mvc.perform(get("/backoffice/units").with(authentication(Officer.organisationRep())))
			.andExpect(status().isForbidden());
		mvc.perform(get("/backoffice/units"))
			.andExpect(status().is3xxRedirection());
	}

	@Test
	void backOfficeMenuShowsUnitsToOfficers() throws Exception {
		mvc.perform(get("/backoffice/units").with(authentication(Officer.provincialOfficerOf("06"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"/backoffice/units\"")));
	}

	@Test
	void lookupWithoutJavaScriptChecksTheCodeOnTheServer() throws Exception {
		mvc.perform(get("/backoffice/units/lookup").param("code", "061").param("date", "2022-12-31")
				.with(authentication(Officer.localOfficerOf("061"))))
			.andExpect(redirectedUrl("/backoffice/units/061?date=2022-12-31"));
		mvc.perform(get("/backoffice/units/lookup").param("code", "Ba Bể").param("date", "2022-12-31")
				.with(authentication(Officer.localOfficerOf("061"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Mã đơn vị hành chính &quot;Ba Bể&quot; không hợp lệ")))
			.andExpect(content().string(containsString("aria-invalid=\"true\"")));
		mvc.perform(get("/backoffice/units/lookup").param("code", "061").param("date", "2026-06-01")
				.with(authentication(Officer.localOfficerOf("061"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Không có đơn vị hành chính mã 061 có hiệu lực vào ngày đã chọn.")));
	}

	@Test
	void unitPageOnADateWhenTheUnitWasClosed() throws Exception {
		mvc.perform(get("/backoffice/units/061").param("date", "2026-06-01").with(authentication(Officer.localOfficerOf("061"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Đơn vị này không có hiệu lực vào ngày 01/06/2026")))
			.andExpect(content().string(not(containsString("Đơn vị trực thuộc ("))));
	}

}
