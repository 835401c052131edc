package vn.ocop.portal.units;

import java.util.regex.Pattern;

/**
 * A code of the national list of administrative units (QĐ 124/2004/QĐ-TTg, QĐ 19/2025/QĐ-TTg):
 * 2 digits for a province, 3 for a district, 5 for a commune. Leading zeros are part of the code.
 * A code is never reused for another unit.
 */
public record UnitCode(String value) implements Comparable<UnitCode> {

	private static final Pattern CODE = Pattern.compile("\\d{2}|\\d{3}|\\d{5}");

	public UnitCode {
		if (!isValid(value)) {
			throw new IllegalArgumentException("An administrative unit code has 2, 3 or 5 digits: '" + value + "'");
		}
	}

	public static UnitCode of(String value) {
		return new UnitCode(value == null ? null : value.strip());
	}

	public static boolean isValid(String value) {
		return value != null && CODE.matcher(value).matches();
	}

	/** The level the code's length stands for: 2 digits province, 3 district, 5 commune. */
	public UnitLevel level() {
		return switch (value.length()) {
			case 2 -> UnitLevel.PROVINCE;
			case 3 -> UnitLevel.DISTRICT;
			default -> UnitLevel.COMMUNE;
		};
	}

	@Override
	public int compareTo(UnitCode other) {
		int byLength = Integer.compare(value.length(), other.value.length());
		return byLength != 0 ? byLength : value.compareTo(other.value);
	}

	@Override
	public String toString() {
		return value;
	}

}
