package vn.ocop.portal.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** How cells read: vi-VN and plain numbers, strict dates, codes with their leading zeros, yes/no. */
class CellValuesTests {

	final CellValues values = new CellValues(false);

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "7.210|7210", "1.234,5|1234.5", "1.234.567|1234567", "0,5|0.5", "7210|7210",
			"1234.5|1234.5", "0.500|0.500", "-12,75|-12.75", "1.5|1.5", " 42 |42" })
	void readsNumbersWrittenTheVietnameseWayOrPlainly(String text, String expected) {
		assertThat(values.number(Cell.text(text))).isEqualByComparingTo(expected);
	}

	@ParameterizedTest
	@ValueSource(strings = { "1,234.5", "7 210", "12a", "1.2.3", ",5", "", "mười" })
	void refusesOtherNumbers(String text) {
		assertThat(values.number(Cell.text(text))).isNull();
	}

	@Test
	void readsNumberCellsAsStored() {
		assertThat(values.number(Cell.number("4.5E-3", 0, "General", false))).isEqualByComparingTo("0.0045");
		assertThat(values.number(Cell.number("44922", 14, "m/d/yy", true))).as("a date is not a number").isNull();
	}

	@Test
	void readsDatesStrictlyAndRealExcelDates() {
		assertThat(values.date(Cell.text("27/12/2022"))).isEqualTo(LocalDate.of(2022, 12, 27));
		assertThat(values.date(Cell.text("1/7/2025"))).isEqualTo(LocalDate.of(2025, 7, 1));
		assertThat(values.date(Cell.text("29/02/2024"))).isEqualTo(LocalDate.of(2024, 2, 29));
		assertThat(values.date(Cell.text("29/02/2023"))).isNull();
		assertThat(values.date(Cell.text("31/04/2024"))).isNull();
		assertThat(values.date(Cell.text("2024-02-01"))).isNull();
		assertThat(values.date(Cell.text("27/12/22"))).isNull();
		assertThat(values.date(Cell.number("44922", 14, "m/d/yy", true))).isEqualTo(LocalDate.of(2022, 12, 27));
		assertThat(new CellValues(true).date(Cell.number("43460", 14, "m/d/yy", true))).isEqualTo(LocalDate.of(2022, 12, 27));
		assertThat(values.date(Cell.number("44922", 0, "General", false))).as("a plain number is not a date").isNull();
	}

	@Test
	void codesKeepTheirLeadingZeros() {
		assertThat(values.code(Cell.text(" 061 "))).isEqualTo("061");
		assertThat(values.code(Cell.number("61", 164, "000", false))).isEqualTo("061");
		assertThat(values.code(Cell.number("1888", 164, "00000", false))).isEqualTo("01888");
		assertThat(values.code(Cell.number("4600123456", 0, "General", false))).isEqualTo("4600123456");
		assertThat(values.code(Cell.number("1.2E3", 0, "General", false))).isEqualTo("1200");
	}

	@Test
	void yesAndNoInVietnameseAndEnglish() {
		assertThat(values.bool(Cell.text("Có"))).isTrue();
		assertThat(values.bool(Cell.text("x"))).isTrue();
		assertThat(values.bool(Cell.text("không"))).isFalse();
		assertThat(values.bool(Cell.text("FALSE"))).isFalse();
		assertThat(values.bool(new Cell(Cell.Kind.BOOLEAN, "1", 0, null, false))).isTrue();
		assertThat(values.bool(Cell.number("0", 0, "General", false))).isFalse();
		assertThat(values.bool(Cell.text("có lẽ"))).isNull();
	}

	@Test
	void showsCellsAsExcelDoes() {
		assertThat(values.display(Cell.number("44922", 14, "m/d/yy", true))).isEqualTo("27/12/2022");
		assertThat(values.display(Cell.number("61", 164, "000", false))).isEqualTo("061");
		assertThat(values.display(Cell.number("7210", 0, "General", false))).isEqualTo("7210");
		assertThat(values.canonical(ColumnType.DECIMAL, Cell.text("1.234,50"))).isEqualTo(new BigDecimal("1234.5").toPlainString());
	}

}
