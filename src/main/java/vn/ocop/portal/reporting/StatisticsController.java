package vn.ocop.portal.reporting;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

import vn.ocop.portal.shared.web.CacheablePage;
import vn.ocop.portal.units.AdministrativeUnit;
import vn.ocop.portal.units.AdministrativeUnits;

/**
 * The public statistics of the portal's province, for everyone: {@code /thong-ke} shows the
 * headline figures and charts of the latest reported year (or {@code ?year=}) for the collective
 * economy and for OCOP (certificates valid by star, products by group, evaluations and new
 * recognitions, over the years), each chart with its table, and
 * {@code /thong-ke/du-lieu.csv} and {@code .json} publish the indicators of the province (or one
 * of its units, {@code ?unit=}) and each of its units for a year as open data. Aggregates only;
 * plan targets and shares of plan are left out (plans are the province's internal documents).
 */
@Controller
class StatisticsController {

	static final String PATH = "/thong-ke";

	static final List<String> HEADLINES = List.of("THT_ACTIVE", "THT_MEMBERS", "HTX_ACTIVE", "HTX_MEMBERS", "HTX_NEW",
			"HTX_WORKERS", "LHHTX_ACTIVE", "LHHTX_MEMBERS");

	/** The OCOP headline figures: certificates valid by star, the year's evaluation and new recognitions. */
	static final List<String> OCOP_HEADLINES = List.of("OCOP_CERTIFIED_3STAR", "OCOP_CERTIFIED_4STAR", "OCOP_CERTIFIED_5STAR",
			"OCOP_EVALUATED", "OCOP_NEW_RECOGNISED", "OCOP_UPGRADED");

	private final YearEndReports reports;

	private final YearEndReportWriter writer;

	private final AdministrativeUnits units;

	private final String provinceCode;

	StatisticsController(YearEndReports reports, YearEndReportWriter writer, AdministrativeUnits units,
			@Value("${ocop.portal.province-code:06}") String provinceCode) {
		this.reports = reports;
		this.writer = writer;
		this.units = units;
		this.provinceCode = provinceCode;
	}

	@CacheablePage
	@GetMapping(PATH)
	String statistics(@RequestParam(required = false) String year, Model model, HttpServletResponse response) {
		List<Integer> years = reports.reportedYears();
		model.addAttribute("years", years);
		try {
			int wanted = YearParameter.parse(year, reports.latestReportedYear());
			model.addAttribute("year", wanted);
			YearEndFigures figures = reports.figures(provinceCode, wanted);
			model.addAttribute("figures", figures);
			model.addAttribute("headlines", indicators(HEADLINES));
			model.addAttribute("blocks", writer.statistics(figures, LocaleContextHolder.getLocale()));
			model.addAttribute("ocopHeadlines", indicators(OCOP_HEADLINES));
			model.addAttribute("ocopBlocks", writer.ocopStatistics(figures, LocaleContextHolder.getLocale()));
		}
		catch (ReportNotAvailable problem) {
			response.setStatus(HttpStatus.NOT_FOUND.value());
			model.addAttribute("problem", problem.messageKey());
			model.addAttribute("problemArguments", problem.arguments());
		}
		return "reporting/statistics";
	}

	private List<Indicator> indicators(List<String> codes) {
		return codes.stream().map(code -> reports.catalogue().find(code).orElseThrow()).toList();
	}

	/** Open data, CSV (UTF-8 with BOM, one row per unit and indicator). */
	@GetMapping(PATH + "/du-lieu.csv")
	void csv(@RequestParam(required = false) String year, @RequestParam(required = false) String unit,
			HttpServletResponse response) throws IOException {
		OpenData data = openData(year, unit);
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename("chi-tieu-" + data.unit() + "-" + data.year() + ".csv").build().toString());
		Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
		out.write('\ufeff');
		try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder()
			.setHeader("year", "date", "unit_code", "unit_name", "parent_code", "indicator", "value")
			.get())) {
			for (Map<String, Object> row : data.rows()) {
				csv.printRecord(row.values());
			}
		}
	}

	/** Open data, JSON: the same rows as the CSV. */
	@GetMapping(path = PATH + "/du-lieu.json", produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	OpenData json(@RequestParam(required = false) String year, @RequestParam(required = false) String unit) {
		return openData(year, unit);
	}

	record OpenData(String unit, int year, List<Map<String, Object>> rows) {
	}

	private OpenData openData(String year, String unit) {
		int wanted = YearParameter.parse(year, reports.latestReportedYear());
		String code = unit == null || unit.isBlank() ? provinceCode : unit.strip();
		if (!code.equals(provinceCode) && !units.contains(provinceCode, code)) {
			throw new ReportNotAvailable("reporting.problem.outsideProvince", code, provinceCode);
		}
		YearEndFigures figures = reports.withoutHistory(code, wanted);
		List<Map<String, Object>> rows = new ArrayList<>();
		List<AdministrativeUnit> all = new ArrayList<>();
		all.add(figures.unit());
		all.addAll(figures.children());
		for (AdministrativeUnit one : all) {
			for (Indicator indicator : figures.indicators()) {
				if (indicator.kind() == Indicator.Kind.PLAN_SHARE) {
					continue;
				}
				BigDecimal value = figures.value(one.code().value(), indicator.code());
				Map<String, Object> row = new LinkedHashMap<>();
				row.put("year", wanted);
				row.put("date", figures.period().date().toString());
				row.put("unit_code", one.code().value());
				row.put("unit_name", one.name());
				row.put("parent_code", one == figures.unit() ? (one.parentCode() == null ? null : one.parentCode().value())
						: figures.unitCode());
				row.put("indicator", indicator.code());
				row.put("value", value);
				rows.add(row);
			}
		}
		return new OpenData(figures.unitCode(), wanted, rows);
	}

}
