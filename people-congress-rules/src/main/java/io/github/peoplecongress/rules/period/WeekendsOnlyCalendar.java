package io.github.peoplecongress.rules.period;

import java.time.LocalDate;
import java.util.Objects;

/** Saturday and Sunday off, no holidays, every year covered. */
final class WeekendsOnlyCalendar implements HolidayCalendar {

  static final WeekendsOnlyCalendar INSTANCE = new WeekendsOnlyCalendar();

  private WeekendsOnlyCalendar() {
  }

  @Override
  public String name() {
    return "weekends only";
  }

  @Override
  public CoveredYears coveredYears() {
    return CoveredYears.allYears();
  }

  @Override
  public boolean isStatutoryHoliday(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return false;
  }

  @Override
  public boolean isMakeUpWorkingDay(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return false;
  }

  @Override
  public String toString() {
    return "HolidayCalendar[weekends only]";
  }
}
