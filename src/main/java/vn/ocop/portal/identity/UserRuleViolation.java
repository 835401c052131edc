package vn.ocop.portal.identity;

import java.util.Arrays;

/**
 * A rule about users was broken. Carries the attribute it concerns ({@code username},
 * {@code scopeKind}, {@code password}, ...) and the key of the explanation in the identity
 * bundles (without the {@code identity.} prefix, which the forms' message codes add).
 */
class UserRuleViolation extends RuntimeException {

	private final String attribute;

	private final String messageKey;

	private final transient Object[] arguments;

	UserRuleViolation(String attribute, String messageKey, Object... arguments) {
		super(messageKey + " (" + attribute + ")", null, false, false);
		this.attribute = attribute;
		this.messageKey = messageKey;
		this.arguments = arguments;
	}

	String attribute() {
		return attribute;
	}

	String messageKey() {
		return messageKey;
	}

	Object[] arguments() {
		return Arrays.copyOf(arguments, arguments.length);
	}

}
