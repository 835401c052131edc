package vn.ocop.portal.reporting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.ocop.portal.shared.web.Languages;
import vn.ocop.portal.units.AdministrativeUnit;

/**
 * The reporting JSON API:
 * <ul>
 * <li>{@code GET /api/v1/reports/year-end?unit=06&year=2022}: {@code unit}, {@code year}, the date
 * and unit name, and {@code indicators} mapping every code of the catalogue to its number (null
 * when there is none, e.g. a share of plan without a plan), the indicators not yet measured (OCOP)
 * included as null, and {@code notAvailable} naming the codes whose source has no data — for
 * officers whose scope covers the unit, as the report page;</li>
 * <li>{@code GET /api/v1/indicators}: the catalogue, names and definitions in both languages,
 * {@code available: false} for the indicators not yet measured (open);</li>
 * <li>{@code GET /api/v1/plans?unit=06&year=2022} and
 * {@code PUT /api/v1/plans/{indicator}/{unit}/{year}} with {@code {"target": 395, "note": "…"}}:
 * plan targets, for administrators and provincial officers in their province (audited).</li>
 * </ul>
 */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
class ReportingApiController {

	private final YearEndReports reports;

	private final IndicatorCatalogue catalogue;

	private final PlanTargets targets;

	private final PlanManagement management;

	private final MessageSource messages;

	ReportingApiController(YearEndReports reports, IndicatorCatalogue catalogue, PlanTargets targets,
			PlanManagement management, MessageSource messages) {
		this.reports = reports;
		this.catalogue = catalogue;
		this.targets = targets;
		this.management = management;
		this.messages = messages;
	}

	/**
	 * A unit's indicators for a year; {@code notAvailable} lists the codes whose value is null
	 * because their source has no data (pending OCOP indicators, petitions outside the province or
	 * in a year without petitions), as opposed to a share of plan without a target.
	 */
	record YearEnd(String unit, String unitName, int year, LocalDate date, Map<String, BigDecimal> indicators,
			List<String> notAvailable) {
	}

	record Text(String vi, String en) {
	}

	record CatalogueEntry(String code, Text name, Text unit, Text definition, String kind, String base, boolean plannable,
			boolean available) {
	}

	record Target(String indicator, String unit, int year, BigDecimal target, String note, String updatedBy) {

		static Target of(PlanTarget target) {
			return new Target(target.indicatorCode(), target.unitCode(), target.year(), target.target(), target.note(),
					target.updatedBy());
		}

	}

	record TargetBody(BigDecimal target, String note) {
	}

	@GetMapping("/reports/year-end")
	@PreAuthorize("@reportingAccess.mayReport(#unit)")
	YearEnd yearEnd(@RequestParam String unit, @RequestParam String year) {
		int wanted = YearParameter.parse(year, 0);
		ReportPeriod period = reports.period(wanted);
		AdministrativeUnit found = reports.unit(unit, period);
		Map<String, BigDecimal> values = reports.indicators(unit, wanted);
		Map<String, BigDecimal> indicators = new LinkedHashMap<>();
		List<String> notAvailable = new ArrayList<>();
		for (Indicator indicator : catalogue.allWithPending()) {
			indicators.put(indicator.code(), values.get(indicator.code()));
			if (catalogue.notAvailable(indicator, values)) {
				notAvailable.add(indicator.code());
			}
		}
		return new YearEnd(found.code().value(), found.name(), wanted, period.date(), indicators, notAvailable);
	}

	@GetMapping("/indicators")
	List<CatalogueEntry> indicators() {
		return catalogue.allWithPending()
			.stream()
			.map(indicator -> {
				boolean available = !catalogue.pending().contains(indicator);
				return new CatalogueEntry(indicator.code(), text(indicator.nameKey()), text(indicator.unit().messageKey()),
						text(indicator.definitionKey()), indicator.kind().name(), indicator.base(), available && indicator.plannable(),
						available);
			})
			.toList();
	}

	@GetMapping("/plans")
	@PreAuthorize("@reportingAccess.mayPlan(#unit)")
	List<Target> plans(@RequestParam String unit, @RequestParam String year,
			@RequestParam(defaultValue = "0") int page) {
		int wanted = YearParameter.parse(year, 0);
		return targets.list(unit, wanted, PlanController.PAGE_SIZE, (long) Math.max(page, 0) * PlanController.PAGE_SIZE)
			.stream()
			.map(Target::of)
			.toList();
	}

	@PutMapping(path = "/plans/{indicator}/{unit}/{year}", consumes = MediaType.APPLICATION_JSON_VALUE)
	@PreAuthorize("@reportingAccess.mayUsePlans()")
	ResponseEntity<Target> setPlan(@PathVariable String indicator, @PathVariable String unit, @PathVariable String year,
			@RequestBody TargetBody body) {
		int wanted = YearParameter.parse(year, 0);
		boolean existed = management.exists(indicator, unit, wanted);
		management.setTarget(indicator, unit, wanted, body.target(), body.note());
		Target saved = targets.find(indicator, unit, wanted).map(Target::of).orElseThrow();
		return existed ? ResponseEntity.ok(saved) : ResponseEntity.status(201).body(saved);
	}

	private Text text(String key) {
		return new Text(messages.getMessage(key, null, Languages.VIETNAMESE), messages.getMessage(key, null, Languages.ENGLISH));
	}

}
