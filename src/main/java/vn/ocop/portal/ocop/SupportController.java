package vn.ocop.portal.ocop;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Back-office pages of OCOP support records ({@value #PATH}): the list in the officer's scope with
 * filters by kind, year and unit (25 a page), and the form to record or change one.
 */
@Controller
class SupportController {

	static final String PATH = "/backoffice/ocop/support";

	private final SupportRecords records;

	SupportController(SupportRecords records) {
		this.records = records;
	}

	@GetMapping(PATH)
	@PreAuthorize(OcopProductController.OFFICERS)
	String list(@RequestParam(required = false) SupportKind kind, @RequestParam(required = false) Integer year,
			@RequestParam(required = false) String unit, @RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("records", records.list(kind, year, unit, page, SupportRecords.PAGE_SIZE));
		model.addAttribute("kind", kind);
		model.addAttribute("year", year);
		model.addAttribute("unit", unit == null ? "" : unit.strip());
		model.addAttribute("kinds", SupportKind.values());
		StringBuilder link = new StringBuilder("?");
		if (kind != null) {
			link.append("kind=").append(kind.name()).append('&');
		}
		if (year != null) {
			link.append("year=").append(year).append('&');
		}
		if (unit != null && !unit.isBlank()) {
			link.append("unit=").append(java.net.URLEncoder.encode(unit.strip(), java.nio.charset.StandardCharsets.UTF_8)).append('&');
		}
		model.addAttribute("link", link.toString());
		return "ocop/support";
	}

	@GetMapping(PATH + "/new")
	@PreAuthorize(OcopProductController.OFFICERS)
	String newRecord(@RequestParam(required = false) SupportKind kind, Model model) {
		SupportForm form = new SupportForm();
		form.setKind(kind);
		return form(model, form, null);
	}

	@PostMapping(PATH)
	@PreAuthorize(OcopProductController.OFFICERS)
	String create(@ModelAttribute("form") SupportForm form, BindingResult binding, Model model, RedirectAttributes redirect) {
		if (binding.hasErrors()) {
			return form(model, form, null);
		}
		try {
			records.create(form);
		}
		catch (InvalidSupportRecord e) {
			reject(binding, e);
			return form(model, form, null);
		}
		redirect.addFlashAttribute("notice", "ocop.support.saved");
		return "redirect:" + PATH;
	}

	@GetMapping(PATH + "/{id:\\d+}/edit")
	@PreAuthorize(OcopProductController.OFFICERS)
	String edit(@PathVariable long id, Model model) {
		SupportRecord record = records.read(id);
		return form(model, SupportForm.of(record), record);
	}

	@PostMapping(PATH + "/{id:\\d+}")
	@PreAuthorize(OcopProductController.OFFICERS)
	String update(@PathVariable long id, @ModelAttribute("form") SupportForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		SupportRecord record = records.read(id);
		if (binding.hasErrors()) {
			return form(model, form, record);
		}
		try {
			records.update(id, form);
		}
		catch (InvalidSupportRecord e) {
			reject(binding, e);
			return form(model, form, record);
		}
		redirect.addFlashAttribute("notice", "ocop.support.saved");
		return "redirect:" + PATH;
	}

	private static void reject(BindingResult binding, InvalidSupportRecord e) {
		for (InvalidSupportRecord.Problem problem : e.problems()) {
			binding.rejectValue(problem.field(), problem.messageKey(), problem.arguments(), problem.messageKey());
		}
	}

	private String form(Model model, SupportForm form, SupportRecord record) {
		model.addAttribute("form", form);
		model.addAttribute("record", record);
		model.addAttribute("kinds", SupportKind.values());
		return "ocop/supportForm";
	}

}
