package vn.ocop.portal.units;

import java.util.Map;

import org.springframework.stereotype.Component;

import vn.ocop.portal.shared.scale.ScaleDataContributor;
import vn.ocop.portal.shared.scale.ScaleDataPlan;

/**
 * The national-scale data set uses the real administrative units, loaded at startup: this
 * contribution checks that the units valid on the plan's date are all there (34 provinces and
 * 3,321 communes after the 2025 reform) before other modules spread their records over them.
 */
@Component
class UnitsScaleData implements ScaleDataContributor {

	private final AdministrativeUnits units;

	UnitsScaleData(AdministrativeUnits units) {
		this.units = units;
	}

	@Override
	public int order() {
		return 100;
	}

	@Override
	public String module() {
		return "units";
	}

	@Override
	public String generate(ScaleDataPlan plan) {
		Map<UnitCode, UnitCounts> counts = units.countsByProvince(plan.asOf());
		if (counts.isEmpty()) {
			throw new IllegalStateException("No administrative units are valid on " + plan.asOf());
		}
		long districts = counts.values().stream().mapToLong(UnitCounts::districts).sum();
		long communes = counts.values().stream().mapToLong(UnitCounts::communes).sum();
		return "%d provinces, %d districts, %d communes valid on %s (real national lists)".formatted(counts.size(),
				districts, communes, plan.asOf());
	}

}
