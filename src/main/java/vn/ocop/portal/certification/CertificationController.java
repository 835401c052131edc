package vn.ocop.portal.certification;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.ocop.portal.ocop.OcopProducts;
import vn.ocop.portal.shared.web.Formats;

/**
 * Back-office pages of certification under {@value #PATH}: decisions (list, form, detail, annex
 * as XLSX and PDF), certificates (list by expiry, detail with status, the PDF, re-rating filing and
 * revocation), reminders. Roles here, data scope through {@link CertificationAccess} (403 outside).
 */
@Controller
class CertificationController {

	static final String PATH = "/backoffice/certification";

	private final CertificationManagement management;

	private final CertificateStore store;

	private final CertificationAccess access;

	private final CertificateDocuments documents;

	private final OcopProducts products;

	private final CertificationProperties properties;

	private final MessageSource messages;

	CertificationController(CertificationManagement management, CertificateStore store, CertificationAccess access,
			CertificateDocuments documents, OcopProducts products, CertificationProperties properties, MessageSource messages) {
		this.management = management;
		this.store = store;
		this.access = access;
		this.documents = documents;
		this.products = products;
		this.properties = properties;
		this.messages = messages;
	}

	@GetMapping(PATH)
	@PreAuthorize(CertificationAccess.READERS)
	String decisions(@RequestParam(defaultValue = "0") int page, Model model) {
		int size = properties.pageSize();
		int number = Math.max(0, page);
		CertificationAccess.Filter filter = access.filter();
		model.addAttribute("decisions", new PageImpl<>(store.decisions(filter, number * size, size), PageRequest.of(number, size),
				store.countDecisions(filter)));
		model.addAttribute("mayRecord", access.isManager());
		return "certification/decisions";
	}

	@GetMapping(PATH + "/certificates")
	@PreAuthorize(CertificationAccess.READERS)
	String certificates(@RequestParam(defaultValue = "0") int page, Model model) {
		int size = properties.pageSize();
		int number = Math.max(0, page);
		CertificationAccess.Filter filter = access.filter();
		Page<Certificate> certificates = new PageImpl<>(store.certificates(filter, number * size, size),
				PageRequest.of(number, size), store.countCertificates(filter));
		model.addAttribute("certificates", certificates);
		model.addAttribute("today", management.today());
		model.addAttribute("terms", management.terms());
		return "certification/certificates";
	}

	@GetMapping(PATH + "/decisions/new")
	@PreAuthorize(CertificationAccess.MANAGERS)
	String initDecisionForm(Model model) {
		model.addAttribute("form", new DecisionForm());
		return decisionForm(model, List.of());
	}

	@PostMapping(PATH + "/decisions/new")
	@PreAuthorize(CertificationAccess.MANAGERS)
	String processDecisionForm(@ModelAttribute("form") DecisionForm form, Model model, Locale locale,
			RedirectAttributes redirect) {
		DecisionForm.Parsed parsed = form.parse(products);
		if (!parsed.problems().isEmpty()) {
			return decisionForm(model, parsed.problems());
		}
		try {
			Decision decision = management.recognise(parsed.order(), parsed.rows());
			redirect.addFlashAttribute("notice", "certification.decision.recorded");
			return "redirect:" + PATH + "/decisions/" + decision.id();
		}
		catch (CertificationRefused refused) {
			return decisionForm(model, refused.problems());
		}
	}

	@GetMapping(PATH + "/decisions/{id:\\d+}")
	@PreAuthorize(CertificationAccess.READERS)
	String decision(@PathVariable long id, Model model) {
		Decision decision = readableDecision(id);
		model.addAttribute("decision", decision);
		model.addAttribute("certificates", store.ofDecision(id));
		model.addAttribute("today", management.today());
		model.addAttribute("terms", management.terms());
		return "certification/decision";
	}

	@GetMapping(PATH + "/decisions/{id:\\d+}/annex.xlsx")
	@PreAuthorize(CertificationAccess.READERS)
	ResponseEntity<byte[]> annexXlsx(@PathVariable long id, Locale locale) {
		Decision decision = readableDecision(id);
		byte[] body = documents.annexXlsx(decision, store.ofDecision(id), kindNames(locale));
		return download(body, MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
				"phu-luc-" + decision.id() + ".xlsx");
	}

	@GetMapping(PATH + "/decisions/{id:\\d+}/annex.pdf")
	@PreAuthorize(CertificationAccess.READERS)
	ResponseEntity<byte[]> annexPdf(@PathVariable long id) {
		Decision decision = readableDecision(id);
		byte[] body = documents.annexPdf(decision, store.ofDecision(id), kindNames(Locale.forLanguageTag("vi")));
		return download(body, MediaType.APPLICATION_PDF, "phu-luc-" + decision.id() + ".pdf");
	}

	@GetMapping(PATH + "/certificates/{number}")
	@PreAuthorize(CertificationAccess.READERS)
	String certificate(@PathVariable String number, Model model) {
		Certificate certificate = readableCertificate(number);
		model.addAttribute("certificate", certificate);
		model.addAttribute("today", management.today());
		model.addAttribute("terms", management.terms());
		model.addAttribute("status", certificate.statusOn(management.today(), management.terms()));
		CertificateStore.Revocation revocation = store.revocationOf(certificate.id()).orElse(null);
		boolean mayManage = access.mayManage(store.areaCodesOf(certificate.id()));
		model.addAttribute("revocation", revocation);
		model.addAttribute("grounds", store.grounds());
		model.addAttribute("mayManage", mayManage);
		model.addAttribute("levels", List.of(IssuerLevel.PROVINCE, IssuerLevel.CENTRAL));
		model.addAttribute("sources", ConclusionSource.values());
		// a pending case and its clock are the OCOP office's and the competent level's business
		model.addAttribute("pendingCase", revocation != null && revocation.pending() && mayManage ? revocation : null);
		model.addAttribute("mayDecideRevocation", revocation != null && revocation.pending() && mayManage
				&& (revocation.level() != IssuerLevel.CENTRAL || access.mayManageNationally()));
		if (!model.containsAttribute("problems")) {
			model.addAttribute("problems", List.of());
		}
		return "certification/certificate";
	}

	@GetMapping(PATH + "/certificates/{number}/certificate.pdf")
	@PreAuthorize(CertificationAccess.READERS)
	ResponseEntity<byte[]> certificatePdf(@PathVariable String number) {
		Certificate certificate = readableCertificate(number);
		String issuer = store.decision(certificate.decisionId()).map(Decision::issuer).orElse("");
		return download(documents.certificatePdf(certificate, issuer), MediaType.APPLICATION_PDF, certificate.number() + ".pdf");
	}

	@PostMapping(PATH + "/certificates/{number}/rerating")
	@PreAuthorize(CertificationAccess.MANAGERS)
	String recordRerating(@PathVariable String number, @RequestParam(required = false) String filedOn, Locale locale,
			RedirectAttributes redirect) {
		Certificate certificate = readableCertificate(number);
		return onCertificate(certificate, "certification.rerating.recorded", locale, redirect,
				() -> management.recordReratingFiled(certificate.id(), date(filedOn)));
	}

	@PostMapping(PATH + "/certificates/{number}/revoke")
	@PreAuthorize(CertificationAccess.MANAGERS)
	String revoke(@PathVariable String number, @RequestParam(required = false) String ground,
			@RequestParam(required = false) String concludedOn, @RequestParam(required = false) IssuerLevel level,
			@RequestParam(required = false) String decisionNumber, @RequestParam(required = false) String decidedOn,
			@RequestParam(required = false) String reason, Locale locale, RedirectAttributes redirect) {
		Certificate certificate = readableCertificate(number);
		return onCertificate(certificate, "certification.revocation.recorded", locale, redirect,
				() -> management.revoke(certificate.number(),
						new RevocationOrder(ground, date(concludedOn), level, decisionNumber, date(decidedOn), reason)));
	}

	@PostMapping(PATH + "/certificates/{number}/revocation-case")
	@PreAuthorize(CertificationAccess.MANAGERS)
	String openRevocation(@PathVariable String number, @RequestParam(required = false) String ground,
			@RequestParam(required = false) ConclusionSource source, @RequestParam(required = false) String concludedOn,
			@RequestParam(required = false) String conclusionReference, @RequestParam(required = false) String reason,
			Locale locale, RedirectAttributes redirect) {
		Certificate certificate = readableCertificate(number);
		return onCertificate(certificate, "certification.revocationCase.opened", locale, redirect,
				() -> management.openRevocation(certificate.number(),
						new RevocationCase(ground, source, date(concludedOn), conclusionReference, reason)));
	}

	@PostMapping(PATH + "/certificates/{number}/revocation-case/dismiss")
	@PreAuthorize(CertificationAccess.MANAGERS)
	String dismissRevocation(@PathVariable String number, @RequestParam(required = false) String reason, Locale locale,
			RedirectAttributes redirect) {
		Certificate certificate = readableCertificate(number);
		return onCertificate(certificate, "certification.revocationCase.dismissed", locale, redirect,
				() -> management.dismissRevocation(certificate.number(), reason));
	}

	/**
	 * Pending revocation cases for the competent level, by deadline: a province's managers those of
	 * 3★/4★ certificates in their scope, national-scope managers all (5★ included).
	 */
	@GetMapping(PATH + "/revocations")
	@PreAuthorize(CertificationAccess.MANAGERS)
	String revocations(@RequestParam(defaultValue = "0") int page, Model model) {
		int size = properties.pageSize();
		int number = Math.max(0, page);
		CertificationAccess.Filter filter = access.filter();
		List<IssuerLevel> levels = access.mayManageNationally() ? List.of(IssuerLevel.PROVINCE, IssuerLevel.CENTRAL)
				: List.of(IssuerLevel.PROVINCE);
		model.addAttribute("cases", new PageImpl<>(store.pendingRevocations(filter, levels, number * size, size),
				PageRequest.of(number, size), store.countPendingRevocations(filter, levels)));
		model.addAttribute("today", management.today());
		return "certification/revocations";
	}

	@GetMapping(PATH + "/notifications")
	@PreAuthorize(CertificationAccess.READERS)
	String notifications(@RequestParam(defaultValue = "0") int page, Model model) {
		int size = properties.pageSize();
		int number = Math.max(0, page);
		CertificationAccess.Filter filter = access.filter();
		model.addAttribute("notices", new PageImpl<>(store.notices(filter, number * size, size), PageRequest.of(number, size),
				store.countNotices(filter)));
		return "certification/notifications";
	}

	// ------------------------------------------------------------------------------------ helpers

	private String decisionForm(Model model, List<CertificationProblem> problems) {
		model.addAttribute("levels", IssuerLevel.values());
		model.addAttribute("problems", texts(problems, org.springframework.context.i18n.LocaleContextHolder.getLocale()));
		return "certification/decisionForm";
	}

	List<String> texts(List<CertificationProblem> problems, Locale locale) {
		List<String> texts = new ArrayList<>();
		for (CertificationProblem problem : problems) {
			String text = messages.getMessage(problem.messageKey(), problem.arguments().toArray(), locale);
			String field = messages.getMessage("certification.field." + problem.field(), null, problem.field(), locale);
			texts.add(problem.row() > 0
					? messages.getMessage("certification.problem.atRow", new Object[] { problem.row(), field, text }, locale)
					: messages.getMessage("certification.problem.atField", new Object[] { field, text }, locale));
		}
		return texts;
	}

	private Decision readableDecision(long id) {
		Decision decision = store.decision(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		List<String> areas = store.decisionAreas(id);
		boolean own = store.ofDecision(id).stream().anyMatch(c -> access.mayRead(List.of(), c.organisationId()));
		if (!own) {
			access.requireRead(areas, null);
		}
		return decision;
	}

	private Certificate readableCertificate(String number) {
		Certificate certificate = management.certificate(number)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		access.requireRead(store.areaCodesOf(certificate.id()), certificate.organisationId());
		return certificate;
	}

	private Map<RecognitionKind, String> kindNames(Locale locale) {
		Map<RecognitionKind, String> names = new EnumMap<>(RecognitionKind.class);
		for (RecognitionKind kind : RecognitionKind.values()) {
			names.put(kind, messages.getMessage(kind.messageKey(), null, locale));
		}
		return names;
	}

	private static LocalDate date(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return text.strip().matches("\\d{4}-\\d{2}-\\d{2}") ? LocalDate.parse(text.strip()) : Formats.parseDate(text);
		}
		catch (RuntimeException ex) {
			return null;
		}
	}

	private static ResponseEntity<byte[]> download(byte[] body, MediaType type, String name) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.body(body);
	}

	/**
	 * Runs a manager's action on a certificate and goes back to its page: with the notice when the
	 * action is done, with the refusal's problems (in the reader's language) when it is refused.
	 */
	private String onCertificate(Certificate certificate, String notice, Locale locale, RedirectAttributes redirect,
			Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute("notice", notice);
		}
		catch (CertificationRefused refused) {
			redirect.addFlashAttribute("problems", texts(refused.problems(), locale));
		}
		return "redirect:" + PATH + "/certificates/" + certificate.number();
	}

}
