package vn.ocop.portal.identity;

import java.io.Serializable;
import java.util.regex.Pattern;

/**
 * Where a user may act (domain §1): the whole country, one province, one administrative unit
 * (district or commune), one organisation, one evaluation council or one department. Nobody sees
 * or changes data outside their scope.
 *
 * @param kind      the kind of scope
 * @param reference the code or identifier of the unit, organisation, council or department;
 *                  empty for {@link Kind#NATION}
 */
public record DataScope(Kind kind, String reference) implements Serializable {

	private static final Pattern PROVINCE_CODE = Pattern.compile("\\d{2}");

	private static final Pattern UNIT_CODE = Pattern.compile("\\d{3}|\\d{5}");

	private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z0-9._-]{1,64}");

	public enum Kind {

		NATION, PROVINCE, UNIT, ORGANISATION, COUNCIL, DEPARTMENT;

		public String messageKey() {
			return "identity.scope." + name();
		}

	}

	public DataScope {
		if (kind == null) {
			throw new IllegalArgumentException("A data scope needs a kind");
		}
		reference = reference == null ? "" : reference.strip();
		boolean valid = switch (kind) {
			case NATION -> reference.isEmpty();
			case PROVINCE -> PROVINCE_CODE.matcher(reference).matches();
			case UNIT -> UNIT_CODE.matcher(reference).matches();
			case ORGANISATION, COUNCIL, DEPARTMENT -> IDENTIFIER.matcher(reference).matches();
		};
		if (!valid) {
			throw new IllegalArgumentException("Invalid reference '" + reference + "' for a " + kind + " scope");
		}
	}

	public static DataScope nation() {
		return new DataScope(Kind.NATION, "");
	}

	public static DataScope province(String provinceCode) {
		return new DataScope(Kind.PROVINCE, provinceCode);
	}

	public static DataScope unit(String unitCode) {
		return new DataScope(Kind.UNIT, unitCode);
	}

	public static DataScope organisation(String organisationId) {
		return new DataScope(Kind.ORGANISATION, organisationId);
	}

	public static DataScope council(String councilId) {
		return new DataScope(Kind.COUNCIL, councilId);
	}

	public static DataScope department(String departmentCode) {
		return new DataScope(Kind.DEPARTMENT, departmentCode);
	}

	/** Whether this scope covers administrative units (nation, province or unit). */
	public boolean isTerritorial() {
		return kind == Kind.NATION || kind == Kind.PROVINCE || kind == Kind.UNIT;
	}

}
