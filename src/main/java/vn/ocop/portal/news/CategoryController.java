package vn.ocop.portal.news;

import jakarta.validation.Valid;
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

import vn.ocop.portal.audit.AuditTrail;

/**
 * The news categories' administration page ({@code /backoffice/news/categories}): the list in its
 * order with the number of articles, a form to add one, renaming, hiding and showing, moving up and
 * down, and deleting an unused one. Publishers and administrators of the portal's province only.
 */
@Controller
@RequestMapping(CategoryController.PATH)
class CategoryController {

	static final String PATH = "/backoffice/news/categories";

	private final CategoryAdministration administration;

	private final Categories categories;

	private final AuditTrail auditTrail;

	CategoryController(CategoryAdministration administration, Categories categories, AuditTrail auditTrail) {
		this.administration = administration;
		this.categories = categories;
		this.auditTrail = auditTrail;
	}

	@InitBinder("categoryForm")
	void initBinder(WebDataBinder binder) {
		binder.setMessageCodesResolver(NewsForms.MESSAGE_CODES);
	}

	@GetMapping
	@PreAuthorize("@newsroomAccess.mayManageCategories()")
	String showCategories(Model model) {
		model.addAttribute("categoryForm", CategoryForm.empty());
		return list(model);
	}

	@PostMapping
	@PreAuthorize("@newsroomAccess.mayManageCategories()")
	String processCreationForm(@Valid @ModelAttribute("categoryForm") CategoryForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return list(model);
		}
		try {
			administration.create(form);
			redirect.addFlashAttribute("message", "news.category.flash.created");
			return "redirect:" + PATH;
		}
		catch (NewsRuleViolation violation) {
			result.reject(violation.messageKey().substring("news.".length()));
			return list(model);
		}
	}

	@GetMapping("/{id}/edit")
	@PreAuthorize("@newsroomAccess.mayManageCategories()")
	String initUpdateForm(@PathVariable long id, Model model) {
		Category category = administration.require(id);
		model.addAttribute("category", category);
		model.addAttribute("categoryForm", CategoryForm.of(category));
		model.addAttribute("auditEntries", auditTrail
			.forEntity(CategoryAdministration.ENTITY, String.valueOf(id), org.springframework.data.domain.PageRequest.of(0, 20))
			.getContent());
		return "news/backoffice/category";
	}

	@PostMapping("/{id}")
	@PreAuthorize("@newsroomAccess.mayManageCategories()")
	String processUpdateForm(@PathVariable long id, @Valid @ModelAttribute("categoryForm") CategoryForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		Category category = administration.require(id);
		model.addAttribute("category", category);
		model.addAttribute("auditEntries", java.util.List.of());
		if (result.hasErrors()) {
			return "news/backoffice/category";
		}
		try {
			administration.rename(id, form);
			redirect.addFlashAttribute("message", "news.category.flash.renamed");
			return "redirect:" + PATH;
		}
		catch (NewsRuleViolation violation) {
			result.reject(violation.messageKey().substring("news.".length()));
			return "news/backoffice/category";
		}
	}

	@PostMapping("/{id}/hide")
	@PreAuthorize("@newsroomAccess.mayManageCategories()")
	String hide(@PathVariable long id, @RequestParam int version, RedirectAttributes redirect) {
		return act(redirect, "news.category.flash.hidden", () -> administration.hide(id, version, true));
	}

	@PostMapping("/{id}/show")
	@PreAuthorize("@newsroomAccess.mayManageCategories()")
	String show(@PathVariable long id, @RequestParam int version, RedirectAttributes redirect) {
		return act(redirect, "news.category.flash.shown", () -> administration.hide(id, version, false));
	}

	@PostMapping("/{id}/up")
	@PreAuthorize("@newsroomAccess.mayManageCategories()")
	String moveUp(@PathVariable long id, RedirectAttributes redirect) {
		return act(redirect, "news.category.flash.moved", () -> administration.move(id, -1));
	}

	@PostMapping("/{id}/down")
	@PreAuthorize("@newsroomAccess.mayManageCategories()")
	String moveDown(@PathVariable long id, RedirectAttributes redirect) {
		return act(redirect, "news.category.flash.moved", () -> administration.move(id, 1));
	}

	@PostMapping("/{id}/delete")
	@PreAuthorize("@newsroomAccess.mayManageCategories()")
	String delete(@PathVariable long id, @RequestParam int version, RedirectAttributes redirect) {
		return act(redirect, "news.category.flash.deleted", () -> administration.delete(id, version));
	}

	private String list(Model model) {
		model.addAttribute("categoryUses", categories.withUse());
		return "news/backoffice/categories";
	}

	private static String act(RedirectAttributes redirect, String done, Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute("message", done);
		}
		catch (NewsRuleViolation violation) {
			redirect.addFlashAttribute("problem", violation.messageKey());
		}
		return "redirect:" + PATH;
	}

}
