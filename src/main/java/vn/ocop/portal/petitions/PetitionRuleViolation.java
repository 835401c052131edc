package vn.ocop.portal.petitions;

/** A command that the petition's rules refuse; the message key and arguments say why, in both languages. */
class PetitionRuleViolation extends RuntimeException {

	private final String messageKey;

	private final transient Object[] arguments;

	PetitionRuleViolation(String messageKey, Object... arguments) {
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
