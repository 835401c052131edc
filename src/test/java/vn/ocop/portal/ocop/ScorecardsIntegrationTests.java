package vn.ocop.portal.ocop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.MockMvc;

import vn.ocop.portal.audit.AuditTrail;
import vn.ocop.portal.identity.DataScope;
import vn.ocop.portal.identity.Role;
import vn.ocop.portal.support.Officials;

/** The criteria loaded at startup, the back-office pages by role, and import/export, on the real database. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class ScorecardsIntegrationTests {

	private static final Authentication ADMIN = Officials.provincialAdministrator("Quản trị tỉnh", "06");

	private static final Authentication OFFICER = Officials.provincialOfficer("Cán bộ tỉnh", "06");

	private static final Authentication COUNCIL = Officials.signedIn("Thành viên hội đồng", Role.COUNCIL_MEMBER,
			DataScope.council("HD-OCOP-06-2022"));

	private static final Authentication LOCAL = Officials.localOfficer("Cán bộ Ba Bể", "061");

	@Autowired
	MockMvc mvc;

	@Autowired
	Scorecards scorecards;

	@Autowired
	AuditTrail auditTrail;

	@Test
	void the26ScorecardsOf26_2026AreLoadedAndEachAddsUpTo100() {
		Instrument current = scorecards.instrumentOn(LocalDate.of(2026, 11, 28)).orElseThrow();
		assertThat(current.code()).isEqualTo("26/2026");
		assertThat(current.groups()).hasSize(6);
		assertThat(current.productSets()).hasSize(26);
		List<ScorecardSummary> rows = scorecards.list("26/2026", null, 0).getContent();
		assertThat(rows).hasSize(26).allSatisfy(row -> {
			assertThat(row.maxPoints()).isEqualByComparingTo("100");
			assertThat(row.complete()).isTrue();
			assertThat(row.unverified()).isFalse();
		});
		Scorecard honey = scorecards.current("26/2026", "TP-04").orElseThrow();
		assertThat(honey.partMaxima()).containsExactly(Map.entry("A", new BigDecimal("40")),
				Map.entry("B", new BigDecimal("25")), Map.entry("C", new BigDecimal("35")));
	}

	@Test
	void the148ScorecardsAreLoadedUnverifiedAndTheFourThatDoNotAddUpAreFlaggedByComputation() {
		assertThat(scorecards.instrumentOn(LocalDate.of(2024, 6, 1))).get().extracting(Instrument::code).isEqualTo("148/2023");
		List<ScorecardSummary> rows = scorecards.list("148/2023", null, 0).getContent();
		assertThat(rows).hasSize(26).allSatisfy(row -> assertThat(row.unverified()).isTrue());
		assertThat(rows).filteredOn(row -> !row.complete())
			.extracting(ScorecardSummary::productSetCode, row -> row.maxPoints().intValue())
			.containsExactly(org.assertj.core.groups.Tuple.tuple("TP-07", 99), org.assertj.core.groups.Tuple.tuple("TP-11", 97),
					org.assertj.core.groups.Tuple.tuple("TP-12", 97), org.assertj.core.groups.Tuple.tuple("TP-13", 98));
		Scorecard tea = scorecards.current("148/2023", "TP-11").orElseThrow();
		assertThat(tea.shortfalls()).singleElement().satisfies(shortfall -> {
			assertThat(shortfall.partCode()).isEqualTo("C");
			assertThat(shortfall.computed()).isEqualByComparingTo("32");
		});
	}

	@Test
	void the1048StructureIsKeptForHistoryWithItsOwnPartsAndNoScorecards() {
		Instrument old = scorecards.instrumentOn(LocalDate.of(2022, 6, 1)).orElseThrow();
		assertThat(old.code()).isEqualTo("1048/2019");
		assertThat(old.parts()).extracting(part -> part.maxPoints().intValue()).containsExactly(35, 25, 40);
		assertThat(old.groups()).hasSize(6);
		assertThat(scorecards.list("1048/2019", null, 0).getTotalElements()).isZero();
	}

	@Test
	void aStoredScorecardScoresASheetWithItsInstrumentsBands() {
		Scorecard fresh = scorecards.current("26/2026", "TP-01").orElseThrow();
		ScoreResult result = scorecards.score(fresh.id(), RealScorecards.best(fresh.definition()));
		assertThat(result.star()).isEqualTo(5);
	}

	@Test
	void aJsonExportImportsBackUnchangedAndAChangedScorecardBecomesANewVersion() throws Exception {
		String code = "T" + UUID.randomUUID().toString().substring(0, 8);
		ScorecardSet test = testInstrument(code);
		mvc.perform(multipart("/backoffice/ocop/scorecards/import").file(json(test)).with(csrf()).with(authentication(ADMIN)))
			.andExpect(status().is3xxRedirection());
		Scorecard first = scorecards.current(code, "TP-01").orElseThrow();
		assertThat(first.version()).isEqualTo(1);

		byte[] exported = mvc.perform(get("/backoffice/ocop/scorecards/export.json").param("instrument", code)
				.with(authentication(ADMIN)))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray();
		ScorecardSet roundTrip = ScorecardJson.read(new ByteArrayInputStream(exported)).set();
		assertThat(roundTrip.instrument()).isEqualTo(test.instrument());
		assertThat(roundTrip.scorecards()).isEqualTo(test.scorecards());
		mvc.perform(multipart("/backoffice/ocop/scorecards/import")
				.file(new MockMultipartFile("file", "export.json", "application/json", exported))
				.with(csrf()).with(authentication(ADMIN)))
			.andExpect(status().is3xxRedirection());
		assertThat(scorecards.versions(code, "TP-01")).hasSize(1);

		ScorecardDefinition card = test.scorecards().get(0);
		ScorecardDefinition renamed = new ScorecardDefinition(card.productSetCode(), card.title() + " (sửa)", card.source(),
				card.unverified(), card.parts(), card.gates(), card.minimums());
		mvc.perform(multipart("/backoffice/ocop/scorecards/import")
				.file(json(new ScorecardSet(test.instrument(), List.of(renamed))))
				.with(csrf()).with(authentication(ADMIN)))
			.andExpect(status().is3xxRedirection());
		assertThat(scorecards.versions(code, "TP-01")).extracting(ScorecardSummary::version).containsExactly(2, 1);
		assertThat(scorecards.scorecard(first.id()).orElseThrow().definition()).isEqualTo(card);
		assertThat(auditTrail.forEntity("OcopScorecard", code + "/TP-01", AuditTrail.firstPage()).getContent())
			.extracting(entry -> entry.action())
			.containsExactly("NEW_VERSION", "CREATED");
	}

	@Test
	void anXlsxExportImportsBackUnchanged() throws Exception {
		String code = "X" + UUID.randomUUID().toString().substring(0, 8);
		mvc.perform(multipart("/backoffice/ocop/scorecards/import").file(json(testInstrument(code))).with(csrf())
				.with(authentication(ADMIN)))
			.andExpect(status().is3xxRedirection());
		byte[] xlsx = mvc.perform(get("/backoffice/ocop/scorecards/export.xlsx").param("instrument", code)
				.with(authentication(ADMIN)))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray();
		ScorecardWorkbook.Read read = ScorecardWorkbook.read(new ByteArrayInputStream(xlsx));
		assertThat(read.problems()).isEmpty();
		assertThat(read.set().scorecards()).isEqualTo(testInstrument(code).scorecards());
		mvc.perform(multipart("/backoffice/ocop/scorecards/import")
				.file(new MockMultipartFile("file", "export.xlsx", "application/octet-stream", xlsx))
				.with(csrf()).with(authentication(ADMIN)))
			.andExpect(status().is3xxRedirection());
		assertThat(scorecards.versions(code, "TP-01")).hasSize(1);
	}

	@Test
	void aBadWorkbookIsRefusedWithItsRowsInVietnameseAndEnglishAndNothingIsStored() throws Exception {
		String code = "B" + UUID.randomUUID().toString().substring(0, 8);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ScorecardWorkbook.write(testInstrument(code), out);
		Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
		workbook.getSheet("criteria").getRow(3).getCell(10).setCellValue("ba");
		String criterion = workbook.getSheet("minimums").getRow(1).getCell(1).getStringCellValue();
		workbook.getSheet("minimums").getRow(1).getCell(2).setCellValue(criterion + ".9");
		ByteArrayOutputStream broken = new ByteArrayOutputStream();
		workbook.write(broken);
		MockMultipartFile file = new MockMultipartFile("file", "bad.xlsx", "application/octet-stream", broken.toByteArray());

		mvc.perform(multipart("/backoffice/ocop/scorecards/import").file(file).with(csrf()).with(authentication(ADMIN)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("không có dữ liệu nào được lưu")))
			.andExpect(content().string(containsString("Trang criteria, dòng 4")))
			.andExpect(content().string(containsString("Cột points: &quot;ba&quot; không phải là số hợp lệ.")));
		workbook.getSheet("criteria").getRow(3).getCell(10).setCellValue(1);
		broken.reset();
		workbook.write(broken);
		mvc.perform(multipart("/backoffice/ocop/scorecards/import")
				.file(new MockMultipartFile("file", "bad.xlsx", "application/octet-stream", broken.toByteArray()))
				.param("lang", "en").with(csrf()).with(authentication(ADMIN)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Sheet minimums, row 2")))
			.andExpect(content().string(containsString("Minimum option &quot;" + criterion + ".9&quot; is not an option of criterion " + criterion + ".")));
		assertThat(scorecards.instrument(code)).isEmpty();
	}

	@Test
	void administratorsOfficersAndCouncilMembersReadTheScorecardsOnlyAdministratorsImport() throws Exception {
		long tea = scorecards.current("148/2023", "TP-11").orElseThrow().id();
		for (Authentication reader : List.of(ADMIN, OFFICER, COUNCIL)) {
			mvc.perform(get("/backoffice/ocop/scorecards").param("instrument", "148/2023").with(authentication(reader)))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Chưa đủ 100 điểm (tính được 97)")))
				.andExpect(content().string(containsString("augustine-tran/ocop")));
			mvc.perform(get("/backoffice/ocop/scorecards/" + tea).with(authentication(reader)))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("bản chép không chính thức")))
				.andExpect(content().string(containsString("Phần C: 32 điểm thay vì 35")));
		}
		mvc.perform(get("/backoffice/ocop/scorecards/import").with(authentication(ADMIN))).andExpect(status().isOk());
		for (Authentication notAdmin : List.of(OFFICER, COUNCIL)) {
			mvc.perform(get("/backoffice/ocop/scorecards/import").with(authentication(notAdmin))).andExpect(status().isForbidden());
			mvc.perform(get("/backoffice/ocop/scorecards/export.json").param("instrument", "26/2026").with(authentication(notAdmin)))
				.andExpect(status().isForbidden());
			mvc.perform(multipart("/backoffice/ocop/scorecards/import").file(json(testInstrument("Z1"))).with(csrf())
					.with(authentication(notAdmin)))
				.andExpect(status().isForbidden());
			mvc.perform(get("/backoffice/ocop/scorecards").with(authentication(notAdmin)))
				.andExpect(content().string(not(containsString("/backoffice/ocop/scorecards/import"))));
		}
		for (Authentication other : List.of(LOCAL, Officials.editor("Biên tập viên"))) {
			mvc.perform(get("/backoffice/ocop/scorecards").with(authentication(other))).andExpect(status().isForbidden());
			mvc.perform(get("/backoffice/ocop/scorecards/" + tea).with(authentication(other))).andExpect(status().isForbidden());
		}
		mvc.perform(get("/backoffice/ocop/scorecards")).andExpect(status().is3xxRedirection());
	}

	@Test
	void theTreeShowsPointsMinimumsGatesAndAlternativeCases() throws Exception {
		long tourism = scorecards.current("26/2026", "DV-01").orElseThrow().id();
		mvc.perform(get("/backoffice/ocop/scorecards/" + tourism).with(authentication(OFFICER)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Mục này có hai trường hợp; chỉ chấm điểm một trường hợp.")))
			.andExpect(content().string(containsString("Trường hợp 1")));
		long fresh = scorecards.current("26/2026", "TP-01").orElseThrow().id();
		mvc.perform(get("/backoffice/ocop/scorecards/" + fresh).param("lang", "en").with(authentication(OFFICER)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Dossier rejected")))
			.andExpect(content().string(containsString("Part A: Sản phẩm và sức mạnh cộng đồng (40 points)")))
			.andExpect(content().string(containsString("4 stars")));
	}

	/** A small instrument with the real TP-01 scorecard of 26/2026 under a unique code. */
	private static ScorecardSet testInstrument(String code) {
		ScorecardSet real = RealScorecards.instrument("26/2026");
		Instrument i = real.instrument();
		Instrument instrument = new Instrument(code, code + "/QĐ-TEST", "Quyết định thử nghiệm", LocalDate.of(2030, 1, 1),
				LocalDate.of(2030, 1, 1), null, "Test data", i.parts(), i.bands(), i.groups(),
				List.of(i.productSet("TP-01").orElseThrow()));
		return new ScorecardSet(instrument, List.of(RealScorecards.scorecard("26/2026", "TP-01")));
	}

	private static MockMultipartFile json(ScorecardSet set) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ScorecardJson.write(set, out);
		return new MockMultipartFile("file", "scorecards.json", "application/json", out.toByteArray());
	}

}
