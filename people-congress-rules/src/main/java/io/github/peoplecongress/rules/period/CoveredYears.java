package io.github.peoplecongress.rules.period;

import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The years for which a {@link HolidayCalendar} knows the official arrangement: either every year (a calendar that
 * needs no data, such as {@link HolidayCalendar#weekendsOnly()}) or a finite set of years.
 *
 * <p>Implementation Requirements: this record is immutable and thread-safe.
 *
 * @param all true if every year is covered; then {@code years} is empty
 * @param years the covered years when {@code all} is false, sorted, unmodifiable; empty when {@code all} is true
 */
public record CoveredYears(boolean all, SortedSet<Year> years) {

  private static final CoveredYears ALL = new CoveredYears(true, new TreeSet<>());

  /**
   * Checks the components and freezes the set.
   *
   * @param all true if every year is covered
   * @param years the covered years, not null; must be empty when {@code all} is true
   */
  public CoveredYears {
    Objects.requireNonNull(years, "years");
    if (all && !years.isEmpty()) {
      throw new IllegalArgumentException("CoveredYears: all=true needs an empty year set, found " + years);
    }
    years = Collections.unmodifiableSortedSet(new TreeSet<>(years));
  }

  /** @return coverage of every year */
  public static CoveredYears allYears() {
    return ALL;
  }

  /**
   * @param years the covered years, not null, may be empty (nothing covered)
   * @return coverage of exactly these years
   */
  public static CoveredYears of(Collection<Year> years) {
    return new CoveredYears(false, new TreeSet<>(years));
  }

  /**
   * @param first the first covered year
   * @param last the last covered year, not before {@code first}
   * @return coverage of every year from {@code first} to {@code last}, both included
   */
  public static CoveredYears range(int first, int last) {
    if (last < first) {
      throw new IllegalArgumentException("CoveredYears.range: last " + last + " is before first " + first);
    }
    SortedSet<Year> set = new TreeSet<>();
    for (int y = first; y <= last; y++) {
      set.add(Year.of(y));
    }
    return new CoveredYears(false, set);
  }

  /**
   * @param year a year, not null
   * @return whether the year is covered
   */
  public boolean contains(Year year) {
    return all || years.contains(year);
  }

  /**
   * @param date a day, not null
   * @return whether the day's year is covered
   */
  public boolean contains(LocalDate date) {
    return contains(Year.from(date));
  }

  /**
   * @param other another coverage, not null
   * @return the years covered by either
   */
  public CoveredYears union(CoveredYears other) {
    if (all || other.all) {
      return ALL;
    }
    SortedSet<Year> set = new TreeSet<>(years);
    set.addAll(other.years);
    return new CoveredYears(false, set);
  }

  /** @return {@code "all years"}, {@code "none"}, or the years as ranges, for example {@code "2015–2020, 2022"} */
  @Override
  public String toString() {
    if (all) {
      return "all years";
    }
    if (years.isEmpty()) {
      return "none";
    }
    List<String> parts = new ArrayList<>();
    int start = -1;
    int prev = -1;
    for (Year y : years) {
      int v = y.getValue();
      if (start < 0) {
        start = v;
      } else if (v != prev + 1) {
        parts.add(start == prev ? Integer.toString(start) : start + "–" + prev);
        start = v;
      }
      prev = v;
    }
    parts.add(start == prev ? Integer.toString(start) : start + "–" + prev);
    return String.join(", ", parts);
  }
}
