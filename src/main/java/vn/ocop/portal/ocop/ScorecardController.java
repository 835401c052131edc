package vn.ocop.portal.ocop;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The back office's scorecards: the list by instrument and group, a scorecard's tree with its
 * points, gates, per-star minimums, provenance and flags, and (administrators only) the import and
 * export of an instrument's set as JSON or XLSX.
 */
@Controller
@RequestMapping(ScorecardController.PATH)
class ScorecardController {

	static final String PATH = "/backoffice/ocop/scorecards";

	static final String READ = "hasAnyRole('PROVINCIAL_OFFICER', 'COUNCIL_MEMBER')";

	static final String MANAGE = "hasRole('ADMIN')";

	private static final Pattern ROW = Pattern.compile("^([a-z_]+):(\\d+)$");

	private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private final Scorecards scorecards;

	private final ScorecardImports imports;

	private final MessageSource messages;

	ScorecardController(Scorecards scorecards, ScorecardImports imports, MessageSource messages) {
		this.scorecards = scorecards;
		this.imports = imports;
		this.messages = messages;
	}

	@GetMapping
	@PreAuthorize(READ)
	String list(@RequestParam(required = false) String instrument, @RequestParam(required = false) String group,
			@RequestParam(defaultValue = "1") int page, Model model) {
		List<Instrument> instruments = scorecards.instruments();
		String instrumentCode = blankToNull(instrument);
		String groupCode = blankToNull(group);
		Page<ScorecardSummary> rows = scorecards.list(instrumentCode, groupCode, page - 1);
		Map<String, Instrument> byCode = new HashMap<>();
		instruments.forEach(i -> byCode.put(i.code(), i));
		model.addAttribute("instruments", instruments);
		model.addAttribute("instrumentsByCode", byCode);
		model.addAttribute("selectedInstrument", instrumentCode);
		model.addAttribute("selectedGroup", groupCode);
		model.addAttribute("groups", instrumentCode == null ? instruments.stream()
			.flatMap(i -> i.groups().stream())
			.map(Instrument.ProductGroup::code)
			.distinct()
			.toList() : byCode.containsKey(instrumentCode)
					? byCode.get(instrumentCode).groups().stream().map(Instrument.ProductGroup::code).toList() : List.of());
		model.addAttribute("scorecards", rows);
		return "ocop/scorecards";
	}

	@GetMapping("/{id:\\d+}")
	@PreAuthorize(READ)
	String show(@PathVariable long id, Model model) {
		Scorecard scorecard = scorecards.scorecard(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		Instrument instrument = scorecards.instrument(scorecard.instrumentCode()).orElseThrow();
		Map<String, List<Integer>> starsByOption = new HashMap<>();
		scorecard.definition().minimums()
			.forEach(m -> starsByOption.computeIfAbsent(m.optionCode(), k -> new ArrayList<>()).add(m.star()));
		model.addAttribute("scorecard", scorecard);
		model.addAttribute("definition", scorecard.definition());
		model.addAttribute("instrument", instrument);
		model.addAttribute("productSet", instrument.productSet(scorecard.productSetCode()).orElseThrow());
		model.addAttribute("starsByOption", starsByOption);
		model.addAttribute("versions", scorecards.versions(scorecard.instrumentCode(), scorecard.productSetCode()));
		return "ocop/scorecard";
	}

	@GetMapping("/export.{format:json|xlsx}")
	@PreAuthorize(MANAGE)
	void export(@PathVariable String format, @RequestParam String instrument, HttpServletResponse response)
			throws IOException {
		if (scorecards.instrument(instrument).isEmpty()) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		ScorecardSet set = scorecards.export(instrument);
		String fileName = "ocop-scorecards-" + instrument.replace('/', '-') + "." + format;
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(fileName).build().toString());
		if (format.equals("json")) {
			response.setContentType("application/json;charset=UTF-8");
			ScorecardJson.write(set, response.getOutputStream());
		}
		else {
			response.setContentType(XLSX);
			ScorecardWorkbook.write(set, response.getOutputStream());
		}
	}

	@GetMapping("/import")
	@PreAuthorize(MANAGE)
	String initImportForm(Model model) {
		model.addAttribute("problems", List.of());
		model.addAttribute("sheets", ScorecardWorkbook.SHEETS);
		return "ocop/scorecardImport";
	}

	@PostMapping("/import")
	@PreAuthorize(MANAGE)
	String processImportForm(@RequestParam(required = false) MultipartFile file, Model model, Locale locale,
			RedirectAttributes redirect, HttpServletResponse response) throws IOException {
		model.addAttribute("sheets", ScorecardWorkbook.SHEETS);
		var format = file == null ? java.util.Optional.<ScorecardImports.Format>empty()
				: ScorecardImports.Format.of(file.getOriginalFilename());
		if (file == null || file.isEmpty() || format.isEmpty()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			model.addAttribute("problems", List.of(new ProblemLine("", text("ocop.import.problem.fileType", List.of(), locale))));
			return "ocop/scorecardImport";
		}
		try (InputStream in = file.getInputStream()) {
			ScorecardLoading.LoadReport report = imports.importFile(format.get(), in);
			redirect.addFlashAttribute("imported", report);
			return "redirect:" + PATH + "?instrument=" + java.net.URLEncoder.encode(report.instrumentCode(),
					java.nio.charset.StandardCharsets.UTF_8);
		}
		catch (ScorecardImportRejected rejected) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			model.addAttribute("problems", rejected.problems().stream()
				.map(problem -> new ProblemLine(where(problem.where(), locale), text(problem.messageKey(), problem.args(), locale)))
				.toList());
			return "ocop/scorecardImport";
		}
	}

	/** One problem of a refused file, said in the page's language. */
	record ProblemLine(String where, String text) {
	}

	private String where(String where, Locale locale) {
		Matcher row = ROW.matcher(where);
		if (row.matches()) {
			return messages.getMessage("ocop.import.where.row", new Object[] { row.group(1), row.group(2) }, locale);
		}
		return where;
	}

	private String text(String key, List<Object> args, Locale locale) {
		return messages.getMessage(key, args.stream().map(String::valueOf).toArray(), key, locale);
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
