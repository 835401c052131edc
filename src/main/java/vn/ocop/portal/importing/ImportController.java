package vn.ocop.portal.importing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.data.domain.Page;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import vn.ocop.portal.identity.ScopeGuard;
import vn.ocop.portal.identity.ScopedUser;

/**
 * The back office's imports: the upload form with the user's recent jobs and the templates, one
 * job's page (status, progress bar, summary per sheet, problems 50 a page) and the downloads (the
 * problem report as CSV or XLSX, the templates). Users whom at least one sheet admits; a
 * user sees only their own jobs, the administrator everyone's.
 */
@Controller
@RequestMapping("/backoffice/imports")
class ImportController {

	/** Users whom at least one sheet admits (administrators, provincial and local officers today). */
	static final String IMPORTERS = "@imports.mayUpload()";

	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	static final String CSV = "text/csv;charset=UTF-8";

	private final Imports imports;

	private final ImportMessages messages;

	private final ImportTemplates templates;

	private final ProblemReports reports;

	private final ScopeGuard scopeGuard;

	private final ImportingProperties properties;

	ImportController(Imports imports, ImportMessages messages, ImportTemplates templates, ProblemReports reports,
			ScopeGuard scopeGuard, ImportingProperties properties) {
		this.properties = properties;
		this.imports = imports;
		this.messages = messages;
		this.templates = templates;
		this.reports = reports;
		this.scopeGuard = scopeGuard;
	}

	/** A problem with its reason in the page's language. */
	record ProblemRow(ImportProblem problem, String reason) {
	}

	@GetMapping
	@PreAuthorize(IMPORTERS)
	String initUploadForm(@RequestParam(defaultValue = "1") int page, Model model) {
		model.addAttribute("upload", ImportUploadForm.empty());
		return uploadPage(page, model);
	}

	@PostMapping
	@PreAuthorize(IMPORTERS)
	String processUploadForm(@ModelAttribute("upload") ImportUploadForm upload, BindingResult result, Model model) {
		if (noFileChosen(upload)) {
			result.rejectValue("file", "importing.file.missing");
			return uploadPage(1, model);
		}
		try (InputStream content = upload.file().getInputStream()) {
			ImportJobView job = imports.submit(content, upload.file().getOriginalFilename(), upload.sheet(), user());
			return "redirect:/backoffice/imports/" + job.id();
		}
		catch (ImportRejected rejected) {
			result.rejectValue("file", rejected.messageKey(), rejected.args(), rejected.messageKey());
			return uploadPage(1, model);
		}
		catch (IOException unreadable) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
		}
	}

	@GetMapping("/{id}")
	@PreAuthorize(IMPORTERS)
	String showJob(@PathVariable String id, @RequestParam(defaultValue = "1") int page, Model model, Locale locale) {
		ImportJobView job = job(id);
		Page<ImportProblem> problems = imports.problems(job, page - 1, Imports.PROBLEMS_PAGE_SIZE);
		model.addAttribute("job", job);
		model.addAttribute("failure", messages.failure(job, locale));
		model.addAttribute("progressText", messages.progress(job, locale));
		model.addAttribute("problems", problems);
		model.addAttribute("problemRows", problems.getContent().stream()
			.map(problem -> new ProblemRow(problem, messages.problem(problem, locale)))
			.toList());
		model.addAttribute("earlier", job.succeeded() ? imports.earlierImportOfSameFile(job).orElse(null) : null);
		return "importing/job";
	}

	@GetMapping("/{id}/problems.csv")
	@PreAuthorize(IMPORTERS)
	void downloadProblemsCsv(@PathVariable String id, Locale locale, HttpServletResponse response) throws IOException {
		ImportJobView job = job(id);
		attachment(response, CSV, "loi-nhap-" + shortId(job) + ".csv");
		reports.csv(job, locale, response.getOutputStream());
	}

	@GetMapping("/{id}/problems.xlsx")
	@PreAuthorize(IMPORTERS)
	void downloadProblemsXlsx(@PathVariable String id, Locale locale, HttpServletResponse response) throws IOException {
		ImportJobView job = job(id);
		attachment(response, XLSX, "loi-nhap-" + shortId(job) + ".xlsx");
		reports.xlsx(job, locale, response.getOutputStream());
	}

	@GetMapping("/templates/workbook.xlsx")
	@PreAuthorize(IMPORTERS)
	void downloadWorkbookTemplate(HttpServletResponse response) throws IOException {
		List<SheetDefinition> sheets = imports.sheets(user());
		if (sheets.isEmpty()) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		attachment(response, XLSX, "mau-nhap-du-lieu.xlsx");
		try (OutputStream out = response.getOutputStream()) {
			templates.workbook(sheets, out);
		}
	}

	@GetMapping("/templates/{sheet}.xlsx")
	@PreAuthorize(IMPORTERS)
	void downloadSheetTemplate(@PathVariable String sheet, HttpServletResponse response) throws IOException {
		SheetDefinition definition = importableSheet(sheet);
		attachment(response, XLSX, definition.name() + ".xlsx");
		try (OutputStream out = response.getOutputStream()) {
			templates.sheet(definition, out);
		}
	}

	@GetMapping("/templates/{sheet}.csv")
	@PreAuthorize(IMPORTERS)
	void downloadSheetCsvTemplate(@PathVariable String sheet, HttpServletResponse response) throws IOException {
		SheetDefinition definition = importableSheet(sheet);
		attachment(response, CSV, definition.name() + ".csv");
		try (OutputStream out = response.getOutputStream()) {
			templates.csv(definition, out);
		}
	}

	private String uploadPage(int page, Model model) {
		ScopedUser user = user();
		model.addAttribute("sheets", imports.sheets(user));
		model.addAttribute("jobs", imports.recent(user, page - 1));
		model.addAttribute("accept", String.join(",", ImportFiles.acceptedExtensions()));
		model.addAttribute("maxSizeMb", properties.maxFileSize().toMegabytes());
		return "importing/imports";
	}

	private ImportJobView job(String id) {
		return ImportJobId.parse(id)
			.flatMap(jobId -> imports.find(jobId, user()))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private SheetDefinition importableSheet(String sheet) {
		return imports.sheets(user()).stream()
			.filter(definition -> definition.matches(sheet))
			.findFirst()
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private ScopedUser user() {
		return scopeGuard.currentUser().orElseThrow(() -> new ResponseStatusException(HttpStatus.FORBIDDEN));
	}

	/** No file part, or the empty part a browser sends when no file was chosen. */
	private static boolean noFileChosen(ImportUploadForm upload) {
		if (upload.file() == null) {
			return true;
		}
		String name = upload.file().getOriginalFilename();
		return upload.file().isEmpty() && (name == null || name.isBlank());
	}

	private static String shortId(ImportJobView job) {
		return job.id().toString().substring(0, 8);
	}

	private static void attachment(HttpServletResponse response, String contentType, String fileName) {
		response.setContentType(contentType);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString());
		response.setHeader("X-Content-Type-Options", "nosniff");
	}

}
