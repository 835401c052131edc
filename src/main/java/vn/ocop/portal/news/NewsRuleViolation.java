package vn.ocop.portal.news;

/** A change the newsroom's rules refuse; the message key explains why in both languages. */
class NewsRuleViolation extends RuntimeException {

	private final String messageKey;

	NewsRuleViolation(String messageKey) {
		super(messageKey);
		this.messageKey = messageKey;
	}

	String messageKey() {
		return messageKey;
	}

}
