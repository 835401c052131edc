package vn.ocop.portal.petitions;

import java.time.MonthDay;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrator's page of the working-day calendar and the petitions' reference lists: dated
 * days of a year, fixed holidays, answer deadlines per topic, departments. A year's days can also
 * be imported (sheet {@code ngay-lam-viec} in the imports).
 */
@Controller
@RequestMapping("/admin/petitions")
@PreAuthorize("hasRole('ADMIN')")
class CalendarController {

	private static final DateTimeFormatter MONTH_DAY = DateTimeFormatter.ofPattern("dd/MM");

	private final CalendarAdministration calendar;

	private final ReferenceLists lists;

	private final PetitionQueries queries;

	CalendarController(CalendarAdministration calendar, ReferenceLists lists, PetitionQueries queries) {
		this.calendar = calendar;
		this.lists = lists;
		this.queries = queries;
	}

	@GetMapping("/calendar")
	String show(@RequestParam Optional<Integer> year, Model model, Locale locale) {
		int shown = year.orElse(queries.today().getYear());
		model.addAttribute("year", shown);
		model.addAttribute("days", calendar.days(shown));
		model.addAttribute("fixedHolidays", calendar.fixedHolidays());
		model.addAttribute("kinds", CalendarAdministration.DayKind.values());
		model.addAttribute("topics", lists.topics());
		model.addAttribute("departments", lists.departments());
		model.addAttribute("english", "en".equals(locale.getLanguage()));
		return "petitions/calendar";
	}

	@PostMapping("/calendar/days")
	String saveDay(@RequestParam String day, @RequestParam String kind, @RequestParam String name, RedirectAttributes redirect) {
		return act(redirect, "petitions.notice.daySaved", () -> {
			java.time.LocalDate date = PetitionForms.date(day);
			if (date == null) {
				throw new PetitionRuleViolation("petitions.rule.dateRequired");
			}
			calendar.save(new CalendarAdministration.CalendarDay(date,
					PetitionForms.parse(CalendarAdministration.DayKind.class, kind), name));
			return date.getYear();
		});
	}

	@PostMapping("/calendar/days/remove")
	String removeDay(@RequestParam String day, RedirectAttributes redirect) {
		return act(redirect, "petitions.notice.dayRemoved", () -> {
			java.time.LocalDate date = java.time.LocalDate.parse(day);
			calendar.remove(date);
			return date.getYear();
		});
	}

	@PostMapping("/calendar/fixed")
	String saveFixed(@RequestParam String day, @RequestParam String name, RedirectAttributes redirect) {
		return act(redirect, "petitions.notice.daySaved", () -> {
			calendar.saveFixedHoliday(monthDay(day), name);
			return null;
		});
	}

	@PostMapping("/calendar/fixed/remove")
	String removeFixed(@RequestParam String day, RedirectAttributes redirect) {
		return act(redirect, "petitions.notice.dayRemoved", () -> {
			calendar.removeFixedHoliday(monthDay(day));
			return null;
		});
	}

	@PostMapping("/topics")
	String saveTopic(@RequestParam String code, @RequestParam int answerWorkingDays,
			@RequestParam(defaultValue = "false") boolean active, RedirectAttributes redirect) {
		return act(redirect, "petitions.notice.topicSaved", () -> {
			lists.updateTopic(code, answerWorkingDays, active);
			return null;
		});
	}

	@PostMapping("/departments")
	String saveDepartment(@RequestParam String code, @RequestParam String nameVi, @RequestParam(required = false) String nameEn,
			@RequestParam(defaultValue = "false") boolean active, @RequestParam(required = false) String email,
			RedirectAttributes redirect) {
		return act(redirect, "petitions.notice.departmentSaved", () -> {
			lists.saveDepartment(new ReferenceLists.Department(code == null ? null : code.strip(), nameVi, nameEn, active, email));
			return null;
		});
	}

	private String act(RedirectAttributes redirect, String notice, java.util.function.Supplier<Integer> action) {
		Integer year = null;
		try {
			year = action.get();
			redirect.addFlashAttribute("notice", notice);
		}
		catch (PetitionRuleViolation violation) {
			PetitionForms.problem(redirect, violation);
		}
		return "redirect:/admin/petitions/calendar" + (year == null ? "" : "?year=" + year);
	}

	private static MonthDay monthDay(String text) {
		try {
			return MonthDay.parse(text == null ? "" : text.strip(), MONTH_DAY);
		}
		catch (DateTimeParseException invalid) {
			throw new PetitionRuleViolation("petitions.rule.monthDayFormat", text);
		}
	}

}
