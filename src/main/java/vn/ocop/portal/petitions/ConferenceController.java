package vn.ocop.portal.petitions;

import java.util.Locale;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
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
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.ocop.portal.petitions.PetitionForms.ConferenceForm;

/** Dialogue conferences in the back office (provincial office): list, new, one conference with its participants, minutes and petitions. */
@Controller
@RequestMapping(PetitionsMenu.BACK_OFFICE + "/conferences")
@PreAuthorize("@petitionAccess.isOffice()")
class ConferenceController {

	private final Conferences conferences;

	private final Attachments attachments;

	private final PetitionQueries queries;

	private final JdbcClient jdbc;

	private final PetitionsProperties properties;

	private final ConferenceExport export;

	ConferenceController(Conferences conferences, Attachments attachments, PetitionQueries queries, JdbcClient jdbc,
			PetitionsProperties properties, ConferenceExport export) {
		this.export = export;
		this.conferences = conferences;
		this.attachments = attachments;
		this.queries = queries;
		this.jdbc = jdbc;
		this.properties = properties;
	}

	@GetMapping
	String list(@RequestParam(defaultValue = "1") int page, Model model) {
		model.addAttribute("conferences", conferences.list(Math.max(page, 1) - 1, properties.pageSize()));
		return "petitions/conferences";
	}

	@GetMapping("/new")
	String initCreationForm(Model model) {
		model.addAttribute("conferenceForm", ConferenceForm.empty());
		return "petitions/conferenceForm";
	}

	@PostMapping("/new")
	String processCreationForm(@ModelAttribute ConferenceForm conferenceForm, Model model, RedirectAttributes redirect) {
		try {
			long id = conferences.create(conferenceForm.title(), PetitionForms.date(conferenceForm.heldOn()),
					conferenceForm.place(), conferenceForm.chair(), conferenceForm.agenda());
			redirect.addFlashAttribute("notice", "petitions.notice.conferenceCreated");
			return "redirect:" + PetitionsMenu.BACK_OFFICE + "/conferences/" + id;
		}
		catch (PetitionRuleViolation violation) {
			model.addAttribute("problem", violation.messageKey());
			model.addAttribute("problemArguments", violation.arguments());
			return "petitions/conferenceForm";
		}
	}

	@GetMapping("/{id}")
	String show(@PathVariable long id, @RequestParam(defaultValue = "1") int page, Model model, Locale locale) {
		model.addAttribute("conference", conferences.get(id));
		model.addAttribute("participants", conferences.participants(id));
		model.addAttribute("minutes", attachments.ofConference(id));
		model.addAttribute("petitions", jdbc.sql("SELECT code, title, status FROM petitions_petition WHERE conference_id = :id"
				+ " ORDER BY code LIMIT :limit OFFSET :offset")
			.param("id", id)
			.param("limit", properties.pageSize())
			.param("offset", (long) (Math.max(page, 1) - 1) * properties.pageSize())
			.query((rs, n) -> new ConferencePetition(rs.getString(1), rs.getString(2), PetitionStatus.valueOf(rs.getString(3))))
			.list());
		model.addAttribute("page", Math.max(page, 1));
		model.addAttribute("pageSize", properties.pageSize());
		return "petitions/conference";
	}

	/** A petition raised at the conference, as its page lists it. */
	record ConferencePetition(String code, String title, PetitionStatus status) {
	}

	/** The conference's petitions and answers as XLSX, for the follow-up report. */
	@GetMapping("/{id}/export.xlsx")
	ResponseEntity<StreamingResponseBody> exportPetitions(@PathVariable long id, Locale locale) {
		Conferences.Conference conference = conferences.get(id);
		String fileName = "kien-nghi-hoi-nghi-" + conference.heldOn() + ".xlsx";
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString())
			.body(out -> export.write(id, locale, out));
	}

	/** The same report as a Word document. */
	@GetMapping("/{id}/export.docx")
	ResponseEntity<StreamingResponseBody> exportPetitionsAsDocument(@PathVariable long id, Locale locale) {
		Conferences.Conference conference = conferences.get(id);
		String fileName = "kien-nghi-hoi-nghi-" + conference.heldOn() + ".docx";
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document"))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString())
			.body(out -> export.writeDocx(conference, locale, out));
	}

	@PostMapping("/{id}/participants")
	String addParticipant(@PathVariable long id, @RequestParam String organisationId, RedirectAttributes redirect) {
		try {
			conferences.addParticipant(id, organisationId);
			redirect.addFlashAttribute("notice", "petitions.notice.participantAdded");
		}
		catch (PetitionRuleViolation violation) {
			PetitionForms.problem(redirect, violation);
		}
		return "redirect:" + PetitionsMenu.BACK_OFFICE + "/conferences/" + id;
	}

	@PostMapping("/{id}/minutes")
	String attachMinutes(@PathVariable long id, @RequestParam(required = false) MultipartFile file, RedirectAttributes redirect) {
		try {
			conferences.attachMinutes(id, attachments.check(file)
				.orElseThrow(() -> new PetitionRuleViolation("petitions.rule.fileRequired")));
			redirect.addFlashAttribute("notice", "petitions.notice.minutesAttached");
		}
		catch (PetitionRuleViolation violation) {
			PetitionForms.problem(redirect, violation);
		}
		return "redirect:" + PetitionsMenu.BACK_OFFICE + "/conferences/" + id;
	}

}
