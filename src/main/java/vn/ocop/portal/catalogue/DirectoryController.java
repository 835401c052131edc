package vn.ocop.portal.catalogue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.view.RedirectView;
import org.springframework.web.util.UriComponentsBuilder;

import vn.ocop.portal.shared.web.CacheablePage;
import vn.ocop.portal.registry.OrganisationKind;
import vn.ocop.portal.registry.PublicOrganisations;
import vn.ocop.portal.registry.Sector;
import vn.ocop.portal.units.AdministrativeUnit;
import vn.ocop.portal.units.AdministrativeUnits;
import vn.ocop.portal.units.UnitCode;
import vn.ocop.portal.units.UnitLevel;

/**
 * The public directory of cooperatives and unions of cooperatives, for citizens without signing
 * in: {@code /hop-tac-xa} lists the operating ones (filters: province, then one of its units;
 * sector; kind; words of the name with or without diacritics), 20 a page in Vietnamese order;
 * {@code /hop-tac-xa/{code}} shows one organisation's public profile. A registration number in
 * place of the code leads to the profile's stable address.
 */
@Controller
@RequestMapping(DirectoryController.PATH)
class DirectoryController {

	static final String PATH = "/hop-tac-xa";

	static final List<OrganisationKind> KINDS = List.of(OrganisationKind.HTX, OrganisationKind.LHHTX);

	private final PublicOrganisations directory;

	private final AdministrativeUnits units;

	DirectoryController(PublicOrganisations directory, AdministrativeUnits units) {
		this.directory = directory;
		this.units = units;
	}

	@CacheablePage
	@GetMapping
	String list(@RequestParam(name = "tinh", required = false) String province,
			@RequestParam(name = "don-vi", required = false) String unit,
			@RequestParam(name = "nganh", required = false) String sector,
			@RequestParam(name = "loai", required = false) String kind, @RequestParam(required = false) String q,
			@RequestParam(name = "trang", defaultValue = "1") String page, Model model) {
		LocalDate today = directory.today();
		List<String> problems = new ArrayList<>();
		Optional<AdministrativeUnit> chosenProvince = unit(province, today, null, problems);
		Optional<AdministrativeUnit> chosenUnit = chosenProvince.isEmpty() ? Optional.empty()
				: unit(unit, today, chosenProvince.get().code(), problems);
		Sector chosenSector = choice(Sector.class, sector);
		OrganisationKind chosenKind = KINDS.stream().filter(value -> value.name().equals(kind)).findFirst().orElse(null);
		String text = q == null ? "" : q.strip();
		if (text.length() > 100) {
			text = text.substring(0, 100);
		}
		String unitCode = chosenUnit.or(() -> chosenProvince).map(found -> found.code().value()).orElse(null);
		Page<PublicOrganisations.Entry> found = directory
			.list(new PublicOrganisations.Query(unitCode, chosenKind, chosenSector, text, pageNumber(page) - 1));

		model.addAttribute("today", today);
		model.addAttribute("provinces", units.validOn(today, null).stream().sorted(AdministrativeUnit.BY_NAME).toList());
		model.addAttribute("children", chosenProvince.map(p -> units.validOn(today, p.code()).stream()
			.sorted(AdministrativeUnit.BY_NAME)
			.toList()).orElse(List.of()));
		model.addAttribute("childLevel", chosenProvince.map(p -> units.validOn(today, p.code()).stream()
			.map(AdministrativeUnit::level)
			.anyMatch(level -> level == UnitLevel.DISTRICT)).orElse(false) ? "district" : "commune");
		model.addAttribute("province", chosenProvince.orElse(null));
		model.addAttribute("unit", chosenUnit.orElse(null));
		model.addAttribute("sectors", Sector.values());
		model.addAttribute("sector", chosenSector);
		model.addAttribute("kinds", KINDS);
		model.addAttribute("kind", chosenKind);
		model.addAttribute("q", text);
		model.addAttribute("problems", problems);
		model.addAttribute("organisations", found);
		model.addAttribute("pageLink", UriComponentsBuilder.fromPath(PATH)
			.queryParamIfPresent("tinh", chosenProvince.map(p -> p.code().value()))
			.queryParamIfPresent("don-vi", chosenUnit.map(u -> u.code().value()))
			.queryParamIfPresent("nganh", Optional.ofNullable(chosenSector).map(Enum::name))
			.queryParamIfPresent("loai", Optional.ofNullable(chosenKind).map(Enum::name))
			.queryParamIfPresent("q", Optional.of(text).filter(value -> !value.isEmpty()))
			.encode()
			.toUriString());
		return "catalogue/directory";
	}

	@CacheablePage
	@GetMapping("/{key}")
	Object profile(@PathVariable String key, Model model) {
		PublicOrganisations.Profile profile = directory.profile(key)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		if (!profile.slug().equals(key)) {
			RedirectView canonical = new RedirectView(PATH + "/" + profile.slug(), true);
			canonical.setStatusCode(HttpStatus.MOVED_PERMANENTLY);
			return canonical;
		}
		model.addAttribute("organisation", profile);
		model.addAttribute("today", directory.today());
		return "catalogue/profile";
	}

	/** The unit with this code valid today, a province or a unit of {@code parent}; a problem when it is not one. */
	private Optional<AdministrativeUnit> unit(String code, LocalDate today, UnitCode parent, List<String> problems) {
		if (code == null || code.isBlank()) {
			return Optional.empty();
		}
		Optional<AdministrativeUnit> found = UnitCode.isValid(code.strip())
				? units.find(UnitCode.of(code.strip()), today)
					.filter(candidate -> parent == null ? candidate.level() == UnitLevel.PROVINCE
							: parent.equals(candidate.parentCode()))
				: Optional.empty();
		if (found.isEmpty()) {
			problems.add(parent == null ? "catalogue.directory.problem.province" : "catalogue.directory.problem.unit");
		}
		return found;
	}

	private static <E extends Enum<E>> E choice(Class<E> type, String value) {
		return value == null ? null
				: Arrays.stream(type.getEnumConstants()).filter(constant -> constant.name().equals(value)).findFirst().orElse(null);
	}

	private static int pageNumber(String page) {
		try {
			return Math.max(1, Math.min(Integer.parseInt(page.strip()), 100_000));
		}
		catch (NumberFormatException ex) {
			return 1;
		}
	}

}
