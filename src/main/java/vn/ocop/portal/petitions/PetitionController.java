package vn.ocop.portal.petitions;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.ocop.portal.petitions.PetitionForms.PetitionForm;
import vn.ocop.portal.petitions.PetitionForms.StepForm;

/**
 * The petitions in the back office: the list (limited to the user's scope), recording a petition,
 * one petition with the steps the user may take on it, attachments, and the notifications.
 */
@Controller
@RequestMapping(PetitionsMenu.BACK_OFFICE)
class PetitionController {

	static final String LIST = "petitions/list";

	static final String FORM = "petitions/form";

	static final String DETAIL = "petitions/detail";

	private final PetitionQueries queries;

	private final PetitionManagement management;

	private final PetitionAccess access;

	private final ReferenceLists lists;

	private final Conferences conferences;

	private final Attachments attachments;

	private final PetitionsProperties properties;

	PetitionController(PetitionQueries queries, PetitionManagement management, PetitionAccess access, ReferenceLists lists,
			Conferences conferences, Attachments attachments, PetitionsProperties properties) {
		this.queries = queries;
		this.management = management;
		this.access = access;
		this.lists = lists;
		this.conferences = conferences;
		this.attachments = attachments;
		this.properties = properties;
	}

	@GetMapping
	@PreAuthorize("@petitionAccess.mayUsePetitions()")
	String list(@RequestParam Optional<String> status, @RequestParam Optional<String> topic,
			@RequestParam Optional<String> department, @RequestParam Optional<String> q, @RequestParam Optional<Integer> year,
			@RequestParam(defaultValue = "1") int page, Model model, Locale locale) {
		PetitionQueries.Filter filter = new PetitionQueries.Filter(PetitionForms.parse(PetitionStatus.class, status.orElse(null)),
				topic.orElse(null), department.orElse(null), q.orElse(null), year.orElse(null));
		Page<PetitionViews.Row> petitions = queries.list(filter, Math.max(page, 1) - 1, properties.pageSize(), locale);
		model.addAttribute("petitions", petitions);
		model.addAttribute("filter", filter);
		model.addAttribute("statuses", PetitionStatus.values());
		referenceLists(model, locale);
		return LIST;
	}

	@ModelAttribute("today")
	java.time.LocalDate today() {
		return queries.today();
	}

	// ------------------------------------------------------------------------------------ recording

	@GetMapping("/new")
	@PreAuthorize("@petitionAccess.isOffice() or @petitionAccess.organisation().isPresent()")
	String initCreationForm(@RequestParam Optional<Long> conference, Model model, Locale locale) {
		model.addAttribute("petitionForm", conference.map(PetitionForm::forConference).orElseGet(PetitionForm::empty));
		prepareForm(model, locale);
		return FORM;
	}

	@PostMapping("/new")
	@PreAuthorize("@petitionAccess.isOffice() or @petitionAccess.organisation().isPresent()")
	String processCreationForm(@ModelAttribute PetitionForm petitionForm, @RequestParam(required = false) MultipartFile file,
			Model model, Locale locale, RedirectAttributes redirect) {
		try {
			List<Attachments.Upload> uploads = new ArrayList<>();
			attachments.check(file).ifPresent(uploads::add);
			Petition petition = management.receive(petitionForm.command(), uploads);
			redirect.addFlashAttribute("notice", "petitions.notice.received");
			redirect.addFlashAttribute("noticeArguments", new Object[] { petition.code.value() });
			return "redirect:" + PetitionsMenu.BACK_OFFICE + "/" + petition.code.value();
		}
		catch (PetitionRuleViolation violation) {
			model.addAttribute("problem", violation.messageKey());
			model.addAttribute("problemArguments", violation.arguments());
			prepareForm(model, locale);
			return FORM;
		}
	}

	private void prepareForm(Model model, Locale locale) {
		model.addAttribute("channels", Channel.values());
		model.addAttribute("petitionerKinds", PetitionerKind.values());
		model.addAttribute("conferences", access.isOffice() ? conferences.choices() : java.util.Map.of());
		referenceLists(model, locale);
	}

	private void referenceLists(Model model, Locale locale) {
		model.addAttribute("topics", lists.activeTopics().stream().map(t -> new Choice(t.code(), t.name(locale))).toList());
		model.addAttribute("departments",
				lists.activeDepartments().stream().map(d -> new Choice(d.code(), d.name(locale))).toList());
	}

	/** A value and its label in the page's language. */
	record Choice(String code, String label) {
	}

	// -------------------------------------------------------------------------------------- detail

	@GetMapping("/{code}")
	@PreAuthorize("@petitionAccess.mayUsePetitions()")
	String show(@PathVariable String code, Model model, Locale locale) {
		PetitionCode petitionCode = code(code);
		Petition petition = queries.petition(petitionCode);
		model.addAttribute("petition", queries.detail(petitionCode, locale));
		model.addAttribute("mayAnswer", access.mayAnswer(petition));
		model.addAttribute("mayAddInformation", access.mayAddInformation(petition));
		model.addAttribute("decisions", PetitionManagement.Decision.values());
		referenceLists(model, locale);
		return DETAIL;
	}

	@PostMapping("/{code}/{step:classify|forward|assign|answer|approve|return|publish|close|reopen|add-information}")
	@PreAuthorize("@petitionAccess.mayUsePetitions()")
	String step(@PathVariable String code, @PathVariable String step, @ModelAttribute StepForm form,
			@RequestParam(required = false) MultipartFile file, RedirectAttributes redirect) {
		PetitionCode petitionCode = code(code);
		try {
			switch (step) {
				case "classify" -> management.classify(petitionCode,
						PetitionForms.parse(PetitionManagement.Decision.class, form.decision()), form.text());
				case "forward" -> management.recordForwarding(petitionCode, PetitionForms.date(form.date()));
				case "assign" -> management.assign(petitionCode, form.lead(),
						new LinkedHashSet<>(form.cooperating() == null ? List.of() : form.cooperating()));
				case "answer" -> management.answer(petitionCode, form.text(), attachments.check(file).orElse(null));
				case "approve" -> management.approve(petitionCode);
				case "return" -> management.returnAnswer(petitionCode, form.text());
				case "publish" -> management.publish(petitionCode);
				case "close" -> management.close(petitionCode);
				case "reopen" -> management.reopen(petitionCode, form.text());
				default -> management.addInformation(petitionCode, form.text(), attachments.check(file).orElse(null));
			}
			redirect.addFlashAttribute("notice", "petitions.notice." + step);
		}
		catch (PetitionRuleViolation violation) {
			PetitionForms.problem(redirect, violation);
		}
		return "redirect:" + PetitionsMenu.BACK_OFFICE + "/" + petitionCode.value();
	}

	// --------------------------------------------------------------------------------- attachments

	@GetMapping("/attachments/{id}")
	@PreAuthorize("@petitionAccess.mayUsePetitions()")
	ResponseEntity<byte[]> attachment(@PathVariable long id) {
		Attachments.AttachmentContent file = attachments.content(id).orElseThrow(() -> new PetitionNotFound("attachment " + id));
		if (file.petitionId() != null) {
			Petition petition = queries.petitionById(file.petitionId());
			if (!access.mayRead(petition)) {
				throw new AccessDeniedException("Attachment " + id + " lies outside the user's scope");
			}
		}
		else if (!access.isOffice()) {
			throw new AccessDeniedException("Conference minutes are for the provincial office");
		}
		return download(file);
	}

	static ResponseEntity<byte[]> download(Attachments.AttachmentContent file) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.mediaType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(file.fileName(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(file.content());
	}

	@GetMapping("/notifications")
	@PreAuthorize("@petitionAccess.isOffice() or @petitionAccess.department().isPresent()")
	String notifications(@RequestParam(defaultValue = "1") int page, Model model, Locale locale) {
		model.addAttribute("notifications", queries.notifications(Math.max(page, 1) - 1, properties.pageSize(), locale));
		return "petitions/notifications";
	}

	static PetitionCode code(String code) {
		if (!PetitionCode.isValid(code)) {
			throw new PetitionNotFound(code);
		}
		return PetitionCode.parse(code);
	}

}
