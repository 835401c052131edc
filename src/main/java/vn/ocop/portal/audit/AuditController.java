package vn.ocop.portal.audit;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import vn.ocop.portal.shared.web.Formats;

/** The administrator's view of the audit log: a filtered, paginated list and one entry's details. */
@Controller
@RequestMapping(AuditController.PATH)
class AuditController {

	static final String PATH = "/admin/audit";

	private static final int PAGE_WINDOW = 3;

	private final AuditTrail trail;

	private final Formats formats;

	AuditController(AuditTrail trail, Formats formats) {
		this.trail = trail;
		this.formats = formats;
	}

	@GetMapping
	@PreAuthorize("hasRole('ADMIN')")
	String processFindForm(@ModelAttribute("filter") AuditFilterForm filter, BindingResult result,
			@RequestParam(name = "page", required = false) String page, Model model) {
		LocalDate from = parseDate(filter.from(), "from", result);
		LocalDate to = parseDate(filter.to(), "to", result);
		if (from != null && to != null && from.isAfter(to)) {
			result.rejectValue("to", "audit.filter.range.invalid");
		}
		if (filter.text() != null && filter.text().strip().length() > AuditQuery.TEXT_LENGTH) {
			result.rejectValue("text", "audit.filter.text.tooLong",
					new Object[] { new DefaultMessageSourceResolvable("audit.filter.text"), AuditQuery.TEXT_LENGTH }, null);
		}
		if (result.hasErrors()) {
			return "audit/list";
		}
		AuditQuery query = new AuditQuery(filter.module(), filter.entityType(), filter.entityId(), filter.actor(),
				filter.action(), from, to, filter.text());
		Page<AuditEntryView> entries = trail.find(query, PageRequest.of(pageNumber(page), AuditTrail.DEFAULT_PAGE_SIZE));
		model.addAttribute("entries", entries);
		model.addAttribute("pages", pageLinks(filter, entries));
		return "audit/list";
	}

	@GetMapping("/{id}")
	@PreAuthorize("hasRole('ADMIN')")
	String showEntry(@PathVariable long id, Model model) {
		AuditEntryView entry = trail.findById(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("entry", entry);
		model.addAttribute("fields", ChangedFields.compare(entry.before(), entry.after()));
		model.addAttribute("rawBefore", ChangedFields.pretty(entry.before()));
		model.addAttribute("rawAfter", ChangedFields.pretty(entry.after()));
		return "audit/entry";
	}

	/**
	 * A typed {@code dd/MM/yyyy} date, or null; a malformed one becomes a field error naming the
	 * field. A date the parser would silently adjust ({@code 31/02/2024} to 29/02) is malformed too.
	 */
	private LocalDate parseDate(String text, String field, BindingResult result) {
		try {
			LocalDate date = Formats.parseDate(text);
			if (date == null || formats.date(date).equals(text.strip())) {
				return date;
			}
		}
		catch (DateTimeParseException ex) {
			// reported below
		}
		result.rejectValue(field, "audit.filter.date.invalid",
				new Object[] { new DefaultMessageSourceResolvable("audit.filter." + field), text.strip() }, null);
		return null;
	}

	/** The zero-based page number from the link; anything else than a number means the first page. */
	private static int pageNumber(String page) {
		try {
			return page == null ? 0 : Math.max(Integer.parseInt(page.strip()), 0);
		}
		catch (NumberFormatException ex) {
			return 0;
		}
	}

	private static PageLinks pageLinks(AuditFilterForm filter, Page<?> entries) {
		int current = entries.getNumber();
		int last = Math.max(entries.getTotalPages() - 1, 0);
		List<PageLink> numbers = new ArrayList<>();
		for (int n = Math.max(0, current - PAGE_WINDOW); n <= Math.min(last, current + PAGE_WINDOW); n++) {
			numbers.add(new PageLink(n + 1, filter.link(PATH, n), n == current));
		}
		return new PageLinks(entries.hasPrevious() ? filter.link(PATH, current - 1) : null,
				entries.hasNext() ? filter.link(PATH, current + 1) : null, numbers, current + 1, last + 1);
	}

	/** Links to the neighbouring pages, keeping the filter. */
	record PageLinks(String previous, String next, List<PageLink> numbers, int current, int total) {
	}

	/** A link to one page; {@code number} counts from 1. */
	record PageLink(int number, String url, boolean current) {
	}

}
