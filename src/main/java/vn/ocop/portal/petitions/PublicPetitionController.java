package vn.ocop.portal.petitions;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import vn.ocop.portal.shared.web.CacheablePage;
import vn.ocop.portal.petitions.PetitionForms.PetitionForm;

/**
 * The public side (no sign-in): published answers searchable by topic and department, one answer,
 * the online submission form (privacy notice, consent, rate limit per client in the database, a
 * hidden field that only robots fill; no third-party CAPTCHA), tracking by code, and the dashboard
 * of figures per department and year. Nothing here shows a petitioner's name or contact details.
 */
@Controller
@RequestMapping(PetitionsMenu.PUBLIC)
class PublicPetitionController {

	private final PetitionQueries queries;

	private final PetitionManagement management;

	private final PetitionStatistics statistics;

	private final SubmissionLimiter limiter;

	private final Attachments attachments;

	private final ReferenceLists lists;

	private final PetitionsProperties properties;

	PublicPetitionController(PetitionQueries queries, PetitionManagement management, PetitionStatistics statistics,
			SubmissionLimiter limiter, Attachments attachments, ReferenceLists lists, PetitionsProperties properties) {
		this.queries = queries;
		this.management = management;
		this.statistics = statistics;
		this.limiter = limiter;
		this.attachments = attachments;
		this.lists = lists;
		this.properties = properties;
	}

	@CacheablePage
	@GetMapping
	String answers(@RequestParam Optional<String> topic, @RequestParam Optional<String> department,
			@RequestParam Optional<String> q, @RequestParam(defaultValue = "1") int page, Model model, Locale locale) {
		PetitionQueries.Filter filter = new PetitionQueries.Filter(null, topic.orElse(null), department.orElse(null),
				q.orElse(null), null);
		model.addAttribute("answers", queries.publishedAnswers(filter, Math.max(page, 1) - 1, properties.pageSize(), locale));
		model.addAttribute("filter", filter);
		choices(model, locale);
		return "petitions/public/answers";
	}

	@CacheablePage
	@GetMapping("/{code:KN\\..+}")
	String answer(@PathVariable String code, Model model, Locale locale) {
		model.addAttribute("answer", queries.publishedAnswer(PetitionController.code(code), locale)
			.orElseThrow(() -> new PetitionNotFound(code)));
		return "petitions/public/answer";
	}

	@GetMapping("/tep/{id}")
	ResponseEntity<byte[]> answerFile(@PathVariable long id) {
		if (!queries.isPublicAttachment(id)) {
			throw new PetitionNotFound("attachment " + id);
		}
		return PetitionController.download(attachments.content(id).orElseThrow(() -> new PetitionNotFound("attachment " + id)));
	}

	@GetMapping("/gui")
	String initSubmissionForm(Model model, Locale locale) {
		model.addAttribute("petitionForm", PetitionForm.empty());
		choices(model, locale);
		return "petitions/public/submit";
	}

	@PostMapping("/gui")
	String processSubmissionForm(@ModelAttribute PetitionForm petitionForm, @RequestParam(required = false) MultipartFile file,
			HttpServletRequest request, Model model, Locale locale) {
		try {
			if (petitionForm.website() != null && !petitionForm.website().isBlank()) {
				throw new PetitionRuleViolation("petitions.rule.rejectedSubmission");
			}
			if (!Boolean.TRUE.equals(petitionForm.consent())) {
				throw new PetitionRuleViolation("petitions.rule.consentRequired");
			}
			List<Attachments.Upload> uploads = attachments.check(file).stream().toList();
			if (!limiter.tryAcquire(request.getRemoteAddr())) {
				throw new PetitionRuleViolation("petitions.rule.tooManySubmissions", properties.submissionsPerHour());
			}
			PetitionManagement.NewPetition command = petitionForm.command();
			Petition petition = management.receive(new PetitionManagement.NewPetition(Channel.ONLINE, null, PetitionerKind.PERSON,
					null, command.petitionerName(), command.address(), command.phone(), command.email(), command.topicCode(),
					command.title(), command.content(), null), uploads);
			return "redirect:" + PetitionsMenu.PUBLIC + "/tra-cuu?ma=" + petition.code.value() + "&moi=1";
		}
		catch (PetitionRuleViolation violation) {
			model.addAttribute("problem", violation.messageKey());
			model.addAttribute("problemArguments", violation.arguments());
			choices(model, locale);
			return "petitions/public/submit";
		}
	}

	@GetMapping("/tra-cuu")
	String track(@RequestParam Optional<String> ma, @RequestParam(defaultValue = "0") int moi, Model model, Locale locale) {
		model.addAttribute("code", ma.orElse(""));
		model.addAttribute("justSubmitted", moi == 1);
		if (ma.isPresent() && !ma.get().isBlank()) {
			Optional<PetitionViews.Tracking> tracking = PetitionCode.isValid(ma.get())
					? queries.tracking(PetitionCode.parse(ma.get()), locale) : Optional.empty();
			model.addAttribute("tracking", tracking.orElse(null));
			model.addAttribute("notFound", tracking.isEmpty());
		}
		return "petitions/public/track";
	}

	@GetMapping("/thong-ke")
	String dashboard(@RequestParam Optional<Integer> nam, Model model, Locale locale) {
		int year = nam.orElse(queries.today().getYear());
		model.addAttribute("year", year);
		model.addAttribute("years", statistics.years());
		List<PetitionFigures> rows = statistics.byDepartment(year, locale);
		model.addAttribute("rows", rows);
		model.addAttribute("total", PetitionStatistics.total(year, rows));
		return "petitions/public/dashboard";
	}

	private void choices(Model model, Locale locale) {
		model.addAttribute("topics", lists.activeTopics().stream()
			.map(t -> new PetitionController.Choice(t.code(), t.name(locale))).toList());
		model.addAttribute("departments", lists.activeDepartments().stream()
			.map(d -> new PetitionController.Choice(d.code(), d.name(locale))).toList());
	}

}
