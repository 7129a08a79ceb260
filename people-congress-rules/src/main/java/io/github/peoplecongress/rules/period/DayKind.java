package io.github.peoplecongress.rules.period;

/**
 * What an entry of a {@link HolidayCalendar} says about a day.
 *
 * <p>Implementation Requirements: this enum is immutable and thread-safe.
 */
public enum DayKind {
  /** A day off of the official arrangement (放假、放假调休、补休): a 法定休假日 in the sense of 民法典第二百零三条. */
  STATUTORY_HOLIDAY("法定休假日"),
  /** A Saturday or Sunday on which people work to make up for a bridged weekday (调休上班). */
  MAKE_UP_WORKING_DAY("调休上班日");

  private final String label;

  DayKind(String label) {
    this.label = label;
  }

  /** @return the Chinese label, for example {@code 法定休假日} */
  public String getLabel() {
    return label;
  }
}
