package vn.ocop.portal.units;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A province as it was on a date, with its districts (none from 1/7/2025) and the number of its
 * communes. When the code asked for was closed by then, {@code province} is its successor and
 * {@code successorOf} the code asked for (06 on 2026-01-01 → Tỉnh Thái Nguyên, successor of 06).
 *
 * @param date        the date of the view
 * @param province    the province valid on that date
 * @param successorOf the closed code that led to it, or null
 * @param districts   its districts valid on that date, in official code order
 * @param communes    the number of its communes valid on that date
 */
public record ProvinceView(LocalDate date, AdministrativeUnit province, UnitCode successorOf,
		List<AdministrativeUnit> districts, int communes) {

	public ProvinceView {
		Objects.requireNonNull(date, "date");
		Objects.requireNonNull(province, "province");
		districts = List.copyOf(districts);
	}

}
