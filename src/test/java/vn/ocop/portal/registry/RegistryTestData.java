package vn.ocop.portal.registry;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import org.springframework.security.core.Authentication;

import vn.ocop.portal.support.Officials;

/**
 * Organisations made through the real {@link RegistryManagement} for integration tests. Tests share
 * one database with the demo data, whose 2022 figures for province 06 must stay exact: test
 * organisations in province 06 are registered after 2022, and every name and number is unique.
 */
final class RegistryTestData {

	static final Authentication PROVINCIAL_OFFICER = Officials.provincialOfficer("Cán bộ tỉnh Bắc Kạn", "06");

	private static final AtomicLong NEXT = new AtomicLong(System.currentTimeMillis() % 1_000_000_000L);

	private RegistryTestData() {
	}

	/** A unique number for names, registration numbers and tax codes. */
	static long unique() {
		return NEXT.incrementAndGet();
	}

	/**
	 * {@link #unique()} written in letters between "Số" and "Xong" ("SốBảyNămXong", without digits):
	 * a name part that a word search finds through the node's list index, which leaves words with
	 * digits to the database; no such word lies within another.
	 */
	static String uniqueWord() {
		String[] digits = { "Không", "Một", "Hai", "Ba", "Bốn", "Năm", "Sáu", "Bảy", "Tám", "Chín" };
		StringBuilder word = new StringBuilder("Số");
		for (char digit : Long.toString(unique()).toCharArray()) {
			word.append(digits[digit - '0']);
		}
		return word.append("Xong").toString();
	}

	/** A tax code no other test (nor the demo data) uses. */
	static TaxCode uniqueTaxCode() {
		return new TaxCode("9%09d".formatted(unique() % 1_000_000_000L));
	}

	static OrganisationDetails cooperative(String name, String unitCode, LocalDate registeredOn) {
		long n = unique();
		return new OrganisationDetails(name, new RegistrationNumber("T" + n), uniqueTaxCode(), registeredOn,
				"Phòng Tài chính - Kế hoạch huyện Ba Bể", unitCode, "Thôn Pác Ngòi", Sector.AGRICULTURE, "Triệu Thị Hoa",
				"Giám đốc", "0209 3888 123", "lienhe" + n + "@example.org");
	}

	static OrganisationDetails group(String name, String unitCode, LocalDate registeredOn) {
		return new OrganisationDetails(name, null, null, registeredOn, "UBND xã", unitCode, null, Sector.TRADE_SERVICES_OTHER,
				null, null, null, null);
	}

	static AnnualFigures figures(int officialMembers, int memberCooperatives) {
		return new AnnualFigures(officialMembers, 1, 1, memberCooperatives, 10, new BigDecimal("800000000"),
				new BigDecimal("1500000000"), new BigDecimal("2400000000"), new BigDecimal("120000000"),
				new BigDecimal("48000000"), null);
	}

	/** Runs the call as the signed-in person. */
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
