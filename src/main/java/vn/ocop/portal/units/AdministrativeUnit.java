package vn.ocop.portal.units;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Objects;

/**
 * An administrative unit as it was during one period: its official name, level, kind and parent
 * from {@code validFrom} to {@code validTo} (both inclusive; {@code validTo} null while it is still
 * valid). The same code has several rows over time when its name, kind or parent changed.
 *
 * @param code         the unit's code
 * @param name         official name with its kind word ("Huyện Ba Bể")
 * @param level        province, district or commune
 * @param kind         the kind word of the name, null when the name starts with none
 * @param parentCode   the parent during this period (null for a province); in the 2025 set a
 *                     commune's parent is its province
 * @param provinceCode the province the unit lay in during this period (itself for a province)
 * @param validFrom    first day of the period
 * @param validTo      last day of the period, null while still valid
 * @param unitSet      code of the unit set (or amendment set) that recorded this row
 * @param legalBasis   the legal instrument of this row (the amendment's, else the unit set's)
 */
public record AdministrativeUnit(UnitCode code, String name, UnitLevel level, UnitKind kind, UnitCode parentCode,
		UnitCode provinceCode, LocalDate validFrom, LocalDate validTo, String unitSet, String legalBasis) {

	/** Official code order (the default order of every list): by level, then by code. */
	public static final Comparator<AdministrativeUnit> BY_CODE = Comparator.comparing(AdministrativeUnit::code);

	/** Vietnamese alphabetical order of the names without their kind words, then of the full names. */
	public static final Comparator<AdministrativeUnit> BY_NAME = Comparator
		.comparing(AdministrativeUnit::properName, VietnameseText.ORDER)
		.thenComparing(AdministrativeUnit::name, VietnameseText.ORDER)
		.thenComparing(AdministrativeUnit::code);

	public AdministrativeUnit {
		Objects.requireNonNull(code, "code");
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(level, "level");
		Objects.requireNonNull(provinceCode, "provinceCode");
		Objects.requireNonNull(validFrom, "validFrom");
		if (code.level() != level) {
			throw new IllegalArgumentException("Code " + code + " is not a " + level.value() + " code");
		}
	}

	/** The name without its kind word: "Ba Bể" for "Huyện Ba Bể". */
	public String properName() {
		return kind == null ? name : kind.properName(name);
	}

	public boolean validOn(LocalDate date) {
		return !date.isBefore(validFrom) && (validTo == null || !date.isAfter(validTo));
	}

}
