package vn.ocop.portal.ocop;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Back-office pages of OCOP evaluation: rounds ({@value #ROUNDS}), applications ({@value #APPLICATIONS})
 * with their forms, documents and the actions of each level, and a council member's scorecard. Roles
 * here; data scope and the allowed changes of state in {@link Evaluations} (403 outside the scope,
 * a notice when the state does not allow the action).
 */
@Controller
class EvaluationController {

	static final String ROUNDS = "/backoffice/ocop/rounds";

	static final String APPLICATIONS = "/backoffice/ocop/applications";

	static final String READERS = "hasAnyRole('ADMIN', 'PROVINCIAL_OFFICER', 'LOCAL_OFFICER', 'ORGANISATION_REP', 'COUNCIL_MEMBER')";

	static final String FILERS = "hasAnyRole('ADMIN', 'PROVINCIAL_OFFICER', 'LOCAL_OFFICER', 'ORGANISATION_REP')";

	static final String OFFICERS = "hasAnyRole('ADMIN', 'PROVINCIAL_OFFICER', 'LOCAL_OFFICER')";

	static final String PROVINCE = "hasAnyRole('ADMIN', 'PROVINCIAL_OFFICER')";

	private static final Object[] NO_ARGUMENTS = new Object[0];

	private final Evaluations evaluations;

	private final EvaluationAccess access;

	private final ProductRegistry products;

	private final EvaluationForms forms;

	private final CommuneDeadlines deadlines;

	private final EvaluationProperties properties;

	private final org.springframework.context.MessageSource messages;

	EvaluationController(Evaluations evaluations, EvaluationAccess access, ProductRegistry products, EvaluationForms forms,
			CommuneDeadlines deadlines, EvaluationProperties properties, org.springframework.context.MessageSource messages) {
		this.messages = messages;
		this.evaluations = evaluations;
		this.access = access;
		this.products = products;
		this.forms = forms;
		this.deadlines = deadlines;
		this.properties = properties;
	}

	// -------------------------------------------------------------------------------------- rounds

	@GetMapping(ROUNDS)
	@PreAuthorize(READERS)
	String rounds(@RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("rounds", evaluations.rounds(page));
		model.addAttribute("mayOpen", access.isProvincialOfficer());
		model.addAttribute("levels", List.of(EvaluationLevel.PROVINCE, EvaluationLevel.DISTRICT, EvaluationLevel.CENTRAL));
		return "ocop/rounds";
	}

	@PostMapping(ROUNDS)
	@PreAuthorize(PROVINCE)
	String openRound(@RequestParam EvaluationLevel level, @RequestParam String unit, @RequestParam int year,
			@RequestParam int number, @RequestParam String instrument, RedirectAttributes redirect) {
		try {
			long id = evaluations.openRound(level, unit.strip(), year, number, instrument.strip());
			redirect.addFlashAttribute("notice", "ocop.round.opened");
			return "redirect:" + ROUNDS + "/" + id;
		}
		catch (org.springframework.dao.DuplicateKeyException e) {
			return problem(redirect, "ocop.round.problem.duplicate", ROUNDS);
		}
	}

	@GetMapping(ROUNDS + "/{id:\\d+}")
	@PreAuthorize(READERS)
	String round(@PathVariable long id, @RequestParam(required = false) ApplicationState state,
			@RequestParam(required = false) ApplicationKind kind, @RequestParam(defaultValue = "0") int page, Model model) {
		Round round = evaluations.readableRound(id);
		model.addAttribute("round", round);
		model.addAttribute("council", evaluations.councilOf(id).orElse(null));
		model.addAttribute("applications", evaluations.applications(new Evaluations.ApplicationQuery(id, state, kind, page)));
		model.addAttribute("today", deadlines.today());
		model.addAttribute("overdueCount", evaluations.countOverdue(id));
		model.addAttribute("state", state);
		model.addAttribute("kind", kind);
		model.addAttribute("states", ApplicationState.values());
		model.addAttribute("kinds", ApplicationKind.values());
		model.addAttribute("mayManage", access.isProvincialOfficer() && access.covers(List.of(round.unitCode())));
		return "ocop/round";
	}

	@PostMapping(ROUNDS + "/{id:\\d+}/presence")
	@PreAuthorize(PROVINCE)
	String presence(@PathVariable long id, @RequestParam String username, @RequestParam boolean present,
			RedirectAttributes redirect) {
		evaluations.setPresence(id, username, present);
		redirect.addFlashAttribute("notice", "ocop.council.presenceSaved");
		return "redirect:" + ROUNDS + "/" + id;
	}

	// -------------------------------------------------------------------------------- applications

	@GetMapping(APPLICATIONS)
	@PreAuthorize(READERS)
	String applications(@RequestParam(required = false) Long round, @RequestParam(required = false) ApplicationState state,
			@RequestParam(required = false) ApplicationKind kind, @RequestParam(defaultValue = "false") boolean overdue,
			@RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("applications",
				evaluations.applications(new Evaluations.ApplicationQuery(round, state, kind, overdue, page)));
		model.addAttribute("overdue", overdue);
		model.addAttribute("overdueCount", evaluations.countOverdue(round));
		model.addAttribute("today", deadlines.today());
		model.addAttribute("round", round);
		model.addAttribute("state", state);
		model.addAttribute("kind", kind);
		model.addAttribute("states", ApplicationState.values());
		model.addAttribute("kinds", ApplicationKind.values());
		return "ocop/applications";
	}

	@GetMapping(APPLICATIONS + "/new")
	@PreAuthorize(FILERS)
	String newApplication(@RequestParam long product, Model model) {
		model.addAttribute("product", products.readableProduct(product));
		model.addAttribute("rounds", evaluations.rounds(0).getContent().stream()
			.filter(r -> r.level() == EvaluationLevel.PROVINCE || r.level() == EvaluationLevel.DISTRICT).toList());
		model.addAttribute("kinds", ApplicationKind.values());
		return "ocop/applicationNew";
	}

	@PostMapping(APPLICATIONS + "/new")
	@PreAuthorize(FILERS)
	String createApplication(@RequestParam long product, @RequestParam long round, @RequestParam ApplicationKind kind,
			RedirectAttributes redirect) {
		long id;
		try {
			id = evaluations.createApplication(product, round, kind);
		}
		catch (DuplicateApplication e) {
			return problem(redirect, "ocop.application.problem.duplicate", "/backoffice/ocop/products/" + product);
		}
		redirect.addFlashAttribute("notice", "ocop.application.created");
		return "redirect:" + APPLICATIONS + "/" + id;
	}

	@GetMapping(APPLICATIONS + "/{id:\\d+}")
	@PreAuthorize(READERS)
	String application(@PathVariable long id, Model model) {
		Application application = evaluations.readable(id);
		Round round = evaluations.readableRound(application.roundId());
		Optional<Council> council = evaluations.councilOf(round.id());
		model.addAttribute("app", application);
		model.addAttribute("round", round);
		model.addAttribute("regime", evaluations.regimeOf(application));
		model.addAttribute("decisionClock", application.decisionClock(deadlines.today()));
		model.addAttribute("council", council.orElse(null));
		model.addAttribute("documents", evaluations.documents(application));
		model.addAttribute("documentTypes", DocumentType.values());
		model.addAttribute("registrationFields", Application.REGISTRATION_FIELDS);
		model.addAttribute("selfFields", Application.SELF_ASSESSMENT_FIELDS);
		model.addAttribute("communeFields", Application.COMMUNE_FIELDS);
		model.addAttribute("mayFile", access.mayFile(application) && application.state().editableBySubject());
		model.addAttribute("mayWithdraw", access.mayFile(application) && application.state().mayMoveTo(ApplicationState.WITHDRAWN));
		model.addAttribute("mayReceive", access.mayCheckAtCommune(application) && application.state() == ApplicationState.SUBMITTED);
		model.addAttribute("mayReport", access.mayCheckAtCommune(application) && application.state() == ApplicationState.COMMUNE_CHECK);
		model.addAttribute("communeLate", application.state() == ApplicationState.COMMUNE_CHECK
				&& deadlines.isLate(application.communeDueOn()));
		boolean province = access.mayCheckAtProvince(application);
		model.addAttribute("mayAccept", province && application.state() == ApplicationState.PROVINCE_CHECK);
		model.addAttribute("maySendToCouncil", province && application.state() == ApplicationState.ADVISORY_REVIEW && council.isPresent());
		model.addAttribute("mayReject", province && application.state().mayMoveTo(ApplicationState.REJECTED));
		model.addAttribute("mayReturn", (province && application.state().mayMoveTo(ApplicationState.RETURNED)
				&& application.state() != ApplicationState.COMMUNE_CHECK));
		Optional<Council.Member> seat = council.flatMap(access::seat);
		model.addAttribute("seat", seat.orElse(null));
		if (council.isPresent() && application.state().atCouncil()) {
			CouncilTally tally = evaluations.tallyOf(application, council.get());
			model.addAttribute("tally", tally);
			model.addAttribute("scores", evaluations.visibleScores(application));
			model.addAttribute("mayScore", seat.filter(m -> m.role() != Council.Role.ADVISOR).isPresent()
					&& (application.state() == ApplicationState.COUNCIL_SCORING || application.state() == ApplicationState.SCORED)
					&& tally.eligible().contains(seat.get().username()));
			model.addAttribute("mayConclude", application.state() == ApplicationState.SCORED
					&& (seat.filter(m -> m.role() == Council.Role.CHAIR).isPresent() || province));
		}
		model.addAttribute("maxDocumentKb", properties.documentMaxBytes() / 1024);
		return "ocop/application";
	}

	@PostMapping(APPLICATIONS + "/{id:\\d+}/forms")
	@PreAuthorize(FILERS)
	String saveForms(@PathVariable long id, @RequestParam Map<String, String> params, RedirectAttributes redirect) {
		return act(id, redirect, "ocop.application.formsSaved", () -> evaluations.saveForms(id, prefixed(params, "reg."),
				prefixed(params, "self.")));
	}

	@PostMapping(APPLICATIONS + "/{id:\\d+}/submit")
	@PreAuthorize(FILERS)
	String submit(@PathVariable long id, RedirectAttributes redirect) {
		try {
			List<String> missing = evaluations.submit(id);
			if (!missing.isEmpty()) {
				redirect.addFlashAttribute("missing", missing);
				return problem(redirect, "ocop.application.problem.incomplete", APPLICATIONS + "/" + id);
			}
		}
		catch (InvalidTransition e) {
			return refused(redirect, e, id);
		}
		redirect.addFlashAttribute("notice", "ocop.application.submitted");
		return "redirect:" + APPLICATIONS + "/" + id;
	}

	@PostMapping(APPLICATIONS + "/{id:\\d+}/withdraw")
	@PreAuthorize(FILERS)
	String withdraw(@PathVariable long id, RedirectAttributes redirect) {
		return act(id, redirect, "ocop.application.withdrawn", () -> evaluations.withdraw(id));
	}

	@PostMapping(APPLICATIONS + "/{id:\\d+}/documents")
	@PreAuthorize(FILERS)
	String addDocument(@PathVariable long id, @RequestParam(required = false) DocumentType type,
			@RequestParam(name = "file", required = false) MultipartFile file, RedirectAttributes redirect) throws IOException {
		try {
			Optional<String> problem = evaluations.addDocument(id, type, file);
			if (problem.isPresent()) {
				redirect.addFlashAttribute("problem", problem.get());
				redirect.addFlashAttribute("problemArguments", new Object[] { properties.documentMaxBytes() / 1024, properties.maxDocuments() });
				return "redirect:" + APPLICATIONS + "/" + id;
			}
		}
		catch (InvalidTransition e) {
			return refused(redirect, e, id);
		}
		redirect.addFlashAttribute("notice", "ocop.document.added");
		return "redirect:" + APPLICATIONS + "/" + id;
	}

	@GetMapping(APPLICATIONS + "/{id:\\d+}/documents/{documentId:\\d+}")
	@PreAuthorize(READERS)
	ResponseEntity<byte[]> document(@PathVariable long id, @PathVariable long documentId) {
		EvaluationStore.Document document = evaluations.document(id, documentId);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(document.contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(document.fileName(), StandardCharsets.UTF_8).build().toString())
			.cacheControl(CacheControl.noCache().cachePrivate())
			.header("X-Content-Type-Options", "nosniff")
			.body(document.data());
	}

	@GetMapping(APPLICATIONS + "/{id:\\d+}/{form:mau-0[123]}.{format:docx|pdf}")
	@PreAuthorize(READERS)
	ResponseEntity<byte[]> form(@PathVariable long id, @PathVariable String form, @PathVariable String format) {
		Application application = evaluations.readable(id);
		Round round = evaluations.readableRound(application.roundId());
		Locale locale = LocaleContextHolder.getLocale();
		EvaluationForms.Content content = forms.content(EvaluationForms.Form.of(form), application, round, locale);
		boolean pdf = format.equals("pdf");
		byte[] body = pdf ? forms.pdf(content) : forms.docx(content);
		String name = "ho-so-" + id + "-" + form + "." + format;
		return ResponseEntity.ok()
			.contentType(pdf ? MediaType.APPLICATION_PDF
					: MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document"))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.cacheControl(CacheControl.noStore())
			.body(body);
	}

	// ----------------------------------------------------------------------------------- commune

	@PostMapping(APPLICATIONS + "/{id:\\d+}/receive")
	@PreAuthorize(OFFICERS)
	String receive(@PathVariable long id, RedirectAttributes redirect) {
		return act(id, redirect, "ocop.application.received", () -> evaluations.receiveAtCommune(id));
	}

	@PostMapping(APPLICATIONS + "/{id:\\d+}/propose")
	@PreAuthorize(OFFICERS)
	String propose(@PathVariable long id, @RequestParam Map<String, String> params, RedirectAttributes redirect) {
		try {
			List<String> missing = evaluations.proposeToProvince(id, prefixed(params, "commune."));
			if (!missing.isEmpty()) {
				redirect.addFlashAttribute("missing", missing.stream().map(field -> "commune." + field).toList());
				return problem(redirect, "ocop.application.problem.report", APPLICATIONS + "/" + id);
			}
		}
		catch (InvalidTransition e) {
			return refused(redirect, e, id);
		}
		redirect.addFlashAttribute("notice", "ocop.application.proposed");
		return "redirect:" + APPLICATIONS + "/" + id;
	}

	@PostMapping(APPLICATIONS + "/{id:\\d+}/return")
	@PreAuthorize(OFFICERS)
	String returnToSubject(@PathVariable long id, @RequestParam(defaultValue = "") String reason, RedirectAttributes redirect) {
		return act(id, redirect, "ocop.application.returned", () -> evaluations.returnToSubject(id, reason));
	}

	// ---------------------------------------------------------------------------------- province

	@PostMapping(APPLICATIONS + "/{id:\\d+}/accept")
	@PreAuthorize(PROVINCE)
	String accept(@PathVariable long id, RedirectAttributes redirect) {
		return act(id, redirect, "ocop.application.accepted", () -> evaluations.acceptAtProvince(id));
	}

	@PostMapping(APPLICATIONS + "/{id:\\d+}/council")
	@PreAuthorize(PROVINCE)
	String sendToCouncil(@PathVariable long id, RedirectAttributes redirect) {
		return act(id, redirect, "ocop.application.sentToCouncil", () -> evaluations.sendToCouncil(id));
	}

	@PostMapping(APPLICATIONS + "/{id:\\d+}/reject")
	@PreAuthorize(PROVINCE)
	String reject(@PathVariable long id, @RequestParam(defaultValue = "") String reason, RedirectAttributes redirect) {
		return act(id, redirect, "ocop.application.rejected", () -> evaluations.reject(id, reason));
	}

	// ----------------------------------------------------------------------------------- council

	@PostMapping(APPLICATIONS + "/{id:\\d+}/conflict")
	@PreAuthorize("hasRole('COUNCIL_MEMBER')")
	String conflict(@PathVariable long id, @RequestParam(defaultValue = "") String reason, RedirectAttributes redirect) {
		return act(id, redirect, "ocop.council.conflictDeclared", () -> evaluations.declareConflict(id, reason));
	}

	@PostMapping(APPLICATIONS + "/{id:\\d+}/conclude")
	@PreAuthorize("hasAnyRole('COUNCIL_MEMBER', 'ADMIN', 'PROVINCIAL_OFFICER')")
	String conclude(@PathVariable long id, RedirectAttributes redirect) {
		return act(id, redirect, "ocop.council.concluded", () -> evaluations.concludeAfterDiscussion(id));
	}

	@GetMapping(APPLICATIONS + "/{id:\\d+}/score")
	@PreAuthorize("hasRole('COUNCIL_MEMBER')")
	String scoreForm(@PathVariable long id, Model model) {
		Application application = evaluations.readable(id);
		Evaluations.CouncilSeat seat = evaluations.councilSeat(application);
		access.require(seat.seat().isPresent(), "Only council members score");
		model.addAttribute("app", application);
		model.addAttribute("scorecard", evaluations.scorecardOf(application));
		model.addAttribute("mine", evaluations.visibleScores(application).stream()
			.filter(score -> score.username().equals(seat.seat().get().username())).findFirst().orElse(null));
		return "ocop/score";
	}

	@PostMapping(APPLICATIONS + "/{id:\\d+}/score")
	@PreAuthorize("hasRole('COUNCIL_MEMBER')")
	String score(@PathVariable long id, @RequestParam Map<String, String> params, RedirectAttributes redirect) {
		try {
			ScoreResult result = evaluations.score(id, sheetOf(params));
			redirect.addFlashAttribute("notice", "ocop.council.scoreSaved");
		}
		catch (InvalidScoreSheet e) {
			Locale locale = LocaleContextHolder.getLocale();
			redirect.addFlashAttribute("scoreProblems", new java.util.ArrayList<>(e.problems().stream()
				.map(p -> p.criterionCode() + ": " + messages.getMessage(p.messageKey(), p.args().toArray(), p.messageKey(), locale))
				.toList()));
			return problem(redirect, "ocop.council.problem.sheet", APPLICATIONS + "/" + id + "/score");
		}
		catch (InvalidTransition e) {
			return refused(redirect, e, id);
		}
		return "redirect:" + APPLICATIONS + "/" + id;
	}

	/** A score sheet from a form: {@code c.<criterion>=<option>}, {@code case.<section>=<key>}, {@code gate.<code>=on}. */
	static ScoreSheet sheetOf(Map<String, String> params) {
		Map<String, String> choices = new HashMap<>();
		Map<Integer, String> cases = new HashMap<>();
		Set<String> gates = new HashSet<>();
		params.forEach((name, value) -> {
			if (name.startsWith("c.") && value != null && !value.isBlank()) {
				choices.put(name.substring(2), value);
			}
			else if (name.startsWith("case.") && value != null && !value.isBlank()) {
				try {
					cases.put(Integer.parseInt(name.substring(5)), value);
				}
				catch (NumberFormatException ignored) {
					// not a section number: the engine reports the missing case
				}
			}
			else if (name.startsWith("gate.")) {
				gates.add(name.substring(5));
			}
		});
		return new ScoreSheet(choices, cases, gates);
	}

	// ----------------------------------------------------------------------------------- helpers

	private String act(long id, RedirectAttributes redirect, String notice, Runnable action) {
		try {
			action.run();
		}
		catch (InvalidTransition e) {
			return refused(redirect, e, id);
		}
		redirect.addFlashAttribute("notice", notice);
		return "redirect:" + APPLICATIONS + "/" + id;
	}

	private String refused(RedirectAttributes redirect, InvalidTransition e, long id) {
		Locale locale = LocaleContextHolder.getLocale();
		redirect.addFlashAttribute("problem", "ocop.application.problem.transition");
		redirect.addFlashAttribute("problemArguments", new Object[] { messages.getMessage(e.from().messageKey(), null, locale),
				messages.getMessage(e.to().messageKey(), null, locale) });
		return "redirect:" + APPLICATIONS + "/" + id;
	}

	private static String problem(RedirectAttributes redirect, String key, String target) {
		redirect.addFlashAttribute("problem", key);
		redirect.addFlashAttribute("problemArguments", NO_ARGUMENTS);
		return "redirect:" + target;
	}

	private static Map<String, String> prefixed(Map<String, String> params, String prefix) {
		Map<String, String> values = new HashMap<>();
		params.forEach((name, value) -> {
			if (name.startsWith(prefix)) {
				values.put(name.substring(prefix.length()), value);
			}
		});
		return values;
	}

}
