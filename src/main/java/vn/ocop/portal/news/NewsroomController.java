package vn.ocop.portal.news;

import java.util.List;
import java.util.Optional;

import jakarta.validation.Valid;
import org.springframework.data.domain.Page;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

import vn.ocop.portal.audit.AuditTrail;

/**
 * The newsroom in the back office: the list of articles by state, the article form, an article's
 * page with its workflow actions, revisions and audit trail, and a revision's diff with restore.
 * Every method needs an editor or publisher of the portal's province; workflow actions that only
 * publishers take say so again here (and {@link Newsroom} checks the state).
 */
@Controller
@RequestMapping(NewsroomController.PATH)
class NewsroomController {

	static final String PATH = "/backoffice/news";

	private final Newsroom newsroom;

	private final Articles articles;

	private final Photos photos;

	private final AuditTrail auditTrail;

	private final NewsroomAccess access;

	private final NewsProperties properties;

	private final Attachments attachments;

	NewsroomController(Newsroom newsroom, Articles articles, Photos photos, AuditTrail auditTrail, NewsroomAccess access,
			NewsProperties properties, Attachments attachments) {
		this.newsroom = newsroom;
		this.articles = articles;
		this.photos = photos;
		this.auditTrail = auditTrail;
		this.access = access;
		this.properties = properties;
		this.attachments = attachments;
	}

	@InitBinder("articleForm")
	void initBinder(WebDataBinder binder) {
		binder.setMessageCodesResolver(NewsForms.MESSAGE_CODES);
	}

	/** Every category: the form offers a hidden one only to the article already filed under it. */
	@ModelAttribute("categories")
	List<Category> categories() {
		return articles.categories();
	}

	@GetMapping
	@PreAuthorize("@newsroomAccess.mayWrite()")
	String showList(@RequestParam(required = false) String status, @RequestParam(required = false) String q,
			@RequestParam(required = false) String page, Model model) {
		ArticleStatus filter = parseStatus(status);
		String words = q == null ? "" : q.strip();
		Page<ArticleSummary> result = articles.backOffice(filter, words, NewsForms.pageIndex(page), properties.pageSize());
		model.addAttribute("articles", result);
		model.addAttribute("categoryById", articles.categories().stream()
			.collect(java.util.stream.Collectors.toMap(Category::id, category -> category)));
		model.addAttribute("statuses", List.of(ArticleStatus.values()));
		model.addAttribute("filterStatus", filter == null ? "" : filter.name());
		model.addAttribute("filterText", words);
		model.addAttribute("pageLink", UriComponentsBuilder.fromPath(PATH)
			.queryParamIfPresent("status", Optional.ofNullable(filter).map(Enum::name))
			.queryParamIfPresent("q", Optional.of(words).filter(text -> !text.isEmpty()))
			.encode()
			.toUriString());
		return "news/backoffice/list";
	}

	@GetMapping("/new")
	@PreAuthorize("@newsroomAccess.mayWrite()")
	String initCreationForm(Model model) {
		model.addAttribute("articleForm", ArticleForm.empty());
		return "news/backoffice/form";
	}

	@PostMapping
	@PreAuthorize("@newsroomAccess.mayWrite()")
	String processCreationForm(@Valid @ModelAttribute("articleForm") ArticleForm form, BindingResult result,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return "news/backoffice/form";
		}
		try {
			long id = newsroom.write(form.content());
			redirect.addFlashAttribute("message", "news.flash.created");
			return "redirect:" + PATH + "/" + id;
		}
		catch (NewsRuleViolation violation) {
			result.reject(code(violation));
			return "news/backoffice/form";
		}
	}

	@GetMapping("/{id}")
	@PreAuthorize("@newsroomAccess.mayWrite()")
	String showArticle(@PathVariable long id, Model model) {
		Article article = newsroom.load(id);
		model.addAttribute("article", article);
		model.addAttribute("category", articles.category(article.categoryId()).orElse(null));
		model.addAttribute("cover", article.coverPhotoId() == null ? null : photos.find(article.coverPhotoId()).orElse(null));
		model.addAttribute("revisions", articles.revisions(id));
		model.addAttribute("attachments", attachments.of(id));
		model.addAttribute("maxAttachmentMb", properties.maxAttachmentSize().toMegabytes());
		model.addAttribute("auditEntries", auditTrail
			.forEntity(Newsroom.ENTITY, String.valueOf(id), org.springframework.data.domain.PageRequest.of(0, 20))
			.getContent());
		boolean publisher = access.mayPublish();
		model.addAttribute("may", new Allowed(article.allows(ArticleAction.EDIT, publisher),
				article.allows(ArticleAction.SUBMIT, publisher), article.allows(ArticleAction.RETURN, publisher),
				article.allows(ArticleAction.SCHEDULE, publisher), article.allows(ArticleAction.PUBLISH, publisher),
				article.allows(ArticleAction.UNPUBLISH, publisher), article.allows(ArticleAction.ARCHIVE, publisher)));
		return "news/backoffice/article";
	}

	@GetMapping("/{id}/edit")
	@PreAuthorize("@newsroomAccess.mayWrite()")
	String initUpdateForm(@PathVariable long id, Model model, RedirectAttributes redirect) {
		Article article = newsroom.load(id);
		if (!article.allows(ArticleAction.EDIT, access.mayPublish())) {
			redirect.addFlashAttribute("problem", "news.rule.notAllowed.EDIT");
			return "redirect:" + PATH + "/" + id;
		}
		model.addAttribute("articleForm", ArticleForm.of(article));
		model.addAttribute("articleId", id);
		return "news/backoffice/form";
	}

	@PostMapping("/{id}")
	@PreAuthorize("@newsroomAccess.mayWrite()")
	String processUpdateForm(@PathVariable long id, @Valid @ModelAttribute("articleForm") ArticleForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		model.addAttribute("articleId", id);
		if (result.hasErrors()) {
			return "news/backoffice/form";
		}
		try {
			newsroom.edit(id, form.version(), form.content());
			redirect.addFlashAttribute("message", "news.flash.saved");
			return "redirect:" + PATH + "/" + id;
		}
		catch (NewsRuleViolation violation) {
			result.reject(code(violation));
			return "news/backoffice/form";
		}
	}

	@PostMapping("/{id}/submit")
	@PreAuthorize("@newsroomAccess.mayWrite()")
	String submit(@PathVariable long id, @RequestParam int version, RedirectAttributes redirect) {
		return act(id, redirect, "news.flash.submitted", () -> newsroom.submit(id, version));
	}

	@PostMapping("/{id}/return")
	@PreAuthorize("@newsroomAccess.mayPublish()")
	String returnToEditor(@PathVariable long id, @RequestParam int version, @RequestParam(required = false) String note,
			RedirectAttributes redirect) {
		return act(id, redirect, "news.flash.returned", () -> newsroom.returnToEditor(id, version, note));
	}

	@PostMapping("/{id}/schedule")
	@PreAuthorize("@newsroomAccess.mayPublish()")
	String schedule(@PathVariable long id, @RequestParam int version, @RequestParam(required = false) String publishDate,
			@RequestParam(required = false) String publishTime, @RequestParam(required = false) String unpublishDate,
			@RequestParam(required = false) String unpublishTime, RedirectAttributes redirect) {
		return act(id, redirect, "news.flash.scheduled", () -> newsroom.schedule(id, version,
				NewsForms.moment(publishDate, publishTime), NewsForms.moment(unpublishDate, unpublishTime)));
	}

	@PostMapping("/{id}/publish")
	@PreAuthorize("@newsroomAccess.mayPublish()")
	String publish(@PathVariable long id, @RequestParam int version, @RequestParam(required = false) String unpublishDate,
			@RequestParam(required = false) String unpublishTime, RedirectAttributes redirect) {
		return act(id, redirect, "news.flash.published",
				() -> newsroom.publish(id, version, NewsForms.moment(unpublishDate, unpublishTime)));
	}

	@PostMapping("/{id}/unpublish")
	@PreAuthorize("@newsroomAccess.mayPublish()")
	String unpublish(@PathVariable long id, @RequestParam int version, RedirectAttributes redirect) {
		return act(id, redirect, "news.flash.unpublished", () -> newsroom.unpublish(id, version));
	}

	@PostMapping("/{id}/archive")
	@PreAuthorize("@newsroomAccess.mayPublish()")
	String archive(@PathVariable long id, @RequestParam int version, RedirectAttributes redirect) {
		return act(id, redirect, "news.flash.archived", () -> newsroom.archive(id, version));
	}

	@GetMapping("/{id}/revisions/{number}")
	@PreAuthorize("@newsroomAccess.mayWrite()")
	String showRevision(@PathVariable long id, @PathVariable int number, Model model) {
		Article article = newsroom.load(id);
		Revision revision = articles.revision(id, number).orElseThrow(() -> new ArticleNotFound("revision " + number));
		model.addAttribute("article", article);
		model.addAttribute("revision", revision);
		model.addAttribute("diff", RevisionDiff.between(RevisionDiff.lines(revision.title(), revision.lead(),
				revision.authorLine(), revision.tags(), revision.bodyHtml()),
				RevisionDiff.lines(article.title(), article.lead(), article.authorLine(), article.tags(), article.bodyHtml())));
		model.addAttribute("mayRestore", article.allows(ArticleAction.EDIT, access.mayPublish()));
		return "news/backoffice/revision";
	}

	@PostMapping("/{id}/revisions/{number}/restore")
	@PreAuthorize("@newsroomAccess.mayWrite()")
	String restore(@PathVariable long id, @PathVariable int number, @RequestParam int version, RedirectAttributes redirect) {
		return act(id, redirect, "news.flash.restored", () -> newsroom.restore(id, version, number));
	}

	private String act(long id, RedirectAttributes redirect, String done, Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute("message", done);
		}
		catch (NewsRuleViolation violation) {
			redirect.addFlashAttribute("problem", violation.messageKey());
		}
		return "redirect:" + PATH + "/" + id;
	}

	private static String code(NewsRuleViolation violation) {
		return violation.messageKey().substring("news.".length());
	}

	private static ArticleStatus parseStatus(String status) {
		if (status == null || status.isBlank()) {
			return null;
		}
		try {
			return ArticleStatus.valueOf(status.strip());
		}
		catch (IllegalArgumentException unknown) {
			return null;
		}
	}

	/** Which workflow buttons the article's page shows to this user. */
	record Allowed(boolean edit, boolean submit, boolean returnToEditor, boolean schedule, boolean publish,
			boolean unpublish, boolean archive) {
	}

}
