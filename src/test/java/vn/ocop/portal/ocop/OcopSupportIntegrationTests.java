package vn.ocop.portal.ocop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.MockMvc;

import vn.ocop.portal.audit.AuditTrail;
import vn.ocop.portal.identity.ScopedUser;
import vn.ocop.portal.importing.ImportJobView;
import vn.ocop.portal.importing.ImportProblem;
import vn.ocop.portal.importing.Imports;
import vn.ocop.portal.support.Officials;

/**
 * OCOP support records: the demo data gives the seed's 2022 figures of province 06 through the
 * reporting face, by the districts of 2022; officers record and change them within their scope
 * through the pages and the API (audited, checked, refused outside their unit); the import sheet is
 * all or nothing and names the row and column of a problem.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class OcopSupportIntegrationTests {

	private static final Authentication PROVINCE = Officials.provincialOfficer("Cán bộ tỉnh hỗ trợ", "06");

	private static final Authentication BA_BE = Officials.localOfficer("Cán bộ Ba Bể hỗ trợ", "061");

	private static final Authentication DONG_TAM = Officials.organisationRepresentative("Đại diện Đồng Tâm", "HTX-DEMO-0001");

	private static final List<String> DISTRICTS_2022 = List.of("058", "060", "061", "062", "063", "064", "065", "066");

	@Autowired
	MockMvc mvc;

	@Autowired
	OcopSupport support;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AuditTrail auditTrail;

	@Autowired
	Imports imports;

	@Test
	void theDemoDataGivesTheSeedFiguresOfProvince06In2022ByItsDistrictsOf2022() {
		List<String> units = new ArrayList<>(List.of("06"));
		units.addAll(DISTRICTS_2022);
		List<SupportCount> counts = support.counts(units, LocalDate.of(2022, 12, 31), 2022);

		Map<SupportKind, Long> province = of(counts, "06");
		assertThat(province).containsEntry(SupportKind.TRACEABILITY, 11L).containsEntry(SupportKind.VALUE_CHAIN, 11L)
			.containsEntry(SupportKind.QUALITY_SCALE, 10L).containsEntry(SupportKind.CONSOLIDATION, 25L)
			.containsEntry(SupportKind.NEW_SUBJECT, 28L);
		for (SupportKind kind : SupportKind.values()) {
			long sum = DISTRICTS_2022.stream().mapToLong(district -> of(counts, district).get(kind)).sum();
			assertThat(sum).as(kind.name()).isEqualTo(province.get(kind));
		}
		// other years have records too, and a year without any gives zeros, not nothing
		assertThat(of(support.counts(List.of("06"), LocalDate.of(2021, 12, 31), 2021), "06").get(SupportKind.TRACEABILITY)).isEqualTo(2L);
		assertThat(of(support.counts(List.of("06"), LocalDate.of(2019, 12, 31), 2019), "06").values()).containsOnly(0L);
	}

	@Test
	void aLocalOfficerRecordsSupportForTheirUnitsProductThroughThePageAndIsRefusedAnotherUnits() throws Exception {
		String baBeProduct = productIn("061", 0);
		String nganSonProduct = productIn("062", 0);

		mvc.perform(post(SupportController.PATH).with(csrf()).with(authentication(BA_BE))
				.param("kind", "TRACEABILITY").param("productCode", nganSonProduct).param("year", "2024"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("nằm ngoài địa bàn bạn được giao")));
		mvc.perform(post(SupportController.PATH).with(csrf()).with(authentication(BA_BE))
				.param("kind", "TRACEABILITY").param("productCode", baBeProduct).param("year", "2024")
				.param("supportedOn", "15/03/2023"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Ngày hỗ trợ phải thuộc năm 2024")));
		mvc.perform(post(SupportController.PATH).with(csrf()).with(authentication(BA_BE))
				.param("kind", "TRACEABILITY").param("productCode", baBeProduct).param("year", "2024")
				.param("supportedOn", "15/03/2024").param("programme", "Chương trình OCOP huyện Ba Bể")
				.param("fundingSource", "Ngân sách huyện"))
			.andExpect(status().is3xxRedirection());
		assertThat(jdbc.sql("SELECT count(*) FROM ocop_support_record WHERE created_by = :user").param("user", username(BA_BE))
			.query(Long.class).single()).isEqualTo(1);
		long id = jdbc.sql("SELECT id FROM ocop_support_record WHERE created_by = :user").param("user", username(BA_BE))
			.query(Long.class).single();

		mvc.perform(post(SupportController.PATH).with(csrf()).with(authentication(BA_BE))
				.param("kind", "TRACEABILITY").param("productCode", baBeProduct).param("year", "2024"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Đã có hồ sơ hỗ trợ loại này")));
		mvc.perform(get(SupportController.PATH).with(authentication(BA_BE)).param("year", "2024").param("kind", "TRACEABILITY"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(baBeProduct)))
			.andExpect(content().string(containsString("15/03/2024")))
			.andExpect(content().string(not(containsString(nganSonProduct))));

		mvc.perform(post(SupportController.PATH + "/" + id).with(csrf()).with(authentication(BA_BE))
				.param("year", "2024").param("supportedOn", "20/04/2024").param("programme", "Chương trình OCOP huyện Ba Bể")
				.param("fundingSource", "Ngân sách tỉnh"))
			.andExpect(status().is3xxRedirection());
		assertThat(auditTrail.forEntity("OcopSupportRecord", Long.toString(id), AuditTrail.firstPage()).getContent())
			.extracting(entry -> entry.action()).containsExactlyInAnyOrder("CREATED", "UPDATED");
		assertThat(auditTrail.forEntity("OcopSupportRecord", Long.toString(id), AuditTrail.firstPage()).getContent())
			.filteredOn(entry -> entry.action().equals("UPDATED")).singleElement()
			.satisfies(entry -> {
				assertThat(entry.actor()).isEqualTo(username(BA_BE));
				assertThat(entry.before()).contains("Ngân sách huyện");
				assertThat(entry.after()).contains("Ngân sách tỉnh").contains("2024-04-20");
			});

		long nganSonRecord = jdbc.sql("SELECT r.id FROM ocop_support_record r JOIN ocop_subject s ON s.id = r.subject_id"
				+ " WHERE '062' = ANY (s.area_codes) ORDER BY r.id LIMIT 1").query(Long.class).single();
		mvc.perform(get(SupportController.PATH + "/" + nganSonRecord + "/edit").with(authentication(BA_BE)))
			.andExpect(status().isForbidden());
		mvc.perform(get(SupportController.PATH + "/" + nganSonRecord + "/edit").with(authentication(PROVINCE)))
			.andExpect(status().isOk());
		mvc.perform(get(SupportController.PATH).with(authentication(DONG_TAM))).andExpect(status().isForbidden());
	}

	@Test
	void theApiCreatesListsAndChangesRecordsAndExplainsRefusalsInTheRequestsLanguage() throws Exception {
		long subject = jdbc.sql("SELECT s.id FROM ocop_subject s WHERE '063' = ANY (s.area_codes) ORDER BY s.id LIMIT 1")
			.query(Long.class).single();
		String body = """
				{"kind": "NEW_SUBJECT", "subjectId": %d, "year": 2025, "supportedOn": "2025-05-06",
				 "programme": "Chương trình OCOP tỉnh", "fundingSource": "Ngân sách tỉnh", "note": "Tập huấn xây dựng câu chuyện sản phẩm"}
				""".formatted(subject);
		String location = mvc.perform(post(SupportApiController.PATH).with(csrf()).with(authentication(PROVINCE))
				.contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.kind").value("NEW_SUBJECT"))
			.andExpect(jsonPath("$.subjectId").value(subject))
			.andReturn().getResponse().getHeader("Location");
		assertThat(location).startsWith(SupportApiController.PATH + "/");

		mvc.perform(get(SupportApiController.PATH).with(authentication(PROVINCE)).param("year", "2025").param("kind", "NEW_SUBJECT")
				.param("unit", "063"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.totalElements").value(1))
			.andExpect(jsonPath("$.content[0].note").value("Tập huấn xây dựng câu chuyện sản phẩm"));
		mvc.perform(get(SupportApiController.PATH).with(authentication(PROVINCE)).param("year", "2022").param("size", "10"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.totalElements").value(85))
			.andExpect(jsonPath("$.content.length()").value(10))
			.andExpect(jsonPath("$.totalPages").value(9));

		mvc.perform(put(location).with(csrf()).with(authentication(PROVINCE)).contentType(MediaType.APPLICATION_JSON)
				.content("{\"year\": 2025, \"supportedOn\": \"2024-05-06\"}").header("Accept-Language", "en").param("lang", "en"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("supportedOn"))
			.andExpect(jsonPath("$.errors[0].message").value("The date of support must lie in 2025."));
		mvc.perform(put(location).with(csrf()).with(authentication(PROVINCE)).contentType(MediaType.APPLICATION_JSON)
				.content("{\"year\": 2025, \"supportedOn\": \"2025-06-07\", \"fundingSource\": \"Ngân sách trung ương\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.supportedOn").value("2025-06-07"))
			.andExpect(jsonPath("$.fundingSource").value("Ngân sách trung ương"))
			.andExpect(jsonPath("$.programme").isEmpty());
		mvc.perform(post(SupportApiController.PATH).with(csrf()).with(authentication(PROVINCE))
				.contentType(MediaType.APPLICATION_JSON).content("{\"kind\": \"VALUE_CHAIN\", \"year\": 2025}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].message").value("Loại hỗ trợ này cần mã sản phẩm."));
		mvc.perform(get(location).with(authentication(BA_BE))).andExpect(status().isForbidden());
		mvc.perform(get(location).with(authentication(DONG_TAM))).andExpect(status().isForbidden());
		mvc.perform(get(location)).andExpect(status().isUnauthorized());
		mvc.perform(get("/v3/api-docs")).andExpect(content().string(containsString("/api/v1/ocop/support")));
	}

	@Test
	void theImportSheetStoresAllRowsOnceOrNoneAndNamesTheRowOfABadOne(@TempDir Path directory) throws Exception {
		ScopedUser officer = (ScopedUser) Officials.localOfficer("Cán bộ Ba Bể nhập tệp", "061").getPrincipal();
		String product = productIn("061", 1);
		String otherProduct = productIn("061", 2);
		String organisation = jdbc.sql("SELECT s.organisation_id FROM ocop_subject s WHERE '061' = ANY (s.area_codes)"
				+ " AND s.organisation_id IS NOT NULL ORDER BY s.id LIMIT 1").query(String.class).single();
		String nganSonProduct = productIn("062", 1);

		Path bad = directory.resolve("ho-tro-ocop.csv");
		Files.writeString(bad, """
				loai-ho-tro,ma-san-pham,chu-the,nam,ngay,chuong-trinh,nguon-kinh-phi,ghi-chu
				chuoi-gia-tri,%s,,2023,12/05/2023,Dự án liên kết chuỗi,Ngân sách tỉnh,
				ho-tro-khac,%s,,2023,,,,
				chat-luong-quy-mo,%s,,2023,,,,
				""".formatted(product, otherProduct, nganSonProduct), StandardCharsets.UTF_8);
		ImportJobView refused = imports.importNow(bad, null, officer);
		assertThat(refused.succeeded()).isFalse();
		List<ImportProblem> problems = new ArrayList<>();
		imports.eachProblem(refused, problems::add);
		assertThat(problems).extracting(ImportProblem::row, ImportProblem::column, ImportProblem::messageKey)
			.containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(3, "loai-ho-tro", "ocop.support.import.problem.kind"),
					org.assertj.core.groups.Tuple.tuple(4, "ma-san-pham", "ocop.support.problem.scope"));
		assertThat(jdbc.sql("SELECT count(*) FROM ocop_support_record WHERE created_by = :user")
			.param("user", officer.username()).query(Long.class).single()).isZero();

		Path good = directory.resolve("ocop-support.csv");
		Files.writeString(good, """
				kind,product-code,subject,year,date,programme,funding-source,note
				chuoi-gia-tri,%s,,2023,12/05/2023,Dự án liên kết chuỗi,Ngân sách tỉnh,
				cung-co,,%s,2023,,,,Củng cố tổ chức sản xuất
				""".formatted(product, organisation), StandardCharsets.UTF_8);
		ImportJobView first = imports.importNow(good, null, officer);
		assertThat(first.succeeded()).isTrue();
		assertThat(first.totals().created()).isEqualTo(2);
		ImportJobView again = imports.importNow(good, null, officer);
		assertThat(again.succeeded()).isTrue();
		assertThat(again.totals().unchanged()).isEqualTo(2);
		assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE entity_type = 'OcopSupportRecord' AND actor = :user")
			.param("user", officer.username()).query(Long.class).single()).isEqualTo(2);
	}

	private static Map<SupportKind, Long> of(List<SupportCount> counts, String unit) {
		return counts.stream().filter(count -> count.unitCode().equals(unit))
			.collect(Collectors.toMap(SupportCount::kind, SupportCount::count));
	}

	/** A demo product of a district without support records yet, by position. */
	private String productIn(String district, int index) {
		return jdbc.sql("SELECT p.code FROM ocop_product p JOIN ocop_subject s ON s.id = p.subject_id WHERE :unit = ANY (s.area_codes)"
				+ " AND p.status = 'REGISTERED' AND NOT EXISTS (SELECT 1 FROM ocop_support_record r WHERE r.product_id = p.id)"
				+ " ORDER BY p.code DESC OFFSET :index LIMIT 1")
			.param("unit", district).param("index", index).query(String.class).single();
	}

	private static String username(Authentication authentication) {
		return ((ScopedUser) authentication.getPrincipal()).username();
	}

}
