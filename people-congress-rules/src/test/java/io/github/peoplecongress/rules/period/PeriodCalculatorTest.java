package io.github.peoplecongress.rules.period;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Year;
import org.junit.jupiter.api.Test;

class PeriodCalculatorTest {

  private static final PeriodCalculator CHINA = PeriodCalculator.china();
  private static final PeriodCalculator CHINA_HOLIDAYS_ONLY = CHINA.withLastDayRule(LastDayRule.HOLIDAYS_ONLY);

  private static LocalDate d(String iso) {
    return LocalDate.parse(iso);
  }

  @Test
  void defaults() {
    assertThat(CHINA.lastDayRule()).isEqualTo(LastDayRule.HOLIDAYS_AND_WEEKENDS);
    assertThat(CHINA.beforeReading()).isEqualTo(BeforeReading.EVENT_MINUS_N);
    assertThat(CHINA.calendar()).isSameAs(HolidayCalendar.china());
  }

  @Test
  void art201StartDayNotCounted() {
    Deadline dl = CHINA.lastDayOfDays(d("2019-03-01"), 60);
    assertThat(dl.nominalLastDay()).isEqualTo(d("2019-04-30"));
    assertThat(dl.lastDay()).isEqualTo(d("2019-04-30"));
    assertThat(dl.shifted()).isFalse();
    assertThat(dl.unit()).isEqualTo(PeriodUnit.DAYS);
    assertThat(dl.isMetBy(d("2019-04-30"))).isTrue();
    assertThat(dl.isMetBy(d("2019-05-01"))).isFalse();
    assertThat(dl.toString()).isEqualTo("2019-03-01起60日，最后一日2019-04-30");
  }

  @Test
  void art202MonthEnds() {
    assertThat(CHINA.lastDayOfMonths(d("2019-01-31"), 1).nominalLastDay()).isEqualTo(d("2019-02-28"));
    assertThat(CHINA.lastDayOfMonths(d("2019-01-31"), 1).lastDay()).isEqualTo(d("2019-02-28"));
    assertThat(CHINA.lastDayOfMonths(d("2020-01-31"), 1).nominalLastDay()).isEqualTo(d("2020-02-29"));
    assertThat(CHINA.lastDayOfMonths(d("2019-08-31"), 6).nominalLastDay()).isEqualTo(d("2020-02-29"));
    assertThat(CHINA.lastDayOfMonths(d("2019-03-15"), 3).lastDay()).isEqualTo(d("2019-06-17")); // 06-15 is a Saturday
    assertThat(CHINA.lastDayOfYears(d("2020-02-29"), 1).nominalLastDay()).isEqualTo(d("2021-02-28"));
  }

  @Test
  void art203WeekendReadingIsAParameter() {
    // 2020-02-29 is a Saturday, not a holiday
    Deadline weekends = CHINA.lastDayOfMonths(d("2019-08-31"), 6);
    assertThat(weekends.lastDay()).isEqualTo(d("2020-03-02"));
    assertThat(weekends.shifted()).isTrue();
    assertThat(weekends.toString()).contains("原为2020-02-29");
    Deadline holidaysOnly = CHINA_HOLIDAYS_ONLY.lastDayOfMonths(d("2019-08-31"), 6);
    assertThat(holidaysOnly.lastDay()).isEqualTo(d("2020-02-29"));
    assertThat(holidaysOnly.lastDayRule()).isEqualTo(LastDayRule.HOLIDAYS_ONLY);
    assertThat(CHINA_HOLIDAYS_ONLY.lastDayOfDays(d("2019-02-28"), 2).lastDay()).isEqualTo(d("2019-03-02"));
    assertThat(CHINA.lastDayOfDays(d("2019-02-28"), 2).lastDay()).isEqualTo(d("2019-03-04"));
  }

  @Test
  void art203HolidayMovesTheLastDayUnderBothReadings() {
    // 15 days from 2019-09-22 nominally end on 2019-10-07, the last day of 国庆节
    assertThat(CHINA.lastDayOfDays(d("2019-09-22"), 15).lastDay()).isEqualTo(d("2019-10-08"));
    assertThat(CHINA_HOLIDAYS_ONLY.lastDayOfDays(d("2019-09-22"), 15).lastDay()).isEqualTo(d("2019-10-08"));
    // from the first day of the holiday, too
    assertThat(CHINA.lastDayOfDays(d("2019-09-16"), 15).lastDay()).isEqualTo(d("2019-10-08"));
    // 春节 2019: 2月4日至10日
    assertThat(CHINA_HOLIDAYS_ONLY.lastDayOfDays(d("2019-01-25"), 10).lastDay()).isEqualTo(d("2019-02-11"));
    // 清明节 2019: 4月5日放假，与周末连休 — the block includes the weekend
    assertThat(CHINA_HOLIDAYS_ONLY.lastDayOfDays(d("2019-03-26"), 10).lastDay()).isEqualTo(d("2019-04-08"));
  }

  @Test
  void aMakeUpWorkingDayIsNotMoved() {
    // 2019-10-12 is a Saturday but a make-up working day
    assertThat(CHINA.lastDayOfDays(d("2019-10-02"), 10).lastDay()).isEqualTo(d("2019-10-12"));
    assertThat(CHINA.lastDayOfDays(d("2019-01-23"), 10).lastDay()).isEqualTo(d("2019-02-02"));
  }

  @Test
  void workingDaysAcrossNationalDay2019() {
    // 9-29 (Sun, make-up) 1, 9-30 2, 10-01..07 off, 10-08..11 3-6, 10-12 (Sat, make-up) 7, 10-14..18 8-12,
    // 10-21..23 13-15
    Deadline dl = CHINA.lastDayOfWorkingDays(d("2019-09-27"), 15);
    assertThat(dl.lastDay()).isEqualTo(d("2019-10-23"));
    assertThat(dl.nominalLastDay()).isEqualTo(dl.lastDay());
    assertThat(dl.unit()).isEqualTo(PeriodUnit.WORKING_DAYS);
    assertThat(PeriodCalculator.of(HolidayCalendar.weekendsOnly()).lastDayOfWorkingDays(d("2019-09-27"), 15)
        .lastDay()).isEqualTo(d("2019-10-18"));
  }

  @Test
  void workingDaysAcrossSpringFestival2019() {
    // 2-01 1, 2-02 (Sat, make-up) 2, 2-03 (Sun, make-up) 3, 2-04..10 off, 2-11 4, 2-12 5
    assertThat(CHINA.lastDayOfWorkingDays(d("2019-01-31"), 5).lastDay()).isEqualTo(d("2019-02-12"));
    assertThat(CHINA.lastDayOfWorkingDays(d("2019-02-03"), 1).lastDay()).isEqualTo(d("2019-02-11"));
  }

  @Test
  void uncoveredYears() {
    assertThatThrownBy(() -> CHINA.lastDayOfWorkingDays(d("2026-12-20"), 15))
        .isInstanceOfSatisfying(UncoveredDateException.class, e -> {
          assertThat(e.year()).isEqualTo(Year.of(2027));
          assertThat(e.calendarName()).isEqualTo("国务院办公厅放假安排");
        });
    assertThatThrownBy(() -> CHINA.lastDayOfDays(d("2014-06-01"), 10))
        .isInstanceOfSatisfying(UncoveredDateException.class, e -> assertThat(e.year()).isEqualTo(Year.of(2014)));
    assertThatThrownBy(() -> CHINA.lastDayOfMonths(d("2026-07-31"), 6)).isInstanceOf(UncoveredDateException.class);
    // a start in an uncovered year is fine when the days looked at are covered
    assertThat(CHINA.lastDayOfDays(d("2014-12-20"), 30).lastDay()).isEqualTo(d("2015-01-19"));
    // the weekends-only calendar always answers
    assertThat(PeriodCalculator.of(HolidayCalendar.weekendsOnly()).lastDayOfMonths(d("2040-01-31"), 1).lastDay())
        .isEqualTo(d("2040-02-29"));
  }

  @Test
  void nDaysBeforeAnEvent() {
    LocalDate meeting = d("2019-04-26");
    assertThat(CHINA.latestDayBefore(meeting, 20, BeforeReading.EVENT_MINUS_N)).isEqualTo(d("2019-04-06"));
    assertThat(CHINA.latestDayBefore(meeting, 20, BeforeReading.N_CLEAR_DAYS)).isEqualTo(d("2019-04-05"));
    assertThat(CHINA.latestDayBefore(meeting, 20)).isEqualTo(d("2019-04-06"));
    assertThat(CHINA.latestDayBefore(meeting, 10)).isEqualTo(d("2019-04-16"));
    assertThat(CHINA.latestDayBefore(meeting, 7)).isEqualTo(d("2019-04-19"));
    assertThat(CHINA.isInTimeBefore(d("2019-04-06"), meeting, 20)).isTrue();
    assertThat(CHINA.isInTimeBefore(d("2019-04-07"), meeting, 20)).isFalse();
    PeriodCalculator strict = CHINA.withBeforeReading(BeforeReading.N_CLEAR_DAYS);
    assertThat(strict.isInTimeBefore(d("2019-04-06"), meeting, 20)).isFalse();
    assertThat(strict.isInTimeBefore(d("2019-04-05"), meeting, 20)).isTrue();
  }

  @Test
  void isWithinDispatchesOnTheUnit() {
    LocalDate assigned = d("2019-03-15");
    assertThat(CHINA.isWithin(assigned, 3, PeriodUnit.MONTHS, d("2019-06-17"))).isTrue();
    assertThat(CHINA.isWithin(assigned, 3, PeriodUnit.MONTHS, d("2019-06-18"))).isFalse();
    assertThat(CHINA.isWithin(assigned, 60, PeriodUnit.DAYS, d("2019-05-14"))).isTrue();
    assertThat(CHINA.isWithin(assigned, 1, PeriodUnit.YEARS, d("2020-03-16"))).isTrue(); // 03-15 is a Sunday
    assertThat(CHINA.isWithin(assigned, 5, PeriodUnit.WORKING_DAYS, d("2019-03-22"))).isTrue();
    assertThat(CHINA.isWithin(assigned, 5, PeriodUnit.WORKING_DAYS, d("2019-03-23"))).isFalse();
    assertThat(CHINA.isWithin(assigned, 5, PeriodUnit.DAYS, d("2019-03-01"))).isTrue();
  }

  @Test
  void rejectsNonPositiveLengths() {
    assertThatThrownBy(() -> CHINA.lastDayOfDays(d("2019-03-01"), 0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> CHINA.lastDayOfMonths(d("2019-03-01"), -1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> CHINA.lastDayOfWorkingDays(d("2019-03-01"), 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> CHINA.latestDayBefore(d("2019-03-01"), 0)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void customCalendarHolidayMovesTheLastDay() {
    HolidayCalendar local = HolidayCalendar.builder(HolidayCalendar.china())
        .holiday(d("2019-04-08"), d("2019-04-09"), "地方节日", "local").build();
    assertThat(PeriodCalculator.of(local, LastDayRule.HOLIDAYS_ONLY).lastDayOfDays(d("2019-03-26"), 10).lastDay())
        .isEqualTo(d("2019-04-10"));
  }
}
