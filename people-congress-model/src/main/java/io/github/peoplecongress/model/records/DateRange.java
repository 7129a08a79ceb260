package io.github.peoplecongress.model.records;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.github.peoplecongress.model.internal.Checks;
import java.time.LocalDate;
import java.time.Year;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.immutables.value.Value;

/**
 * A range of days with both ends included, for example 2019-01-01 to 2019-12-31: the span over which a set of records
 * is complete, or the period a check or a report covers.
 *
 * <pre>
 * DateRange year = DateRange.ofYear(2019);
 * year.contains(LocalDate.of(2019, 12, 31));   // true
 * DateRange.of(LocalDate.of(2019, 7, 1), LocalDate.of(2020, 6, 30)).years();   // 2019, 2020
 * </pre>
 *
 * <p>Implementation Requirements: this class is immutable and thread-safe.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableDateRange.class)
public abstract class DateRange {

  /** @return the first day, included, not null */
  public abstract LocalDate getFrom();

  /** @return the last day, included, not before {@link #getFrom()}, not null */
  public abstract LocalDate getTo();

  /**
   * Returns the range from one day to another, both included.
   *
   * @param from  the first day, not null
   * @param to  the last day, not before {@code from}, not null
   * @return the range, not null
   * @throws IllegalArgumentException if {@code to} is before {@code from}
   */
  public static DateRange of(LocalDate from, LocalDate to) {
    return ImmutableDateRange.builder().from(from).to(to).build();
  }

  /**
   * Returns a calendar year, 1 January to 31 December.
   *
   * @param year  the year, such as 2019
   * @return the range, not null
   */
  public static DateRange ofYear(int year) {
    Year y = Year.of(year);
    return of(y.atDay(1), y.atMonth(12).atEndOfMonth());
  }

  /**
   * Returns whether a day lies in the range.
   *
   * @param date  the day, not null
   * @return true if {@code from <= date <= to}
   */
  public boolean contains(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return !date.isBefore(getFrom()) && !date.isAfter(getTo());
  }

  /**
   * Returns whether another range lies wholly inside this one.
   *
   * @param other  the other range, not null
   * @return true if both its ends lie in this range
   */
  public boolean encloses(DateRange other) {
    return contains(other.getFrom()) && contains(other.getTo());
  }

  /**
   * Returns whether two ranges share at least one day.
   *
   * @param other  the other range, not null
   * @return true if they overlap
   */
  public boolean overlaps(DateRange other) {
    return !other.getTo().isBefore(getFrom()) && !other.getFrom().isAfter(getTo());
  }

  /**
   * Returns the days both ranges share.
   *
   * @param other  the other range, not null
   * @return the intersection, empty when they do not overlap
   */
  public Optional<DateRange> intersection(DateRange other) {
    if (!overlaps(other)) {
      return Optional.empty();
    }
    LocalDate from = getFrom().isAfter(other.getFrom()) ? getFrom() : other.getFrom();
    LocalDate to = getTo().isBefore(other.getTo()) ? getTo() : other.getTo();
    return Optional.of(of(from, to));
  }

  /**
   * Returns whether this range is exactly one calendar year.
   *
   * @return true for 1 January to 31 December of one year
   */
  public boolean spansOneCalendarYear() {
    return getFrom().getDayOfYear() == 1 && getTo().equals(getFrom().withMonth(12).withDayOfMonth(31));
  }

  /**
   * Returns the calendar years the range touches, in order.
   *
   * @return the years, at least one, not null
   */
  public Stream<Year> years() {
    return IntStream.rangeClosed(getFrom().getYear(), getTo().getYear()).mapToObj(Year::of);
  }

  /**
   * Returns {@code from..to}, such as {@code "2019-01-01..2019-12-31"}, the form {@link #parse} reads.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    return getFrom() + ".." + getTo();
  }

  /**
   * Reads {@code from..to}, the inverse of {@link #toString()}.
   *
   * @param text  the text, such as {@code "2019-01-01..2020-06-30"}, not null
   * @return the range, not null
   * @throws IllegalArgumentException if the text is not two ISO dates joined by {@code ..} in order
   */
  public static DateRange parse(String text) {
    int dots = text.indexOf("..");
    if (dots < 0) {
      throw new IllegalArgumentException("expected FROM..TO, such as 2019-01-01..2020-06-30, but found \"" + text
          + "\"");
    }
    try {
      return of(LocalDate.parse(text.substring(0, dots)), LocalDate.parse(text.substring(dots + 2)));
    } catch (java.time.format.DateTimeParseException e) {
      throw new IllegalArgumentException("expected FROM..TO with dates yyyy-MM-dd, but found \"" + text + "\"", e);
    }
  }

  @Value.Check
  protected void check() {
    Checks.notBefore("DateRange", "to", getTo(), "from", getFrom());
  }
}
