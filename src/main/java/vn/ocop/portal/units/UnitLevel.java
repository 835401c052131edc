package vn.ocop.portal.units;

import java.util.Arrays;
import java.util.Optional;

/** The three levels of the national list; from 1/7/2025 there is no district level. */
public enum UnitLevel {

	PROVINCE("province", 2), DISTRICT("district", 3), COMMUNE("commune", 5);

	private final String value;

	private final int codeLength;

	UnitLevel(String value, int codeLength) {
		this.value = value;
		this.codeLength = codeLength;
	}

	/** The word used in the data files and the JSON API: {@code province}, {@code district}, {@code commune}. */
	public String value() {
		return value;
	}

	/** Number of digits of a code of this level. */
	public int codeLength() {
		return codeLength;
	}

	/** Key of the level's name in the message bundles, e.g. {@code units.level.province}. */
	public String messageKey() {
		return "units.level." + value;
	}

	public static Optional<UnitLevel> fromValue(String value) {
		return Arrays.stream(values()).filter(level -> level.value.equals(value)).findFirst();
	}

}
