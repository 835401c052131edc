package vn.ocop.portal.units;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One entry of a unit-set manifest ({@code units/unit-sets.csv}): a dated data file with its legal
 * basis and source. Sets are loaded once, identified by their code.
 *
 * @param code       stable identifier, e.g. {@code vn-2-levels-2025}
 * @param kind       what the file holds
 * @param file       the file name (relative to the manifest)
 * @param validFrom  first day of validity of the units; for successions the effective date; for
 *                   amendments informative (each amendment row has its own date)
 * @param validTo    last day of validity of the units (null: open); must be null for successions
 *                   and amendments
 * @param closesOpenUnits for a complete national list of units: every unit still valid the day
 *                   before {@code validFrom} is closed that day (as the 2025 reform closed the
 *                   three-level list); only for units
 * @param legalBasis the legal instruments
 * @param source     where the file comes from (repository, commit, licence)
 */
public record UnitSetDefinition(String code, Kind kind, String file, LocalDate validFrom, LocalDate validTo,
		boolean closesOpenUnits, String legalBasis, String source) {

	private static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9._-]{0,59}");

	/** The kinds of unit set files and their columns. */
	public enum Kind {

		/** {@code code,name,level,parent_code}: the units valid from validFrom to validTo. */
		UNITS,
		/**
		 * {@code code,level,name_before,name_after,effective_date,legal_basis}: name or kind changes;
		 * the old row is closed the day before, a new row with the same code is opened.
		 */
		AMENDMENTS,
		/**
		 * {@code old_code,new_code[,coverage]}: successions effective on validFrom; coverage
		 * {@code full} (default) or {@code partial}.
		 */
		SUCCESSIONS;

		public String value() {
			return name().toLowerCase(Locale.ROOT);
		}

		public static Optional<Kind> fromValue(String value) {
			return Arrays.stream(values()).filter(kind -> kind.value().equals(value)).findFirst();
		}

	}

	public UnitSetDefinition {
		if (code == null || !CODE.matcher(code).matches()) {
			throw new IllegalArgumentException("A unit set code is 1..60 characters a-z 0-9 . _ -: '" + code + "'");
		}
		if (kind == null || file == null || file.isBlank() || validFrom == null) {
			throw new IllegalArgumentException("A unit set needs a kind, a file and a valid_from date");
		}
		if (validTo != null && (kind != Kind.UNITS || validTo.isBefore(validFrom))) {
			throw new IllegalArgumentException("valid_to must be empty, or not before valid_from for units");
		}
		if (closesOpenUnits && kind != Kind.UNITS) {
			throw new IllegalArgumentException("Only a list of units closes the open units");
		}
		if (legalBasis == null || legalBasis.isBlank() || source == null || source.isBlank()) {
			throw new IllegalArgumentException("A unit set needs its legal basis and its source");
		}
	}

	/** Whether the units of this set are valid on the date. */
	public boolean covers(LocalDate date) {
		return !date.isBefore(validFrom) && (validTo == null || !date.isAfter(validTo));
	}

}
