package vn.ocop.portal.ocop;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/** Null-tolerant copies and canonical numbers for the records read from files. */
final class Copies {

	private Copies() {
	}

	/** An immutable copy without nulls; an absent list is empty (the validator reports what is missing). */
	static <T> List<T> list(List<T> values) {
		return values == null ? List.of() : values.stream().filter(Objects::nonNull).toList();
	}

	/** 3, 3.0 and 3.00 are the same number of points; stored and hashed as 3. */
	static BigDecimal points(BigDecimal value) {
		if (value == null) {
			return null;
		}
		BigDecimal stripped = value.stripTrailingZeros();
		return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
	}

}
