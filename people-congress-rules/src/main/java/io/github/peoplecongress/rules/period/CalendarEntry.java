package io.github.peoplecongress.rules.period;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One day of a {@link HolidayCalendar} that differs from the plain Monday–Friday week: a statutory holiday or a
 * make-up working day, with the festival it belongs to and the notice that arranged it.
 *
 * <p>Implementation Requirements: this record is immutable and thread-safe.
 *
 * @param date the day, not null
 * @param kind holiday or make-up working day, not null
 * @param name the festival, for example {@code 国庆节}; not null, may be empty
 * @param source the document that arranged it, for example {@code 国办发明电〔2018〕15号}; not null, may be empty
 */
public record CalendarEntry(LocalDate date, DayKind kind, String name, String source) {

  /**
   * Checks the components.
   *
   * @param date the day, not null
   * @param kind holiday or make-up working day, not null
   * @param name the festival, not null
   * @param source the document that arranged it, not null
   */
  public CalendarEntry {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(source, "source");
  }

  @Override
  public String toString() {
    return date + " " + kind.getLabel() + (name.isEmpty() ? "" : " " + name)
        + (source.isEmpty() ? "" : " (" + source + ")");
  }
}
