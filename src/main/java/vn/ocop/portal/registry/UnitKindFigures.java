package vn.ocop.portal.registry;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The registry's aggregate figures of one kind of organisation in one administrative unit, on a
 * date and for a reporting year ({@link RegistryStatistics}).
 *
 * @param unitCode      the unit the organisations lay in on the date
 * @param kind          the kind of organisation
 * @param operating     organisations registered by the date whose status on the date was operating
 * @param registered    organisations registered within the year, up to the date
 * @param dissolved     organisations dissolved within the year, up to the date
 * @param members       members of the operating ones: for cooperative groups and cooperatives the
 *                      members (official and associates) reported in their annual update of the
 *                      year; for unions the member cooperatives on the date
 * @param reporting     operating organisations with an annual update of the year (not returned)
 * @param workers       workers reported by the operating ones for the year
 * @param revenue       revenue reported by the operating ones for the year (whole dong)
 * @param averageIncome sum of the average incomes per worker reported by the operating ones for
 *                      the year (whole dong); divide by {@code reporting} for their mean
 */
public record UnitKindFigures(String unitCode, OrganisationKind kind, long operating, long registered, long dissolved,
		long members, long reporting, long workers, BigDecimal revenue, BigDecimal averageIncome) {

	public UnitKindFigures {
		Objects.requireNonNull(unitCode, "unitCode");
		Objects.requireNonNull(kind, "kind");
		revenue = revenue == null ? BigDecimal.ZERO : revenue;
		averageIncome = averageIncome == null ? BigDecimal.ZERO : averageIncome;
	}

	/** No organisation of the kind in the unit. */
	public static UnitKindFigures none(String unitCode, OrganisationKind kind) {
		return new UnitKindFigures(unitCode, kind, 0, 0, 0, 0, 0, 0, BigDecimal.ZERO, BigDecimal.ZERO);
	}

}
