package vn.ocop.portal.units;

import java.time.LocalDate;
import java.util.List;

/** Why a request to the units API could not be answered; turned into a problem-detail response. */
abstract sealed class UnitApiProblem extends RuntimeException {

	UnitApiProblem(String message) {
		super(message, null, false, false);
	}

	/** A query or path parameter that cannot be read (400). */
	static final class InvalidParameter extends UnitApiProblem {

		final String parameter;

		final String value;

		final String reasonKey;

		final Object[] reasonArgs;

		InvalidParameter(String parameter, String value, String reasonKey, Object... reasonArgs) {
			super("Invalid parameter " + parameter);
			this.parameter = parameter;
			this.value = value;
			this.reasonKey = reasonKey;
			this.reasonArgs = reasonArgs;
		}

	}

	/** No unit ever had this code (404). */
	static final class UnknownUnit extends UnitApiProblem {

		final UnitCode code;

		UnknownUnit(UnitCode code) {
			super("Unknown unit " + code);
			this.code = code;
		}

	}

	/** The unit exists but was not valid on the date (404), with what succeeded it. */
	static final class NotValidOn extends UnitApiProblem {

		final AdministrativeUnit latest;

		final LocalDate date;

		final List<UnitSuccession> successors;

		NotValidOn(AdministrativeUnit latest, LocalDate date, List<UnitSuccession> successors) {
			super("Unit " + latest.code() + " not valid on " + date);
			this.latest = latest;
			this.date = date;
			this.successors = List.copyOf(successors);
		}

	}

}
