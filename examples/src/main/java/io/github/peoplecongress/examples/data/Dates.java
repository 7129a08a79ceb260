package io.github.peoplecongress.examples.data;

import java.time.DayOfWeek;
import java.time.LocalDate;

/** Small date helpers for the example years: dates in 2019 and weekday arithmetic (weekends only). */
final class Dates {
  private Dates() {}

  /** @return the day in 2019 */
  static LocalDate d(int month, int day) {
    return LocalDate.of(2019, month, day);
  }

  /** @return whether the day is Saturday or Sunday */
  static boolean weekend(LocalDate date) {
    return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
  }

  /** @return the day itself if a weekday, else the Friday before */
  static LocalDate weekdayOnOrBefore(LocalDate date) {
    LocalDate day = date;
    while (weekend(day)) {
      day = day.minusDays(1);
    }
    return day;
  }

  /** @return the day itself if a weekday, else the Monday after */
  static LocalDate weekdayOnOrAfter(LocalDate date) {
    LocalDate day = date;
    while (weekend(day)) {
      day = day.plusDays(1);
    }
    return day;
  }

  /** @return the date {@code n} weekdays after the given one */
  static LocalDate plusWeekdays(LocalDate date, int n) {
    LocalDate day = date;
    int left = n;
    while (left > 0) {
      day = day.plusDays(1);
      if (!weekend(day)) {
        left--;
      }
    }
    return day;
  }

  /** @return the earlier of two dates */
  static LocalDate min(LocalDate a, LocalDate b) {
    return a.isBefore(b) ? a : b;
  }

  /** @return the later of two dates */
  static LocalDate max(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }
}
