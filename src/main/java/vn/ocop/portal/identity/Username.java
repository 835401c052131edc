package vn.ocop.portal.identity;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A sign-in name. Folded to lower case on construction, so that {@code Admin} and {@code admin}
 * are the same account (usernames are unique regardless of case).
 */
record Username(String value) {

	static final int MIN_LENGTH = 3;

	static final int MAX_LENGTH = 50;

	/** ASCII letters, digits, dot, underscore and hyphen; starts with a letter or digit. */
	static final Pattern SHAPE = Pattern.compile("[a-z0-9][a-z0-9._-]{" + (MIN_LENGTH - 1) + "," + (MAX_LENGTH - 1) + "}");

	Username {
		value = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
		if (!SHAPE.matcher(value).matches()) {
			throw new UserRuleViolation("username", "user.username.invalid", MIN_LENGTH, MAX_LENGTH);
		}
	}

	/** Parses untrusted input (a login form, a URL); empty when it cannot be a username. */
	static Optional<Username> parse(String text) {
		if (text == null || text.length() > MAX_LENGTH + 10) {
			return Optional.empty();
		}
		try {
			return Optional.of(new Username(text));
		}
		catch (UserRuleViolation ex) {
			return Optional.empty();
		}
	}

	@Override
	public String toString() {
		return value;
	}

}
