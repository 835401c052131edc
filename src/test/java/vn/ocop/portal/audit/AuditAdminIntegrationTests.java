package vn.ocop.portal.audit;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.request.RequestContextHolder;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The administrator's audit pages over HTTP (MockMvc) with the real database and security. */
@SpringBootTest
@AutoConfigureMockMvc
class AuditAdminIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Auditor auditor;

	@Autowired
	JdbcClient jdbc;

	String batch;

	@BeforeEach
	void newBatch() {
		batch = UUID.randomUUID().toString().substring(0, 8);
		RequestContextHolder.resetRequestAttributes();
	}

	@Test
	@WithMockUser(username = "admin.tinh", roles = "ADMIN")
	void listsRecordedEntriesAndFiltersByEntityId() throws Exception {
		String first = "HTX-A-" + batch;
		String second = "HTX-B-" + batch;
		auditor.record(AuditRecord.created("registry", "Cooperative", first, Map.of("name", "HTX Ba Bể")));
		auditor.record(AuditRecord.created("registry", "Cooperative", second, Map.of("name", "HTX Chợ Đồn")));

		mvc.perform(get("/admin/audit").param("text", batch))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(first)))
			.andExpect(content().string(containsString(second)))
			.andExpect(content().string(containsString("Nhật ký thay đổi dữ liệu")))
			.andExpect(content().string(containsString("href=\"/admin/audit\"")));

		mvc.perform(get("/admin/audit").param("entityId", first))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(first)))
			.andExpect(content().string(not(containsString(second))))
			.andExpect(content().string(containsString("Tìm thấy 1 mục.")))
			.andExpect(content().string(containsString("value=\"" + first + "\"")));
	}

	@Test
	@WithMockUser(username = "admin.tinh", roles = "ADMIN")
	void paginationLinksKeepTheFilter() throws Exception {
		String id = "HTX-P-" + batch;
		for (int i = 0; i <= AuditTrail.DEFAULT_PAGE_SIZE; i++) {
			auditor.record(AuditRecord.updated("registry", "Cooperative", id, Map.of("members", i), Map.of("members", i + 1)));
		}

		mvc.perform(get("/admin/audit").param("entityId", id).param("module", "registry"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Trang 1 trên 2")))
			.andExpect(content().string(containsString("href=\"/admin/audit?module=registry&amp;entityId=" + id + "&amp;page=1\"")));
		mvc.perform(get("/admin/audit").param("entityId", id).param("page", "1"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Trang 2 trên 2")));
		mvc.perform(get("/admin/audit").param("entityId", id).param("page", "hai"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Trang 1 trên 2")));
	}

	@Test
	@WithMockUser(username = "admin.tinh", roles = "ADMIN")
	void showsBeforeAndAfterSideBySideMarkingChangedFieldsAndEscapingValues() throws Exception {
		String id = "HTX-D-" + batch;
		auditor.record(AuditRecord.updated("registry", "Cooperative", id,
				Map.of("name", "HTX Ba Bể", "members", 12),
				Map.of("name", "HTX Ba Bể", "members", 15, "note", "<script>alert('x')</script>")));
		long entryId = jdbc.sql("SELECT id FROM audit_entry WHERE entity_id = :id").param("id", id).query(Long.class).single();

		mvc.perform(get("/admin/audit/{id}", entryId))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Mục nhật ký số " + entryId)))
			.andExpect(content().string(containsString("<mark>members</mark>")))
			.andExpect(content().string(containsString("<mark>note</mark>")))
			.andExpect(content().string(not(containsString("<mark>name</mark>"))))
			.andExpect(content().string(containsString("Đã thay đổi")))
			.andExpect(content().string(containsString("&lt;script&gt;")))
			.andExpect(content().string(not(containsString("<script>alert"))));
	}

	@Test
	@WithMockUser(username = "admin.tinh", roles = "ADMIN")
	void aMissingEntryIsNotFound() throws Exception {
		mvc.perform(get("/admin/audit/{id}", Long.MAX_VALUE)).andExpect(status().isNotFound());
	}

	@Test
	@WithMockUser(username = "admin.tinh", roles = "ADMIN")
	void aMalformedDateGetsAMessageNamingTheFieldNotAnError() throws Exception {
		mvc.perform(get("/admin/audit").param("from", "31/02/2024").param("to", "hôm qua"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Từ ngày: &quot;31/02/2024&quot; không phải là ngày hợp lệ")))
			.andExpect(content().string(containsString("Đến ngày: &quot;hôm qua&quot; không phải là ngày hợp lệ")))
			.andExpect(content().string(containsString("aria-invalid=\"true\"")))
			.andExpect(content().string(not(containsString("Tìm thấy"))));

		mvc.perform(get("/admin/audit").param("from", "2024-02-01").param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("From date: &quot;2024-02-01&quot; is not a valid date")));
	}

	@Test
	@WithMockUser(username = "admin.tinh", roles = "ADMIN")
	void aFromDateAfterTheToDateIsRefused() throws Exception {
		mvc.perform(get("/admin/audit").param("from", "02/03/2024").param("to", "01/03/2024"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Đến ngày: phải trùng hoặc sau Từ ngày.")));
	}

	@Test
	@WithMockUser(username = "can.bo", roles = "PROVINCIAL_OFFICER")
	void otherRolesAreForbidden() throws Exception {
		mvc.perform(get("/admin/audit")).andExpect(status().isForbidden());
		mvc.perform(get("/admin/audit/1")).andExpect(status().isForbidden());
	}

	@Test
	@WithAnonymousUser
	void anonymousVisitorsAreSentToTheLoginPage() throws Exception {
		mvc.perform(get("/admin/audit")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
	}

}
