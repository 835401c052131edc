package vn.ocop.portal.reporting;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import vn.ocop.portal.shared.web.Languages;

/**
 * The year-end report in the back office: {@code /backoffice/reports/year-end?unit=06&year=2022}
 * shows it (paragraphs, tables, charts) with links to the DOCX, XLSX and PDF files in Vietnamese
 * and English. Officers see the reports of the units their scope covers: a commune officer their
 * commune's, a provincial officer any unit of the province.
 */
@Controller
@RequestMapping("/backoffice/reports")
class YearEndReportController {

	static final String PATH = "/backoffice/reports/year-end";

	static final String VIEW = "reporting/yearEnd";

	private final YearEndDocuments documents;

	private final YearEndReports reports;

	private final ReportingAccess access;

	YearEndReportController(YearEndDocuments documents, YearEndReports reports, ReportingAccess access) {
		this.documents = documents;
		this.reports = reports;
		this.access = access;
	}

	/** Without a unit: the user's own unit, the latest reported year. */
	@GetMapping({ "", "/year-end" })
	@PreAuthorize("@reportingAccess.mayUseReports()")
	String ownReport(@RequestParam(required = false) String year) {
		String unit = access.ownUnit().orElseThrow(() -> new ResponseStatusException(HttpStatus.FORBIDDEN));
		String wanted = year == null || year.isBlank() ? String.valueOf(reports.latestReportedYear()) : year.strip();
		return "redirect:" + PATH + "?unit=" + unit + "&year=" + YearParameter.digits(wanted);
	}

	@GetMapping(path = "/year-end", params = "unit")
	@PreAuthorize("@reportingAccess.mayReport(#unit)")
	String report(@RequestParam String unit, @RequestParam(required = false) String year, Model model,
			HttpServletResponse response) {
		model.addAttribute("unit", unit.strip());
		model.addAttribute("year", year);
		try {
			int wanted = YearParameter.parse(year, reports.latestReportedYear());
			model.addAttribute("year", wanted);
			model.addAttribute("report", documents.document(unit.strip(), wanted, LocaleContextHolder.getLocale()));
			model.addAttribute("languages", Languages.SUPPORTED.stream().map(Locale::getLanguage).toList());
			model.addAttribute("formats", ReportFormat.values());
			model.addAttribute("mayPlan", access.mayPlan(unit.strip()));
		}
		catch (ReportNotAvailable problem) {
			response.setStatus(HttpStatus.NOT_FOUND.value());
			model.addAttribute("problem", problem.messageKey());
			model.addAttribute("problemArguments", problem.arguments());
		}
		return VIEW;
	}

	/** The report as a file: {@code /backoffice/reports/year-end.pdf?unit=06&year=2022&lang=en}. */
	@GetMapping(path = "/year-end.{format}", params = "unit")
	@PreAuthorize("@reportingAccess.mayReport(#unit)")
	void download(@PathVariable String format, @RequestParam String unit, @RequestParam String year,
			@RequestParam(required = false) String lang, HttpServletResponse response) throws IOException {
		ReportFormat kind = ReportFormat.of(format).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		Locale language = lang == null || lang.isBlank() ? LocaleContextHolder.getLocale() : Locale.forLanguageTag(lang.strip());
		ReportDocument document;
		int wanted;
		try {
			wanted = YearParameter.parse(year, reports.today().getYear() - 1);
			document = documents.document(unit.strip(), wanted, language);
		}
		catch (ReportNotAvailable problem) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, problem.messageKey());
		}
		response.setContentType(kind.contentType());
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
			.filename(YearEndDocuments.fileName(unit.strip(), wanted, language, kind))
			.build()
			.toString());
		documents.write(document, kind, response.getOutputStream());
	}

}
