package io.github.peoplecongress.rules.period;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** A calendar backed by a table of entries, optionally layered over a base calendar. Immutable. */
final class TableHolidayCalendar implements HolidayCalendar {

  private final String name;
  private final CoveredYears coverage;
  private final Map<LocalDate, CalendarEntry> entries;
  private final Set<LocalDate> cleared;
  private final HolidayCalendar base;

  TableHolidayCalendar(String name, CoveredYears coverage, Map<LocalDate, CalendarEntry> entries,
      Set<LocalDate> cleared, HolidayCalendar base) {
    this.name = Objects.requireNonNull(name, "name");
    this.coverage = Objects.requireNonNull(coverage, "coverage");
    this.entries = Map.copyOf(entries);
    this.cleared = Set.copyOf(cleared);
    this.base = base;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public CoveredYears coveredYears() {
    return coverage;
  }

  @Override
  public boolean isStatutoryHoliday(LocalDate date) {
    return entry(date).map(e -> e.kind() == DayKind.STATUTORY_HOLIDAY).orElse(false);
  }

  @Override
  public boolean isMakeUpWorkingDay(LocalDate date) {
    return entry(date).map(e -> e.kind() == DayKind.MAKE_UP_WORKING_DAY).orElse(false);
  }

  @Override
  public Optional<CalendarEntry> entry(LocalDate date) {
    Objects.requireNonNull(date, "date");
    if (!coverage.contains(date)) {
      throw new UncoveredDateException(date, name, coverage);
    }
    CalendarEntry own = entries.get(date);
    if (own != null) {
      return Optional.of(own);
    }
    if (cleared.contains(date) || base == null || !base.covers(date)) {
      return Optional.empty();
    }
    return base.entry(date);
  }

  @Override
  public String toString() {
    return "HolidayCalendar[" + name + ", covers " + coverage + "]";
  }
}
