package vn.ocop.portal.registry;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.validation.BindingResult;

import vn.ocop.portal.shared.web.Formats;

/** What an officer enters to register an organisation or correct its facts. */
record OrganisationForm(
		@Size(max = 5) String kind,
		@NotBlank @Size(max = OrganisationDetails.NAME_MAX) String name,
		@Size(max = RegistrationNumber.MAX_LENGTH) String registrationNumber,
		@Size(max = 16) String taxCode,
		@NotBlank @Size(max = 10) String registrationDate,
		@NotBlank @Size(max = OrganisationDetails.AUTHORITY_MAX) String registrationAuthority,
		@NotBlank @Size(max = 100) String unitCode,
		@Size(max = OrganisationDetails.ADDRESS_MAX) String address,
		@NotBlank @Size(max = 30) String sector,
		@Size(max = OrganisationDetails.REPRESENTATIVE_MAX) String representativeName,
		@Size(max = OrganisationDetails.TITLE_MAX) String representativeTitle,
		@Size(max = OrganisationDetails.PHONE_MAX) String phone,
		@Size(max = OrganisationDetails.EMAIL_MAX) String email) {

	static OrganisationForm empty() {
		return new OrganisationForm("", "", "", "", "", "", "", "", "", "", "", "", "");
	}

	static OrganisationForm of(OrganisationView organisation, Formats formats) {
		OrganisationDetails d = organisation.details();
		return new OrganisationForm(organisation.kind().name(), d.name(),
				d.registrationNumber() == null ? "" : d.registrationNumber().value(),
				d.taxCode() == null ? "" : d.taxCode().value(), formats.date(d.registrationDate()), d.registrationAuthority(),
				d.unitCode(), blank(d.address()), d.sector().name(), blank(d.representativeName()),
				blank(d.representativeTitle()), blank(d.phone()), blank(d.email()));
	}

	/**
	 * The details the form describes, or null with the problems recorded at their fields. Checks
	 * everything that needs no database, so that every field shows its problem at once.
	 */
	OrganisationDetails toDetails(BindingResult result) {
		LocalDate date = RegistryForms.date(result, "registrationDate", registrationDate, true);
		Sector chosenSector = RegistryForms.required(result, "sector", Sector.class, sector);
		RegistrationNumber number = null;
		TaxCode tax = null;
		try {
			number = RegistrationNumber.parse(registrationNumber);
		}
		catch (IllegalArgumentException ex) {
			reject(result, "registrationNumber", "rule.registrationNumber.format");
		}
		try {
			tax = TaxCode.parse(taxCode);
		}
		catch (IllegalArgumentException ex) {
			reject(result, "taxCode", "rule.taxCode.format");
		}
		if (result.hasErrors()) {
			return null;
		}
		RegistrationNumber finalNumber = number;
		TaxCode finalTax = tax;
		return RegistryForms.check(result, () -> new OrganisationDetails(name, finalNumber, finalTax, date,
				registrationAuthority, unitCode, address, chosenSector, representativeName, representativeTitle, phone, email));
	}

	private static void reject(BindingResult result, String field, String code) {
		if (!result.hasFieldErrors(field)) {
			result.rejectValue(field, code);
		}
	}

	private static String blank(String value) {
		return value == null ? "" : value;
	}

}
