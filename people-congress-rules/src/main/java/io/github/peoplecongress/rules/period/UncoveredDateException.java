package io.github.peoplecongress.rules.period;

import java.time.LocalDate;
import java.time.Year;
import java.util.Objects;

/**
 * Thrown when a computation needs to know whether a day is a holiday or a working day, and the
 * {@link HolidayCalendar} does not cover that day's year. A rule should report "cannot tell" (naming
 * {@link #year()}) rather than guess.
 *
 * <p>Implementation Requirements: instances are immutable.
 */
public final class UncoveredDateException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** The day asked about. */
  private final LocalDate date;
  /** The calendar's name. */
  private final String calendarName;
  /** The calendar's coverage. */
  private final transient CoveredYears coveredYears;

  /**
   * @param date the day that was asked about, not null
   * @param calendarName the calendar's name, not null
   * @param coveredYears the calendar's coverage, not null
   */
  public UncoveredDateException(LocalDate date, String calendarName, CoveredYears coveredYears) {
    super("节假日日历「" + calendarName + "」未覆盖" + date.getYear() + "年，无法判断" + date + "是否为工作日"
        + " (holiday calendar '" + calendarName + "' does not cover " + date.getYear() + ", needed for " + date
        + "; covered: " + coveredYears + ")");
    this.date = Objects.requireNonNull(date, "date");
    this.calendarName = Objects.requireNonNull(calendarName, "calendarName");
    this.coveredYears = Objects.requireNonNull(coveredYears, "coveredYears");
  }

  /** @return the first day the computation needed and the calendar could not answer for */
  public LocalDate date() {
    return date;
  }

  /** @return the uncovered year, that of {@link #date()} */
  public Year year() {
    return Year.from(date);
  }

  /** @return the name of the calendar that was asked */
  public String calendarName() {
    return calendarName;
  }

  /** @return the years the calendar does cover */
  public CoveredYears coveredYears() {
    return coveredYears;
  }
}
