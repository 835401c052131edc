package vn.ocop.portal.reporting;

/**
 * A plan target that breaks a rule: the field it concerns, the message key (in
 * {@code messages/reporting*.properties}) and its arguments.
 */
class PlanRuleViolation extends RuntimeException {

	private final String field;

	private final String messageKey;

	private final Object[] arguments;

	PlanRuleViolation(String field, String messageKey, Object... arguments) {
		super(messageKey);
		this.field = field;
		this.messageKey = messageKey;
		this.arguments = arguments;
	}

	String field() {
		return field;
	}

	String messageKey() {
		return messageKey;
	}

	Object[] arguments() {
		return arguments.clone();
	}

}
