package vn.ocop.portal.shared.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Number and date formats of the user interface, in the request's language: vi-VN writes
 * {@code 7.210}, {@code 166,1%} and {@code 27/12/2022}; English writes {@code 7,210},
 * {@code 166.1%} and {@code 27/12/2022}. Templates call it as {@code ${@fmt.number(x)}}.
 */
@Component("fmt")
public class Formats {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu")
		.withResolverStyle(ResolverStyle.STRICT);

	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

	private static final Map<Locale, NumberFormat> INTEGER_FORMATS = new ConcurrentHashMap<>();

	/** Whole numbers with grouping: {@code 7.210} (vi), {@code 7,210} (en). */
	public String number(Number value) {
		return number(value, locale());
	}

	/** As {@link #number(Number)} in the given language (documents, command line). */
	public String number(Number value, Locale language) {
		if (value == null) {
			return "";
		}
		// a copy of the language's format, looked up once (NumberFormat is not thread-safe; looking it
		// up was a visible part of a page's rendering, a few numbers per page)
		NumberFormat format = (NumberFormat) INTEGER_FORMATS.computeIfAbsent(Languages.supported(language), NumberFormat::getIntegerInstance)
			.clone();
		return format.format(value);
	}

	/** A decimal number with the given number of fraction digits: {@code 166,1} (vi). */
	public String decimal(Number value, int fractionDigits) {
		return decimal(value, fractionDigits, locale());
	}

	/** As {@link #decimal(Number, int)} in the given language. */
	public String decimal(Number value, int fractionDigits, Locale language) {
		if (value == null) {
			return "";
		}
		NumberFormat format = NumberFormat.getNumberInstance(Languages.supported(language));
		format.setMinimumFractionDigits(fractionDigits);
		format.setMaximumFractionDigits(fractionDigits);
		format.setRoundingMode(RoundingMode.HALF_UP);
		return format.format(new BigDecimal(value.toString()));
	}

	/** A percentage given in percent points, one decimal: {@code 166,1%} (vi). */
	public String percent(Number percentPoints) {
		return percent(percentPoints, locale());
	}

	/** As {@link #percent(Number)} in the given language. */
	public String percent(Number percentPoints, Locale language) {
		return percentPoints == null ? "" : decimal(percentPoints, 1, language) + "%";
	}

	/** {@code 27/12/2022} in both languages, as Vietnamese documents write dates; an instant as its day in Vietnam. */
	public String date(TemporalAccessor date) {
		if (date instanceof Instant instant) {
			return DATE.format(ZonedDateTime.ofInstant(instant, WebConfiguration.VIETNAM));
		}
		return date == null ? "" : DATE.format(date);
	}

	/**
	 * An instant for a {@code datetime} attribute, to the second ({@code 2022-12-27T07:30:00Z}):
	 * HTML allows at most three digits of a second, the database keeps six.
	 */
	public String machine(Instant instant) {
		return instant == null ? "" : java.time.format.DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
	}

	/** Date and time in Vietnam's time zone: {@code 27/12/2022 14:30}. */
	public String dateTime(Instant instant) {
		return instant == null ? "" : DATE_TIME.format(ZonedDateTime.ofInstant(instant, WebConfiguration.VIETNAM));
	}

	/**
	 * Parses {@code dd/MM/yyyy} as typed by users, strictly ({@code 31/02/2024} is refused with a
	 * {@link java.time.format.DateTimeParseException}); returns null for blank input.
	 */
	public static LocalDate parseDate(String text) {
		return text == null || text.isBlank() ? null : LocalDate.parse(text.strip(), DATE);
	}

	private static Locale locale() {
		return Languages.supported(LocaleContextHolder.getLocale());
	}

}
