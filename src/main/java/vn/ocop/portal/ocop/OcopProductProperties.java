package vn.ocop.portal.ocop;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Configuration of OCOP subjects and products ({@code ocop.products.*}).
 *
 * @param codeFormat     the product code, with placeholders {@code {province}}, {@code {unit}}
 *                       (district, or commune where there is no district), {@code {sequence}} and
 *                       {@code {year}}: the format is the one seen in practice, not a rule of a
 *                       legal text (domain §4), so it is configuration
 * @param sequenceDigits digits of the sequence, padded with zeros
 * @param photoMaxBytes  largest photo accepted
 * @param maxPhotos      photos per product
 * @param pageSize       rows per page of the back-office lists
 */
@ConfigurationProperties("ocop.products")
record OcopProductProperties(@DefaultValue("{province}-{unit}-{sequence}-{year}") String codeFormat,
		@DefaultValue("3") int sequenceDigits, @DefaultValue("2097152") long photoMaxBytes, @DefaultValue("8") int maxPhotos,
		@DefaultValue("25") int pageSize) {

}
