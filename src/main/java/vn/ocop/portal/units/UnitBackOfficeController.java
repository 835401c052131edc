package vn.ocop.portal.units;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

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
import org.springframework.web.util.UriComponentsBuilder;

import vn.ocop.portal.identity.DataScope;
import vn.ocop.portal.identity.ScopeGuard;
import vn.ocop.portal.identity.ScopedUser;

/**
 * Back office: the provinces valid on a date (the user's own scope marked) and one unit over time
 * (names, parent, children on the date, predecessors and successors). A unit's page is open only
 * inside the user's data scope.
 */
@Controller
@RequestMapping("/backoffice/units")
class UnitBackOfficeController {

	static final String OFFICERS = "hasAnyRole('ADMIN', 'PROVINCIAL_OFFICER', 'LOCAL_OFFICER')";

	private final AdministrativeUnits units;

	private final ScopeGuard scopeGuard;

	UnitBackOfficeController(AdministrativeUnits units, ScopeGuard scopeGuard) {
		this.units = units;
		this.scopeGuard = scopeGuard;
	}

	/** A province row of the list; {@code accessible}: the user may open the province's page. */
	record ProvinceRow(AdministrativeUnit unit, UnitCounts counts, boolean ownScope, boolean accessible) {
	}

	/** A predecessor or successor with the other unit's name. */
	record SuccessionRow(UnitSuccession succession, UnitCode other, String name) {
	}

	@GetMapping
	@PreAuthorize(OFFICERS)
	String showProvinces(@RequestParam(required = false) String date, Model model) {
		LocalDate day = pageDate(date, model);
		model.addAttribute("lookup", UnitLookupForm.empty(day.toString()));
		return provinces(day, model);
	}

	@GetMapping("/lookup")
	@PreAuthorize(OFFICERS)
	String processLookupForm(@ModelAttribute("lookup") UnitLookupForm lookup, BindingResult result, Model model) {
		LocalDate day = pageDate(lookup.date(), model);
		Optional<AdministrativeUnit> unit = units.validateCode(result, "code", lookup.code(), day);
		if (result.hasErrors() || unit.isEmpty()) {
			return provinces(day, model);
		}
		return "redirect:" + UriComponentsBuilder.fromPath("/backoffice/units/{code}")
			.queryParam("date", day)
			.buildAndExpand(unit.get().code().value())
			.toUriString();
	}

	@GetMapping("/{code}")
	@PreAuthorize(OFFICERS + " and @scopeGuard.canAccessUnit(#code)")
	String showUnit(@PathVariable String code, @RequestParam(required = false) String date, Model model) {
		if (!UnitCode.isValid(code)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		UnitCode unitCode = UnitCode.of(code);
		List<AdministrativeUnit> history = units.history(unitCode);
		if (history.isEmpty()) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		LocalDate day = pageDate(date, model);
		Optional<AdministrativeUnit> unit = units.find(unitCode, day);
		model.addAttribute("code", unitCode);
		model.addAttribute("unit", unit.orElse(null));
		model.addAttribute("latest", history.get(history.size() - 1));
		model.addAttribute("history", history);
		model.addAttribute("ancestors", units.ancestors(unitCode, day));
		model.addAttribute("children", unit.isPresent() ? units.validOn(day, unitCode) : List.of());
		model.addAttribute("predecessors", units.predecessorsOf(unitCode).stream()
			.filter(succession -> !succession.predecessor().equals(unitCode))
			.map(succession -> row(succession, succession.predecessor(), succession.effectiveDate().minusDays(1)))
			.toList());
		model.addAttribute("successors", units.successorsOf(unitCode).stream()
			.filter(succession -> !succession.successor().equals(unitCode))
			.map(succession -> row(succession, succession.successor(), succession.effectiveDate()))
			.toList());
		return "units/unit";
	}

	private String provinces(LocalDate day, Model model) {
		Set<String> ownScope = ownScopeContainers();
		Map<UnitCode, UnitCounts> counts = units.countsByProvince(day);
		List<ProvinceRow> rows = units.validOn(day, null).stream()
			.map(province -> new ProvinceRow(province, counts.getOrDefault(province.code(), UnitCounts.NONE),
					ownScope.contains(province.code().value()), scopeGuard.canAccessUnit(province.code().value())))
			.toList();
		model.addAttribute("provinces", rows);
		return "units/provinces";
	}

	/** The codes the user's territorial scope lies in (its provinces across the reform), or none. */
	private Set<String> ownScopeContainers() {
		return scopeGuard.currentUser()
			.map(ScopedUser::scope)
			.filter(scope -> scope.kind() == DataScope.Kind.PROVINCE || scope.kind() == DataScope.Kind.UNIT)
			.map(scope -> units.containersOf(scope.reference()))
			.orElse(Set.of());
	}

	private SuccessionRow row(UnitSuccession succession, UnitCode other, LocalDate nameDate) {
		String name = units.find(other, nameDate).or(() -> units.latest(other)).map(AdministrativeUnit::name).orElse("");
		return new SuccessionRow(succession, other, name);
	}

	/** The date the page shows: the {@code date} parameter, today when it is missing or wrong. */
	private LocalDate pageDate(String date, Model model) {
		LocalDate day = units.today();
		if (date != null && !date.isBlank()) {
			try {
				day = LocalDate.parse(date.strip());
			}
			catch (DateTimeParseException ex) {
				model.addAttribute("dateInvalid", date);
			}
		}
		model.addAttribute("date", day);
		return day;
	}

}
