package vn.ocop.portal.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.MockMvc;

import vn.ocop.portal.identity.ScopedUser;
import vn.ocop.portal.importing.ImportJobView;
import vn.ocop.portal.importing.ImportProblem;
import vn.ocop.portal.importing.Imports;
import vn.ocop.portal.support.Officials;

/**
 * Plan targets entered in the back office, over the API and through the import sheet
 * {@code ke-hoach}, each change audited and used by the report's share of plan; and the report
 * produced from the command line. Targets are set for 2023 and later so the 2022 demo plan stays.
 */
@ReportingIntegrationTest
class PlanTargetsIntegrationTests {

	private static final Authentication PROVINCE = Officials.provincialOfficer("Cán bộ kế hoạch tỉnh", "06");

	private static final Authentication BA_BE = Officials.localOfficer("Cán bộ huyện Ba Bể", "061");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlanTargets targets;

	@Autowired
	YearEndReports reports;

	@Autowired
	Imports imports;

	@Autowired
	YearEndDocuments documents;

	@Autowired
	MessageSource messages;

	@Test
	void theDemoPlanGivesTheSeedShareOfPlan() {
		assertThat(targets.find("THT_ACTIVE", "06", 2022)).get()
			.extracting(PlanTarget::target)
			.isEqualTo(new BigDecimal("395"));
		assertThat(reports.figures("06", 2022).value("HTX_PLAN_PERCENT")).isEqualByComparingTo("103.8");
	}

	@Test
	void aProvincialOfficerSetsATargetInTheBackOfficeAndItIsAudited() throws Exception {
		mvc.perform(post(PlanController.PATH).with(csrf()).with(authentication(PROVINCE))
			.param("indicator", "HTX_ACTIVE").param("unit", "063").param("year", "2023").param("target", "1.234").param("note", "NQ 12/NQ-HĐND"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl(PlanController.PATH + "?unit=063&year=2023"));

		assertThat(targets.find("HTX_ACTIVE", "063", 2023)).get().extracting(PlanTarget::target).isEqualTo(new BigDecimal("1234"));
		assertThat(reports.figures("063", 2023).computation().target("063", "HTX_ACTIVE")).isEqualByComparingTo("1234");
		assertThat(jdbc.sql("SELECT after_value->>'target' FROM audit_entry WHERE module = 'reporting' AND entity_type = 'PlanTarget'"
				+ " AND entity_id = 'HTX_ACTIVE/063/2023' ORDER BY id DESC LIMIT 1").query(String.class).single()).isEqualTo("1234");
		String page = mvc.perform(get(PlanController.PATH + "?unit=063&year=2023").with(authentication(PROVINCE)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("HTX_ACTIVE").contains("1.234").contains("NQ 12/NQ-HĐND");
	}

	@Test
	void aBadTargetIsExplainedAndAnOfficerOutsideTheProvincesPlanningRolesIsRefused() throws Exception {
		String page = mvc.perform(post(PlanController.PATH).with(csrf()).with(authentication(PROVINCE))
			.param("indicator", "HTX_ACTIVE").param("unit", "063").param("year", "2023").param("target", "nhiều"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("Chỉ tiêu phải là số nguyên dương, ví dụ 395.");
		page = mvc.perform(post(PlanController.PATH).with(csrf()).with(authentication(PROVINCE))
			.param("indicator", "THT_PLAN_PERCENT").param("unit", "063").param("year", "2023").param("target", "5"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("Chỉ tiêu &quot;THT_PLAN_PERCENT&quot; không có trong danh mục hoặc không đặt kế hoạch được.");
		page = mvc.perform(post(PlanController.PATH).with(csrf()).with(authentication(PROVINCE))
			.param("indicator", "THT_ACTIVE").param("unit", "08").param("year", "2023").param("target", "5"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("Bạn không được đặt kế hoạch cho đơn vị 08");
		mvc.perform(post(PlanController.PATH).with(csrf()).with(authentication(BA_BE))
			.param("indicator", "THT_ACTIVE").param("unit", "061").param("year", "2023").param("target", "5"))
			.andExpect(status().isForbidden());
		mvc.perform(post(PlanController.PATH).with(authentication(PROVINCE))
			.param("indicator", "THT_ACTIVE").param("unit", "061").param("year", "2023").param("target", "5"))
			.andExpect(status().isForbidden());
	}

	@Test
	void theApiSetsAndListsTargets() throws Exception {
		mvc.perform(put("/api/v1/plans/THT_ACTIVE/064/2024").with(csrf()).with(authentication(PROVINCE))
			.contentType(MediaType.APPLICATION_JSON).content("{\"target\": 88, \"note\": \"Kế hoạch 2024\"}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.target").value(88));
		mvc.perform(put("/api/v1/plans/THT_ACTIVE/064/2024").with(csrf()).with(authentication(PROVINCE))
			.contentType(MediaType.APPLICATION_JSON).content("{\"target\": 90}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.target").value(90));
		mvc.perform(put("/api/v1/plans/THT_ACTIVE/064/2024").with(csrf()).with(authentication(PROVINCE))
			.contentType(MediaType.APPLICATION_JSON).content("{\"target\": -3}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("target"));
		mvc.perform(get("/api/v1/plans?unit=064&year=2024").with(authentication(PROVINCE)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].indicator").value("THT_ACTIVE"))
			.andExpect(jsonPath("$[0].target").value(90));
		mvc.perform(get("/api/v1/plans?unit=064&year=2024").with(authentication(BA_BE))).andExpect(status().isForbidden());
	}

	@Test
	void thePlanSheetImportsTargetsOnceAndNamesTheRowOfABadOne(@TempDir Path directory) throws IOException {
		ScopedUser officer = (ScopedUser) PROVINCE.getPrincipal();
		Path good = directory.resolve("ke-hoach.csv");
		Files.writeString(good, """
				ma-chi-tieu,ma-don-vi,nam,chi-tieu,ghi-chu
				THT_ACTIVE,065,2023,70,Kế hoạch huyện Chợ Mới
				HTX_NEW,065,2023,6,
				""", StandardCharsets.UTF_8);
		ImportJobView first = imports.importNow(good, null, officer);
		assertThat(first.succeeded()).isTrue();
		assertThat(first.totals().created()).isEqualTo(2);
		assertThat(targets.find("HTX_NEW", "065", 2023)).get().extracting(PlanTarget::target).isEqualTo(new BigDecimal("6"));
		ImportJobView again = imports.importNow(good, null, officer);
		assertThat(again.totals().unchanged()).isEqualTo(2);

		Path bad = directory.resolve("plan-targets.csv");
		Files.writeString(bad, """
				indicator,unit-code,year,target
				THT_ACTIVE,066,2023,10
				THT_CHANGE,066,2023,10
				""", StandardCharsets.UTF_8);
		ImportJobView refused = imports.importNow(bad, null, officer);
		assertThat(refused.succeeded()).isFalse();
		List<ImportProblem> problems = new ArrayList<>();
		imports.eachProblem(refused, problems::add);
		assertThat(problems).singleElement().satisfies(problem -> {
			assertThat(problem.row()).isEqualTo(3);
			assertThat(problem.column()).isEqualTo("indicator");
			assertThat(problem.messageKey()).isEqualTo("reporting.plan.rule.indicator");
		});
		assertThat(targets.find("THT_ACTIVE", "066", 2023)).isEmpty();
	}

	@Test
	void theCommandLineWritesTheReportFilesForAUnitAndYear(@TempDir Path directory) throws IOException {
		ByteArrayOutputStream output = new ByteArrayOutputStream();
		ReportCommand command = new ReportCommand(documents, messages, new PrintStream(output, true, StandardCharsets.UTF_8));
		command.run(new DefaultApplicationArguments("--unit=06", "--year=2022", "--dir=" + directory));

		assertThat(command.getExitCode()).isZero();
		assertThat(directory.resolve("bao-cao-tong-ket-06-2022.docx")).isNotEmptyFile();
		assertThat(directory.resolve("bao-cao-tong-ket-06-2022.xlsx")).isNotEmptyFile();
		assertThat(directory.resolve("year-end-report-06-2022.xlsx")).isNotEmptyFile();
		try (PDDocument pdf = Loader.loadPDF(directory.resolve("bao-cao-tong-ket-06-2022.pdf").toFile())) {
			assertThat(new PDFTextStripper().getText(pdf)).contains("7.210").contains("166,1%");
		}
		assertThat(output.toString(StandardCharsets.UTF_8)).contains("Đã ghi").contains("Written");

		ReportCommand unknown = new ReportCommand(documents, messages, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
		unknown.run(new DefaultApplicationArguments("--unit=99", "--year=2022", "--dir=" + directory));
		assertThat(unknown.getExitCode()).isEqualTo(ReportCommand.NO_REPORT);
		ReportCommand usage = new ReportCommand(documents, messages, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
		usage.run(new DefaultApplicationArguments("--unit=06"));
		assertThat(usage.getExitCode()).isEqualTo(ReportCommand.USAGE);
	}

}
