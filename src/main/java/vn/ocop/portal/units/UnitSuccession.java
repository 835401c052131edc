package vn.ocop.portal.units;

import java.time.LocalDate;
import java.util.Objects;

/**
 * An old unit's territory going (wholly or partly) into a new unit from {@code effectiveDate}: the
 * 2025 province merges (06 Bắc Kạn → 19 Thái Nguyên), commune merges and splits, and the island
 * districts that became special zones. A unit that keeps its code has a succession to itself.
 *
 * @param predecessor   the old unit (valid the day before {@code effectiveDate})
 * @param successor     the new unit (valid on {@code effectiveDate})
 * @param effectiveDate first day of the new unit
 * @param coverage      whether the whole old unit went into this successor
 */
public record UnitSuccession(UnitCode predecessor, UnitCode successor, LocalDate effectiveDate, Coverage coverage) {

	public enum Coverage {

		/** The whole old unit went into this one new unit. */
		FULL,
		/** The old unit was split; this is one of its new units (says nothing about shares). */
		PARTIAL;

		public String value() {
			return name().toLowerCase(java.util.Locale.ROOT);
		}

		public String messageKey() {
			return "units.coverage." + value();
		}

	}

	public UnitSuccession {
		Objects.requireNonNull(predecessor, "predecessor");
		Objects.requireNonNull(successor, "successor");
		Objects.requireNonNull(effectiveDate, "effectiveDate");
		Objects.requireNonNull(coverage, "coverage");
	}

}
