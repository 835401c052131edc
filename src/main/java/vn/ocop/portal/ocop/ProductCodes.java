package vn.ocop.portal.ocop;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gives product codes in the configured format ({@link OcopProductProperties#codeFormat()}): the
 * sequence counts per prefix (province, unit part, year) in {@code ocop_product_code_counter},
 * incremented by one atomic upsert, so concurrent registrations never get the same number; a number
 * whose registration rolls back is not reused (a gap, as on paper registers).
 */
@Component
class ProductCodes {

	private final JdbcClient jdbc;

	private final OcopProductProperties properties;

	ProductCodes(JdbcClient jdbc, OcopProductProperties properties) {
		this.jdbc = jdbc;
		this.properties = properties;
	}

	/** The next code for a product of a subject of this place registered in this year. */
	@Transactional(propagation = Propagation.MANDATORY)
	String next(UnitPlaces.Place place, int year) {
		String prefix = place.province() + "|" + place.codeUnit() + "|" + year;
		int sequence = jdbc.sql("INSERT INTO ocop_product_code_counter (prefix, last_value) VALUES (:prefix, 1)"
				+ " ON CONFLICT (prefix) DO UPDATE SET last_value = ocop_product_code_counter.last_value + 1 RETURNING last_value")
			.param("prefix", prefix)
			.query(Integer.class)
			.single();
		return format(place.province(), place.codeUnit(), sequence, year);
	}

	String format(String province, String unit, int sequence, int year) {
		String padded = String.format("%0" + Math.max(1, properties.sequenceDigits()) + "d", sequence);
		return properties.codeFormat()
			.replace("{province}", province)
			.replace("{unit}", unit)
			.replace("{sequence}", padded)
			.replace("{year}", Integer.toString(year));
	}

}
