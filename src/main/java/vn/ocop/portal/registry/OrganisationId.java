package vn.ocop.portal.registry;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The stable code of an organisation in the registry, e.g. {@code HTX-0000123} or
 * {@code HTX-DEMO-0001}. Assigned once at registration and never changed or reused; it is also
 * the reference of an organisation representative's data scope ({@code ORGANISATION HTX-DEMO-0001}),
 * so it has the shape identity accepts for scope references.
 */
public record OrganisationId(String value) {

	private static final Pattern SHAPE = Pattern.compile("[A-Z0-9][A-Z0-9._-]{0,63}");

	public OrganisationId {
		if (value == null || !SHAPE.matcher(value).matches()) {
			throw new IllegalArgumentException("An organisation code has 1..64 capital letters, digits, '.', '_' or '-': '" + value + "'");
		}
	}

	/** The code as typed (case and surrounding spaces ignored). */
	public static OrganisationId of(String value) {
		return new OrganisationId(value == null ? null : value.strip().toUpperCase(Locale.ROOT));
	}

	public static boolean isValid(String value) {
		return value != null && SHAPE.matcher(value.strip().toUpperCase(Locale.ROOT)).matches();
	}

	/** The code given to the {@code sequence}-th organisation registered through the application. */
	static OrganisationId assigned(OrganisationKind kind, long sequence) {
		return new OrganisationId("%s-%07d".formatted(kind.name(), sequence));
	}

	@Override
	public String toString() {
		return value;
	}

}
