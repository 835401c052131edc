package vn.ocop.portal.reporting;

/**
 * A report that cannot be made: a year after today or before {@link ReportPeriod#FIRST_YEAR}, or a
 * unit code that names no unit valid on the report's date. Carries a message key and arguments
 * ({@code messages/reporting*.properties}); pages answer 404 with the message, the API 404 or 400.
 */
class ReportNotAvailable extends RuntimeException {

	private final String messageKey;

	private final Object[] arguments;

	ReportNotAvailable(String messageKey, Object... arguments) {
		super(messageKey);
		this.messageKey = messageKey;
		this.arguments = arguments;
	}

	String messageKey() {
		return messageKey;
	}

	Object[] arguments() {
		return arguments.clone();
	}

}
