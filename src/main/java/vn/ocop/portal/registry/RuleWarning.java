package vn.ocop.portal.registry;

/**
 * A rule with severity WARNING that the data breaks: shown to the person, the change is kept.
 *
 * @param field      the form or JSON field it concerns
 * @param messageKey key of the explanation in the registry bundles
 * @param arguments  the explanation's arguments
 */
public record RuleWarning(String field, String messageKey, Object[] arguments) {

	public RuleWarning {
		arguments = arguments == null ? new Object[0] : arguments.clone();
	}

	@Override
	public Object[] arguments() {
		return arguments.clone();
	}

}
