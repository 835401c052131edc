package vn.ocop.portal.registry;

import java.time.LocalDate;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The facts of an organisation that officers record and correct: everything except its kind,
 * code and status history.
 *
 * @param name                  full name, e.g. {@code Hợp tác xã Đồng Tâm} (1..255)
 * @param registrationNumber    number of the registration certificate; required for cooperatives
 *                              and unions, optional for cooperative groups
 * @param taxCode               tax code; required for cooperatives and unions
 * @param registrationDate      date of registration
 * @param registrationAuthority who registered it, e.g. {@code UBND xã Chợ Rã} (1..255)
 * @param unitCode              the administrative unit (commune, district or province code) valid
 *                              on the registration date
 * @param address               postal address (0..500)
 * @param sector                sector (Decree 113/2024)
 * @param representativeName    legal representative (0..150)
 * @param representativeTitle   the representative's title, e.g. {@code Giám đốc} (0..100)
 * @param phone                 contact telephone (0..30)
 * @param email                 contact e-mail (0..254)
 */
public record OrganisationDetails(String name, RegistrationNumber registrationNumber, TaxCode taxCode,
		LocalDate registrationDate, String registrationAuthority, String unitCode, String address, Sector sector,
		String representativeName, String representativeTitle, String phone, String email) {

	public static final int NAME_MAX = 255;

	public static final int AUTHORITY_MAX = 255;

	public static final int ADDRESS_MAX = 500;

	public static final int REPRESENTATIVE_MAX = 150;

	public static final int TITLE_MAX = 100;

	public static final int PHONE_MAX = 30;

	public static final int EMAIL_MAX = 254;

	// compiled once: imports build these for every row of both passes
	private static final Pattern UNIT_CODE = Pattern.compile("\\d{2}|\\d{3}|\\d{5}");

	private static final Pattern PHONE = Pattern.compile("[0-9 +().-]{6,30}");

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

	private static final Pattern SPACES = Pattern.compile("\\s+");

	public OrganisationDetails {
		name = required(name, "name", NAME_MAX);
		registrationAuthority = required(registrationAuthority, "registrationAuthority", AUTHORITY_MAX);
		if (registrationDate == null) {
			throw new RegistryRuleViolation("registrationDate", "registry.rule.required");
		}
		if (unitCode == null || !UNIT_CODE.matcher(unitCode.strip()).matches()) {
			throw new RegistryRuleViolation("unitCode", "registry.rule.unitCode.format");
		}
		unitCode = unitCode.strip();
		Objects.requireNonNull(sector, "sector");
		address = optional(address, "address", ADDRESS_MAX);
		representativeName = optional(representativeName, "representativeName", REPRESENTATIVE_MAX);
		representativeTitle = optional(representativeTitle, "representativeTitle", TITLE_MAX);
		phone = optional(phone, "phone", PHONE_MAX);
		email = optional(email, "email", EMAIL_MAX);
		if (phone != null && !PHONE.matcher(phone).matches()) {
			throw new RegistryRuleViolation("phone", "registry.rule.phone.format");
		}
		if (email != null && !EMAIL.matcher(email).matches()) {
			throw new RegistryRuleViolation("email", "registry.rule.email.format");
		}
	}

	/** Checks what depends on the kind: legal entities need a registration number and a tax code. */
	void checkFor(OrganisationKind kind) {
		if (kind.legalEntity() && registrationNumber == null) {
			throw new RegistryRuleViolation("registrationNumber", "registry.rule.registrationNumber.required");
		}
		if (kind.legalEntity() && taxCode == null) {
			throw new RegistryRuleViolation("taxCode", "registry.rule.taxCode.required");
		}
	}

	private static String required(String value, String field, int max) {
		String stripped = optional(value, field, max);
		if (stripped == null) {
			throw new RegistryRuleViolation(field, "registry.rule.required");
		}
		return stripped;
	}

	private static String optional(String value, String field, int max) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String stripped = SPACES.matcher(value.strip()).replaceAll(" ");
		if (stripped.length() > max) {
			throw new RegistryRuleViolation(field, "registry.rule.tooLong", max);
		}
		return stripped;
	}

}
