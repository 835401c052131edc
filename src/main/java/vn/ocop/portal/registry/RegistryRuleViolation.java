package vn.ocop.portal.registry;

import java.util.Arrays;

/**
 * A registry rule was broken; nothing was changed. Carries the field the rule concerns (the name
 * used by the forms and the JSON API, e.g. {@code registrationDate}; {@code null} when it concerns
 * the whole record) and the key of the explanation in the registry bundles, with its arguments.
 */
public class RegistryRuleViolation extends RuntimeException {

	private final String field;

	private final String messageKey;

	private final transient Object[] arguments;

	public RegistryRuleViolation(String field, String messageKey, Object... arguments) {
		super(messageKey + (field == null ? "" : " (" + field + ")"), null, false, false);
		this.field = field;
		this.messageKey = messageKey;
		this.arguments = arguments == null ? new Object[0] : arguments.clone();
	}

	/** The form or JSON field the rule concerns; null for the record as a whole. */
	public String field() {
		return field;
	}

	/** Key of the explanation in {@code messages/registry*.properties}. */
	public String messageKey() {
		return messageKey;
	}

	public Object[] arguments() {
		return Arrays.copyOf(arguments, arguments.length);
	}

}
