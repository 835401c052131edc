package vn.ocop.portal.units;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** A unit-set file was rejected: nothing of it was stored. Lists every problem found (up to a limit). */
public class UnitDataRejected extends RuntimeException {

	private static final int SHOWN = 10;

	private final transient List<UnitDataError> errors;

	public UnitDataRejected(List<UnitDataError> errors) {
		super(summary(errors));
		this.errors = List.copyOf(errors);
	}

	public List<UnitDataError> errors() {
		return errors;
	}

	private static String summary(List<UnitDataError> errors) {
		String shown = errors.stream()
			.limit(SHOWN)
			.map(error -> error.describe(Locale.ENGLISH))
			.collect(Collectors.joining("; "));
		return "Unit data rejected, nothing stored (" + errors.size() + " problem(s)): " + shown
				+ (errors.size() > SHOWN ? "; …" : "");
	}

}
