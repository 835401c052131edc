package vn.ocop.portal.catalogue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;


import vn.ocop.portal.registry.AnnualFigures;
import vn.ocop.portal.registry.DissolutionKind;
import vn.ocop.portal.registry.OrganisationDetails;
import vn.ocop.portal.registry.OrganisationId;
import vn.ocop.portal.registry.OrganisationKind;
import vn.ocop.portal.registry.RegistrationNumber;
import vn.ocop.portal.registry.RegistryManagement;
import vn.ocop.portal.registry.Sector;
import vn.ocop.portal.registry.TaxCode;
import vn.ocop.portal.support.Officials;

/**
 * Organisations for the directory's tests, registered through the registry's public face by a
 * provincial officer of province 06, each with a contact person and a personal phone and e-mail
 * that the public pages must never show.
 */
final class DirectoryFixtures {

	private static final AtomicLong NEXT = new AtomicLong(System.currentTimeMillis() % 100_000_000L);

	private final RegistryManagement management;

	/** A word unique to this test, in every name, so a search finds only this test's organisations. */
	final String token;

	DirectoryFixtures(RegistryManagement management) {
		this.management = management;
		this.token = "Kiểm" + Long.toString(NEXT.incrementAndGet(), 36);
	}

	/** The token without diacritics, as a citizen types it. */
	String typedToken() {
		return token.replace("Kiểm", "kiem");
	}

	static String representative(long n) {
		return "Nguyễn Văn Riêng " + n;
	}

	static String phone(long n) {
		return "0912 " + String.format("%06d", n % 1_000_000);
	}

	static String email(long n) {
		return "rieng" + n + "@example.vn";
	}

	OrganisationId register(OrganisationKind kind, String name, String commune, Sector sector, long n) {
		boolean registered = kind != OrganisationKind.THT;
		OrganisationDetails details = new OrganisationDetails(name + " " + token,
				registered ? new RegistrationNumber("DB" + n) : null,
				registered ? new TaxCode("8%09d".formatted(n % 1_000_000_000L)) : null, LocalDate.of(2024, 3, 1),
				"Phòng Tài chính - Kế hoạch", commune, "Thôn Bản Cám, " + commune, sector, representative(n), "Giám đốc",
				phone(n), email(n));
		return asOfficer(() -> management.register(kind, details));
	}

	static long unique() {
		return NEXT.incrementAndGet();
	}

	void dissolve(OrganisationId id) {
		asOfficer(() -> {
			management.dissolve(id, LocalDate.of(2025, 2, 1), "12/QĐ-UBND", LocalDate.of(2025, 1, 20), DissolutionKind.VOLUNTARY);
			return null;
		});
	}

	void join(OrganisationId union, OrganisationId member) {
		asOfficer(() -> management.joinUnion(union, member, LocalDate.of(2024, 6, 1)));
	}

	void report(OrganisationId id, int year, int officialMembers, int memberCooperatives) {
		asOfficer(() -> management.enterAnnualUpdate(id, year, new AnnualFigures(officialMembers, 2, 1, memberCooperatives, 11,
				new BigDecimal("900000000"), new BigDecimal("1500000000"), new BigDecimal("2000000000"),
				new BigDecimal("150000000"), new BigDecimal("60000000"), null)));
	}

	private static <T> T asOfficer(Supplier<T> call) {
		return Officials.as(Officials.provincialOfficer("Cán bộ tỉnh", "06"), call);
	}

}
