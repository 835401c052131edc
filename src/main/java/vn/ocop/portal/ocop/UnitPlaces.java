package vn.ocop.portal.ocop;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import vn.ocop.portal.units.AdministrativeUnit;
import vn.ocop.portal.units.AdministrativeUnits;
import vn.ocop.portal.units.UnitCode;
import vn.ocop.portal.units.UnitLevel;

/** Where a subject's administrative unit lies, through the units module's public face. */
@Component
class UnitPlaces {

	private final AdministrativeUnits units;

	UnitPlaces(AdministrativeUnits units) {
		this.units = units;
	}

	/**
	 * The unit as it was on the date (or, when it was not valid then, in its latest period), with its
	 * province, district (null after the district level was removed) and every containing code.
	 */
	Optional<Place> place(String unitCode, LocalDate date) {
		if (!UnitCode.isValid(unitCode)) {
			return Optional.empty();
		}
		UnitCode code = UnitCode.of(unitCode);
		Optional<AdministrativeUnit> unit = units.find(code, date).or(() -> units.latest(code));
		return unit.map(found -> {
			LocalDate on = found.validOn(date) ? date : found.validFrom();
			List<AdministrativeUnit> chain = new ArrayList<>(units.ancestors(code, on));
			chain.add(found);
			String district = chain.stream().filter(u -> u.level() == UnitLevel.DISTRICT).map(u -> u.code().value())
				.findFirst().orElse(null);
			List<String> areas = chain.stream().map(u -> u.code().value()).distinct().toList();
			String province = chain.get(0).level() == UnitLevel.PROVINCE ? chain.get(0).code().value()
					: found.provinceCode().value();
			return new Place(found.code().value(), found.name(), province, district, areas);
		});
	}

	LocalDate today() {
		return units.today();
	}

	/** The unit's name on the date (or latest), or the code when unknown. */
	String name(String unitCode, LocalDate date) {
		return place(unitCode, date).map(Place::name).orElse(unitCode);
	}

	/**
	 * @param code     the unit's code
	 * @param name     its official name
	 * @param province its province's code
	 * @param district its district's code, or null
	 * @param areas    the codes of the province, district and unit
	 */
	record Place(String code, String name, String province, String district, List<String> areas) {

		/** The unit part of a product code: the district where there is one, else the unit. */
		String codeUnit() {
			return district != null ? district : code;
		}

	}

}
