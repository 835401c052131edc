package vn.ocop.portal.reporting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import org.springframework.security.core.Authentication;

import vn.ocop.portal.support.Officials;
import vn.ocop.portal.registry.AnnualFigures;
import vn.ocop.portal.registry.OrganisationDetails;
import vn.ocop.portal.registry.RegistrationNumber;
import vn.ocop.portal.registry.Sector;
import vn.ocop.portal.registry.TaxCode;

/** Organisations and annual figures for reporting tests, in the registry's domain language. */
final class ReportingFixtures {

	private static final AtomicLong NEXT = new AtomicLong(System.currentTimeMillis() % 1_000_000_000L + 500_000_000L);

	private ReportingFixtures() {
	}

	static long unique() {
		return NEXT.incrementAndGet();
	}

	static OrganisationDetails cooperative(String name, String unitCode, LocalDate registeredOn) {
		long n = unique();
		return new OrganisationDetails(name + " " + n, new RegistrationNumber("R" + n), new TaxCode("8%09d".formatted(n % 1_000_000_000L)),
				registeredOn, "Phòng Tài chính - Kế hoạch", unitCode, "Thôn Nà Mô", Sector.AGRICULTURE, "Hà Thị Lan", "Giám đốc",
				"0207 3822 111", "htx" + n + "@example.org");
	}

	static OrganisationDetails group(String name, String unitCode, LocalDate registeredOn) {
		return new OrganisationDetails(name + " " + unique(), null, null, registeredOn, "UBND xã", unitCode, null,
				Sector.TRADE_SERVICES_OTHER, null, null, null, null);
	}

	/** Official members plus one capital-contributing and one non-contributing associate; 10 workers. */
	static AnnualFigures figures(int officialMembers, long revenue, long averageIncome) {
		return new AnnualFigures(officialMembers, 1, 1, 0, 10, new BigDecimal("800000000"), new BigDecimal("1500000000"),
				BigDecimal.valueOf(revenue), new BigDecimal("120000000"), BigDecimal.valueOf(averageIncome), null);
	}

	static <T> T as(Authentication person, Supplier<T> call) {
		return Officials.as(person, call);
	}

	static void as(Authentication person, Runnable call) {
		as(person, () -> {
			call.run();
			return null;
		});
	}

}
