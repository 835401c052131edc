package vn.ocop.portal.reporting;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One indicator of the catalogue: a stable code (as the API writes it, e.g. {@code THT_ACTIVE}),
 * what it measures and how it is obtained. Its Vietnamese and English name and definition are the
 * message keys {@code reporting.indicator.<CODE>} and {@code reporting.indicator.<CODE>.definition}.
 *
 * @param code  stable code, upper case letters, digits and underscores
 * @param unit  what the number counts
 * @param kind  measured from records by a family, or derived from another indicator
 * @param base  for a derived indicator, the indicator it is derived from (null when measured)
 * @param order position in tables, smaller first
 */
public record Indicator(String code, IndicatorUnit unit, Kind kind, String base, int order) {

	private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,39}");

	/** How the value is obtained. */
	public enum Kind {
		/** Counted or summed from records by an {@link IndicatorFamily}. */
		MEASURED,
		/** The base indicator's value minus its value at the end of the previous year. */
		CHANGE,
		/** The base indicator's value as a percentage of its plan target for the year, one decimal. */
		PLAN_SHARE
	}

	public Indicator {
		if (code == null || !CODE.matcher(code).matches()) {
			throw new IllegalArgumentException("Invalid indicator code " + code);
		}
		Objects.requireNonNull(unit, "unit");
		Objects.requireNonNull(kind, "kind");
		if ((kind == Kind.MEASURED) != (base == null)) {
			throw new IllegalArgumentException("Indicator " + code + ": a derived indicator needs a base, a measured one none");
		}
	}

	static Indicator measured(String code, IndicatorUnit unit, int order) {
		return new Indicator(code, unit, Kind.MEASURED, null, order);
	}

	static Indicator change(String code, String base, IndicatorUnit unit, int order) {
		return new Indicator(code, unit, Kind.CHANGE, base, order);
	}

	static Indicator planShare(String code, String base, int order) {
		return new Indicator(code, IndicatorUnit.PERCENT, Kind.PLAN_SHARE, base, order);
	}

	public String nameKey() {
		return "reporting.indicator." + code;
	}

	public String definitionKey() {
		return "reporting.indicator." + code + ".definition";
	}

	/** Whether a plan may set a target for it: measured counts and sums. */
	public boolean plannable() {
		return kind == Kind.MEASURED;
	}

}
