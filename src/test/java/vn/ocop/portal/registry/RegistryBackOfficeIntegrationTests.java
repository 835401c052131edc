package vn.ocop.portal.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.ocop.portal.registry.RegistryTestData.PROVINCIAL_OFFICER;
import static vn.ocop.portal.registry.RegistryTestData.as;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.ocop.portal.audit.AuditTrail;
import vn.ocop.portal.support.Officials;

/** The registry's back-office pages with real principals, real units and the real database. */
@RegistryIntegrationTest
class RegistryBackOfficeIntegrationTests {

	private static final Authentication BA_BE = Officials.localOfficer("Cán bộ Ba Bể", "061");

	private static final Authentication NGAN_SON = Officials.localOfficer("Cán bộ Ngân Sơn", "062");

	@Autowired
	MockMvc mvc;

	@Autowired
	RegistryManagement management;

	@Autowired
	Organisations organisations;

	@Autowired
	AuditTrail auditTrail;

	@Test
	void aLocalOfficerOpensTheirUnitsOrganisationsAndIsRefusedOthers() throws Exception {
		OrganisationId baBe = register("Hợp tác xã Cao Thượng", "01900");
		OrganisationId nganSon = register("Hợp tác xã Thượng Ân", "01939");

		mvc.perform(get("/backoffice/registry/" + baBe.value()).with(authentication(BA_BE)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Hợp tác xã Cao Thượng")))
			.andExpect(content().string(containsString("Xã Cao Thượng, Tỉnh Bắc Kạn")));
		mvc.perform(get("/backoffice/registry/" + nganSon.value()).with(authentication(BA_BE)))
			.andExpect(status().isForbidden());
		mvc.perform(get("/backoffice/registry/" + nganSon.value() + "/edit").with(authentication(BA_BE)))
			.andExpect(status().isForbidden());
		mvc.perform(post("/backoffice/registry/" + nganSon.value() + "/suspend").with(csrf()).with(authentication(BA_BE))
				.param("date", "01/01/2025").param("reason", "Thử"))
			.andExpect(status().isForbidden());
		mvc.perform(get("/backoffice/registry").param("q", "Thượng Ân").with(authentication(BA_BE)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString(nganSon.value()))));
	}

	@Test
	void otherRolesAreRefusedAndCitizensSentToTheLoginPage() throws Exception {
		OrganisationId id = register("Hợp tác xã Địa Linh", "01915");

		mvc.perform(get("/backoffice/registry").with(authentication(Officials.editor("Biên tập viên"))))
			.andExpect(status().isForbidden());
		mvc.perform(get("/backoffice/registry/" + id.value()).with(authentication(Officials.editor("Biên tập viên"))))
			.andExpect(status().isForbidden());
		mvc.perform(get("/backoffice/registry/new").with(authentication(Officials.organisationRepresentative("Đại diện", id.value()))))
			.andExpect(status().isForbidden());
		mvc.perform(get("/backoffice/registry")).andExpect(status().is3xxRedirection());
	}

	@Test
	void aRepresentativeSeesTheirOrganisationAndSubmitsItsUpdateWhichAnOfficerReturnsAndAccepts() throws Exception {
		OrganisationId id = register("Hợp tác xã Yến Dương", "01918");
		Authentication representative = Officials.organisationRepresentative("Đại diện Yến Dương", id.value());
		OrganisationId other = register("Hợp tác xã Chu Hương", "01921");

		mvc.perform(get("/backoffice/registry").with(authentication(representative)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Hợp tác xã Yến Dương")))
			.andExpect(content().string(not(containsString("Hợp tác xã Chu Hương"))));
		mvc.perform(get("/backoffice/registry/" + other.value()).with(authentication(representative)))
			.andExpect(status().isForbidden());
		mvc.perform(get("/backoffice/registry/" + id.value() + "/edit").with(authentication(representative)))
			.andExpect(status().isForbidden());

		mvc.perform(update(id, 2025, representative, "9"))
			.andExpect(redirectedUrl("/backoffice/registry/" + id.value() + "/updates/2025"));
		assertThat(as(PROVINCIAL_OFFICER, () -> organisations.annualUpdate(id, 2025)).orElseThrow().status())
			.isEqualTo(AnnualUpdateStatus.SUBMITTED);

		mvc.perform(post("/backoffice/registry/" + id.value() + "/updates/2025/return").with(csrf()).with(authentication(BA_BE))
				.param("reason", "Bổ sung số lao động"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/backoffice/registry/" + id.value() + "/updates/2025").with(authentication(representative)))
			.andExpect(content().string(containsString("Bổ sung số lao động")))
			.andExpect(content().string(containsString("Trả lại để bổ sung")));
		mvc.perform(update(id, 2025, representative, "10")).andExpect(status().is3xxRedirection());
		mvc.perform(post("/backoffice/registry/" + id.value() + "/updates/2025/accept").with(csrf()).with(authentication(BA_BE)))
			.andExpect(status().is3xxRedirection());

		assertThat(as(PROVINCIAL_OFFICER, () -> organisations.annualUpdate(id, 2025)).orElseThrow())
			.satisfies(update -> assertThat(update.status()).isEqualTo(AnnualUpdateStatus.ACCEPTED))
			.satisfies(update -> assertThat(update.figures().officialMembers()).isEqualTo(10))
			.satisfies(update -> assertThat(update.reviewedBy()).isEqualTo(Officials.Official.class.cast(BA_BE.getPrincipal()).username()));
		assertThat(auditTrail.forEntity("AnnualUpdate", id.value() + "/2025", AuditTrail.firstPage()).getContent())
			.extracting(entry -> entry.action()).containsExactly("ACCEPTED", "SUBMITTED", "RETURNED", "SUBMITTED");
		mvc.perform(update(id, 2025, representative, "11")).andExpect(status().isOk())
			.andExpect(content().string(containsString("Báo cáo đã được tiếp nhận")));
	}

	@Test
	void theCreationFormExplainsEveryProblemInVietnameseAndInEnglish() throws Exception {
		mvc.perform(post("/backoffice/registry/new").with(csrf()).with(authentication(PROVINCIAL_OFFICER))
				.param("kind", "HTX").param("name", "").param("registrationDate", "31/02/2024").param("taxCode", "12345")
				.param("registrationAuthority", "x".repeat(256)).param("unitCode", "01888").param("sector", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Chưa lưu được: vui lòng sửa các mục sau.")))
			.andExpect(content().string(containsString("Tên tổ chức: vui lòng nhập thông tin này.")))
			.andExpect(content().string(containsString("Ngày đăng ký: ngày &quot;31/02/2024&quot; không hợp lệ")))
			.andExpect(content().string(containsString("Cơ quan đăng ký: tối đa 255 ký tự.")))
			.andExpect(content().string(containsString("Mã số thuế: mã số thuế gồm 10 chữ số")))
			.andExpect(content().string(containsString("Lĩnh vực hoạt động: vui lòng chọn một giá trị.")));
		mvc.perform(post("/backoffice/registry/new").param("lang", "en").with(csrf()).with(authentication(PROVINCIAL_OFFICER))
				.param("kind", "HTX").param("name", "Hợp tác xã Thử").param("registrationDate", "01/03/2024")
				.param("registrationAuthority", "UBND").param("unitCode", "01888").param("sector", "AGRICULTURE"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Not saved yet: please correct the following.")))
			.andExpect(content().string(containsString("Registration number: cooperatives and unions of cooperatives need a registration number.")));
		mvc.perform(post("/backoffice/registry/new").with(csrf()).with(authentication(PROVINCIAL_OFFICER))
				.param("kind", "THT").param("name", "Tổ hợp tác Thử").param("registrationDate", "01/03/2026")
				.param("registrationAuthority", "UBND").param("unitCode", "01888").param("sector", "AGRICULTURE"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("không có đơn vị hành chính mã 01888 có hiệu lực vào ngày đăng ký")));
	}

	@Test
	void anOfficerRegistersAnOrganisationThroughTheForm() throws Exception {
		String name = "Tổ hợp tác Mỹ Phương " + RegistryTestData.unique();
		String location = mvc.perform(post("/backoffice/registry/new").with(csrf()).with(authentication(BA_BE))
				.param("kind", "THT").param("name", name).param("registrationDate", "15/03/2024")
				.param("registrationAuthority", "UBND xã Mỹ Phương").param("unitCode", "01927").param("sector", "AGRICULTURE")
				.param("phone", "0209 3777 000"))
			.andExpect(redirectedUrlPattern("/backoffice/registry/THT-*"))
			.andReturn().getResponse().getRedirectedUrl();

		mvc.perform(get(location).with(authentication(BA_BE)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(name)))
			.andExpect(content().string(containsString("Đang hoạt động")))
			.andExpect(content().string(containsString("Tạo mới")));
		mvc.perform(post("/backoffice/registry/new").with(csrf()).with(authentication(BA_BE))
				.param("kind", "THT").param("name", "Tổ hợp tác ngoài phạm vi").param("registrationDate", "15/03/2024")
				.param("registrationAuthority", "UBND").param("unitCode", "01939").param("sector", "AGRICULTURE"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("nằm ngoài phạm vi dữ liệu của bạn")));
	}

	@Test
	void suspensionResumptionAndDissolutionThroughTheirForms() throws Exception {
		OrganisationId id = register("Hợp tác xã Hoàng Trĩ", "01930");
		String page = "/backoffice/registry/" + id.value();

		mvc.perform(post(page + "/suspend").with(csrf()).with(authentication(BA_BE)).param("date", "01/02/2024").param("reason", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Lý do: vui lòng nhập thông tin này.")));
		mvc.perform(post(page + "/suspend").with(csrf()).with(authentication(BA_BE)).param("date", "01/02/2022").param("reason", "Lũ"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("ngày không được trước ngày đăng ký (01/01/2024)")));
		mvc.perform(post(page + "/suspend").with(csrf()).with(authentication(BA_BE)).param("date", "01/02/2024").param("reason", "Lũ quét"))
			.andExpect(redirectedUrl(page));
		mvc.perform(post(page + "/resume").with(csrf()).with(authentication(BA_BE)).param("date", "01/08/2024"))
			.andExpect(redirectedUrl(page));
		mvc.perform(post(page + "/dissolve").with(csrf()).with(authentication(BA_BE)).param("date", "01/03/2025")
				.param("decisionNumber", "45/QĐ-UBND").param("decisionDate", "20/02/2025").param("dissolutionKind", "COMPULSORY"))
			.andExpect(redirectedUrl(page));

		mvc.perform(get(page).with(authentication(BA_BE)))
			.andExpect(content().string(containsString("Đã giải thể")))
			.andExpect(content().string(containsString("Lũ quét")))
			.andExpect(content().string(containsString("Quyết định 45/QĐ-UBND ngày 20/02/2025, Giải thể bắt buộc")));
		mvc.perform(post(page + "/resume").with(csrf()).with(authentication(BA_BE)).param("date", "01/04/2025"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Tổ chức đã giải thể: không thay đổi được nữa.")));
	}

	@Test
	void aUnionTakesMemberCooperativesThroughItsPage() throws Exception {
		OrganisationId union = as(PROVINCIAL_OFFICER, () -> management.register(OrganisationKind.LHHTX,
				RegistryTestData.cooperative("Liên hiệp hợp tác xã Ba Bể " + RegistryTestData.unique(), "061", LocalDate.of(2024, 1, 1))));
		OrganisationId member = register("Hợp tác xã Quảng Khê", "01924");
		OrganisationId group = as(PROVINCIAL_OFFICER, () -> management.register(OrganisationKind.THT,
				RegistryTestData.group("Tổ hợp tác Quảng Khê " + RegistryTestData.unique(), "01924", LocalDate.of(2024, 1, 1))));
		String page = "/backoffice/registry/" + union.value();

		mvc.perform(post(page + "/members").with(csrf()).with(authentication(BA_BE)).param("memberId", group.value()).param("date", "01/06/2024"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("thành viên của liên hiệp phải là hợp tác xã")));
		mvc.perform(post(page + "/members").with(csrf()).with(authentication(BA_BE)).param("memberId", member.value()).param("date", "01/06/2024"))
			.andExpect(redirectedUrl(page + "#members"));
		mvc.perform(post(page + "/members").with(csrf()).with(authentication(BA_BE)).param("memberId", member.value()).param("date", "01/07/2024"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("đã là thành viên của liên hiệp từ ngày 01/06/2024")));
		mvc.perform(get(page).with(authentication(BA_BE)))
			.andExpect(content().string(containsString(member.value())))
			.andExpect(content().string(containsString("Đang là thành viên")));
		mvc.perform(get("/backoffice/registry/" + member.value()).with(authentication(BA_BE)))
			.andExpect(content().string(containsString(union.value())));
	}

	@Test
	void theListOffersFiltersAndTheMenuShowsTheRegistry() throws Exception {
		OrganisationId id = register("Hợp tác xã Đồng Phúc", "01933");

		mvc.perform(get("/backoffice/registry").with(authentication(PROVINCIAL_OFFICER))
				.param("q", "hop tac xa dong phuc").param("kind", "HTX").param("unit", "061").param("date", "31/12/2024"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(id.value())))
			.andExpect(content().string(containsString("tổ chức thuộc Huyện Ba Bể (ngày 31/12/2024)")))
			.andExpect(content().string(containsString("href=\"/backoffice/registry\"")));
		mvc.perform(get("/backoffice/registry").with(authentication(PROVINCIAL_OFFICER)).param("date", "32/12/2024").param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The date shown is not valid")));
	}

	private OrganisationId register(String name, String commune) {
		return as(PROVINCIAL_OFFICER, () -> management.register(OrganisationKind.HTX,
				RegistryTestData.cooperative(name + " " + RegistryTestData.unique(), commune, LocalDate.of(2024, 1, 1))));
	}

	private static MockHttpServletRequestBuilder update(OrganisationId id, int year, Authentication who, String officialMembers) {
		return post("/backoffice/registry/" + id.value() + "/updates/" + year).with(csrf()).with(authentication(who))
			.param("officialMembers", officialMembers).param("capitalAssociates", "2").param("nonCapitalAssociates", "0")
			.param("memberCooperatives", "0").param("workers", "14").param("charterCapital", "1.200.000.000")
			.param("totalAssets", "2.500.000.000").param("revenue", "3.100.000.000").param("profit", "-20.000.000")
			.param("averageIncome", "62.000.000").param("classificationScore", "");
	}

}
