package vn.ocop.portal.registry;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/** Organisations for unit tests, in the domain's words. */
final class RegistryFixtures {

	static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	/** 1 June 2026 in Vietnam. */
	static final Clock TODAY = clockOn(LocalDate.of(2026, 6, 1));

	private RegistryFixtures() {
	}

	static Clock clockOn(LocalDate day) {
		return Clock.fixed(day.atTime(9, 0).atZone(VIETNAM).toInstant(), VIETNAM);
	}

	static OrganisationDetails details(String name, LocalDate registeredOn, String unitCode) {
		return new OrganisationDetails(name, RegistrationNumber.parse("4707000" + Math.abs(name.hashCode() % 1000)),
				TaxCode.parse("4700" + String.format("%06d", Math.abs(name.hashCode() % 1_000_000))), registeredOn,
				"Phòng Tài chính - Kế hoạch huyện Ba Bể", unitCode, "Thôn Pác Ngòi, xã Nam Mẫu", Sector.AGRICULTURE,
				"Hoàng Văn Thịnh", "Giám đốc", "0209 3876 123", "lienhe@example.org");
	}

	/** A cooperative of Ba Bể registered on the date, operating since. */
	static Organisation cooperativeRegisteredOn(LocalDate date) {
		return Organisation.register(new OrganisationId("HTX-TEST-0001"), OrganisationKind.HTX,
				details("Hợp tác xã Nam Mẫu", date, "01888"), "canbo.babe", TODAY);
	}

	static Organisation unionRegisteredOn(LocalDate date) {
		return Organisation.register(new OrganisationId("LHHTX-TEST-0001"), OrganisationKind.LHHTX,
				details("Liên hiệp hợp tác xã Ba Bể", date, "061"), "canbo.tinh", TODAY);
	}

	static Organisation groupRegisteredOn(LocalDate date) {
		return Organisation.register(new OrganisationId("THT-TEST-0001"), OrganisationKind.THT,
				new OrganisationDetails("Tổ hợp tác Bản Cám", null, null, date, "UBND xã Nam Mẫu", "01888", null,
						Sector.AGRICULTURE, null, null, null, null), "canbo.babe", TODAY);
	}

}
