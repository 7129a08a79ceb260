package io.github.peoplecongress.rules.period;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class PeriodCalculatorProperties {

  private static final PeriodCalculator WEEKENDS = PeriodCalculator.china();
  private static final PeriodCalculator HOLIDAYS_ONLY = WEEKENDS.withLastDayRule(LastDayRule.HOLIDAYS_ONLY);
  private static final HolidayCalendar CAL = HolidayCalendar.china();

  /** Starts in 2015-01-01 .. 2024-12-31: with lengths up to a year the computation stays inside 2015–2026. */
  private static Gen<LocalDate> starts() {
    return integers().between((int) LocalDate.of(2015, 1, 1).toEpochDay(), (int) LocalDate.of(2024, 12, 31)
        .toEpochDay()).map(i -> LocalDate.ofEpochDay(i));
  }

  @Test
  void dayPeriodsEndOnOrAfterStartPlusDaysOnADayThatDoesNotMove() {
    qt().forAll(starts(), integers().between(1, 366)).checkAssert((start, days) -> {
      Deadline strict = HOLIDAYS_ONLY.lastDayOfDays(start, days);
      Deadline lenient = WEEKENDS.lastDayOfDays(start, days);
      assertThat(strict.nominalLastDay()).isEqualTo(start.plusDays(days));
      assertThat(strict.lastDay()).isAfterOrEqualTo(start.plusDays(days));
      assertThat(CAL.isStatutoryHoliday(strict.lastDay())).isFalse();
      assertThat(CAL.isWorkingDay(lenient.lastDay())).isTrue();
      assertThat(lenient.lastDay()).isAfterOrEqualTo(strict.lastDay());
      // every day skipped was a rest day under the rule
      for (LocalDate x = strict.nominalLastDay(); x.isBefore(strict.lastDay()); x = x.plusDays(1)) {
        assertThat(CAL.isStatutoryHoliday(x)).isTrue();
      }
      for (LocalDate x = lenient.nominalLastDay(); x.isBefore(lenient.lastDay()); x = x.plusDays(1)) {
        assertThat(CAL.isWorkingDay(x)).isFalse();
      }
    });
  }

  @Test
  void monthPeriodsNeverOverflowTheMonthEnd() {
    qt().forAll(starts(), integers().between(1, 12)).checkAssert((start, months) -> {
      LocalDate nominal = HOLIDAYS_ONLY.lastDayOfMonths(start, months).nominalLastDay();
      YearMonth target = YearMonth.from(start).plusMonths(months);
      assertThat(YearMonth.from(nominal)).isEqualTo(target);
      assertThat(nominal.getDayOfMonth()).isEqualTo(Math.min(start.getDayOfMonth(), target.lengthOfMonth()));
      assertThat(WEEKENDS.lastDayOfMonths(start, months).lastDay()).isAfterOrEqualTo(nominal);
    });
  }

  @Test
  void workingDayPeriodsCountExactlyNWorkingDays() {
    qt().forAll(starts(), integers().between(1, 60)).checkAssert((start, n) -> {
      LocalDate last = WEEKENDS.lastDayOfWorkingDays(start, n).lastDay();
      int counted = 0;
      for (LocalDate x = start.plusDays(1); !x.isAfter(last); x = x.plusDays(1)) {
        if (CAL.isWorkingDay(x)) {
          counted++;
        }
      }
      assertThat(counted).isEqualTo(n);
      assertThat(CAL.isWorkingDay(last)).isTrue();
      assertThat(last).isAfterOrEqualTo(start.plusDays(n));
    });
  }

  @Test
  void beforeReadingsDifferByExactlyOneDay() {
    qt().forAll(starts(), integers().between(1, 60)).checkAssert((event, n) -> {
      LocalDate minusN = WEEKENDS.latestDayBefore(event, n, BeforeReading.EVENT_MINUS_N);
      LocalDate clear = WEEKENDS.latestDayBefore(event, n, BeforeReading.N_CLEAR_DAYS);
      assertThat(minusN).isEqualTo(event.minusDays(n));
      assertThat(clear).isEqualTo(minusN.minusDays(1));
      // the act on the latest day meets a forward period of N days that ends on the event
      assertThat(minusN.plusDays(n)).isEqualTo(event);
    });
  }
}
