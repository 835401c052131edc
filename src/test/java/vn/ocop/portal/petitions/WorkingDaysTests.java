package vn.ocop.portal.petitions;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** Counting working days: weekends, fixed holidays, dated days off and Saturdays worked. */
class WorkingDaysTests {

	private static final Set<MonthDay> FIXED = Set.of(MonthDay.of(1, 1), MonthDay.of(4, 30), MonthDay.of(5, 1), MonthDay.of(9, 2));

	private static final WorkingDays PLAIN = new WorkingDays(FIXED, Map.of());

	@Test
	void theStartDayIsNotCountedAndWeekendsAreSkipped() {
		LocalDate friday = LocalDate.of(2023, 3, 10);
		assertThat(PLAIN.plusWorkingDays(friday, 1)).isEqualTo(LocalDate.of(2023, 3, 13));
		assertThat(PLAIN.plusWorkingDays(friday, 5)).isEqualTo(LocalDate.of(2023, 3, 17));
		assertThat(PLAIN.plusWorkingDays(LocalDate.of(2023, 3, 11), 1)).as("from a Saturday").isEqualTo(LocalDate.of(2023, 3, 13));
		assertThat(PLAIN.plusWorkingDays(friday, 0)).isEqualTo(friday);
	}

	@Test
	void fixedHolidaysAreSkippedEveryYear() {
		// Victory Day and Labour Day 2024 fall on Tuesday and Wednesday
		assertThat(PLAIN.plusWorkingDays(LocalDate.of(2024, 4, 29), 1)).isEqualTo(LocalDate.of(2024, 5, 2));
		assertThat(PLAIN.isWorkingDay(LocalDate.of(2031, 9, 2))).isFalse();
		assertThat(PLAIN.isWorkingDay(LocalDate.of(2031, 9, 3))).isTrue();
	}

	@Test
	void lunarNewYearEnteredAsDatedDaysIsSkipped() {
		Map<LocalDate, Boolean> tet2023 = Map.of(LocalDate.of(2023, 1, 20), false, LocalDate.of(2023, 1, 23), false,
				LocalDate.of(2023, 1, 24), false, LocalDate.of(2023, 1, 25), false, LocalDate.of(2023, 1, 26), false);
		WorkingDays calendar = new WorkingDays(FIXED, tet2023);
		LocalDate friday = LocalDate.of(2023, 1, 13);
		assertThat(PLAIN.plusWorkingDays(friday, 5)).isEqualTo(LocalDate.of(2023, 1, 20));
		assertThat(calendar.plusWorkingDays(friday, 5)).isEqualTo(LocalDate.of(2023, 1, 27));
		assertThat(calendar.plusWorkingDays(friday, 15)).isEqualTo(LocalDate.of(2023, 2, 10));
	}

	@Test
	void aSaturdayWorkedCountsAndItsSwappedDayDoesNot() {
		WorkingDays swap2024 = new WorkingDays(FIXED, Map.of(LocalDate.of(2024, 4, 29), false, LocalDate.of(2024, 5, 4), true));
		// Friday 26/4/2024: Mon 29 swapped off, 30/4 and 1/5 holidays, Thu 2, Fri 3, Sat 4 worked, Mon 6
		assertThat(swap2024.plusWorkingDays(LocalDate.of(2024, 4, 26), 3)).isEqualTo(LocalDate.of(2024, 5, 4));
		assertThat(swap2024.plusWorkingDays(LocalDate.of(2024, 4, 26), 4)).isEqualTo(LocalDate.of(2024, 5, 6));
	}

	@Test
	void remindersCountBackInWorkingDays() {
		assertThat(PLAIN.minusWorkingDays(LocalDate.of(2023, 3, 14), 2)).isEqualTo(LocalDate.of(2023, 3, 10));
		assertThat(PLAIN.minusWorkingDays(LocalDate.of(2023, 3, 14), 0)).isEqualTo(LocalDate.of(2023, 3, 14));
	}

}
