package vn.ocop.portal.registry;

import java.util.List;

/** Why a request to the registry API could not be answered; turned into a problem-detail response. */
abstract sealed class RegistryApiProblem extends RuntimeException {

	RegistryApiProblem(String message) {
		super(message, null, false, false);
	}

	/** A query parameter that cannot be read (400). */
	static final class InvalidParameter extends RegistryApiProblem {

		final String parameter;

		final String value;

		final String reasonKey;

		InvalidParameter(String parameter, String value, String reasonKey) {
			super("Invalid parameter " + parameter);
			this.parameter = parameter;
			this.value = value;
			this.reasonKey = reasonKey;
		}

	}

	/** The data sent breaks rules (400), each problem at its field, already in the request's language. */
	static final class InvalidData extends RegistryApiProblem {

		final List<RegistryJson.FieldMessage> errors;

		InvalidData(List<RegistryJson.FieldMessage> errors) {
			super("Invalid data");
			this.errors = List.copyOf(errors);
		}

	}

	/** No such organisation or annual update (404). */
	static final class NotFound extends RegistryApiProblem {

		final String id;

		NotFound(String id) {
			super("Not found " + id);
			this.id = id;
		}

	}

}
