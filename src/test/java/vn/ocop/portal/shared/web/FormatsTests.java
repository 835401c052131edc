package vn.ocop.portal.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;

/** Numbers, percentages and dates as Vietnamese and English readers expect them. */
class FormatsTests {

	private final Formats fmt = new Formats();

	@AfterEach
	void forgetTheLanguage() {
		LocaleContextHolder.resetLocaleContext();
	}

	@Test
	void vietnameseGroupsThousandsWithDotsAndWritesDecimalCommas() {
		LocaleContextHolder.setLocale(Languages.VIETNAMESE);

		assertThat(fmt.number(7210)).isEqualTo("7.210");
		assertThat(fmt.number(1_234_567L)).isEqualTo("1.234.567");
		assertThat(fmt.percent(166.1)).isEqualTo("166,1%");
		assertThat(fmt.decimal(3.456, 2)).isEqualTo("3,46");
		assertThat(fmt.date(LocalDate.of(2022, 12, 27))).isEqualTo("27/12/2022");
	}

	@Test
	void englishGroupsThousandsWithCommasAndWritesDecimalPoints() {
		LocaleContextHolder.setLocale(Languages.ENGLISH);

		assertThat(fmt.number(7210)).isEqualTo("7,210");
		assertThat(fmt.percent(166.1)).isEqualTo("166.1%");
		assertThat(fmt.date(LocalDate.of(2022, 12, 27))).isEqualTo("27/12/2022");
	}

	@Test
	void anyOtherLanguageFallsBackToVietnamese() {
		LocaleContextHolder.setLocale(Locale.FRANCE);

		assertThat(fmt.number(7210)).isEqualTo("7.210");
	}

	@Test
	void missingValuesShowNothing() {
		assertThat(fmt.number(null)).isEmpty();
		assertThat(fmt.percent(null)).isEmpty();
		assertThat(fmt.date(null)).isEmpty();
	}

	@Test
	void datesTypedByUsersAreParsed() {
		assertThat(Formats.parseDate(" 27/12/2022 ")).isEqualTo(LocalDate.of(2022, 12, 27));
		assertThat(Formats.parseDate("")).isNull();
	}

	@Test
	void instantsForDatetimeAttributesHaveWholeSeconds() {
		assertThat(new Formats().machine(java.time.Instant.parse("2026-11-29T03:26:12.723437Z"))).isEqualTo("2026-11-29T03:26:12Z");
		assertThat(new Formats().machine(null)).isEmpty();
	}

}
