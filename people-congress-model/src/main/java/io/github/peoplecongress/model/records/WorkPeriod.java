package io.github.peoplecongress.model.records;

import io.github.peoplecongress.model.body.CongressTerm;
import java.time.LocalDate;
import java.time.Year;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Optional;

/**
 * The period a check or a report covers: a calendar year ({@code 2019}), a congress term ({@code term:16}) or a range
 * of days ({@code 2019-01-01..2020-06-30}). A term's days come from the records, so a period is
 * {@linkplain #resolve(CommitteeRecords) resolved} against a set before it is used:
 *
 * <pre>
 * WorkPeriod period = WorkPeriod.parse("term:16");
 * DateRange days = period.resolve(records);   // 2016-12-20..2021-12-19, or up to the records' as-of while it runs
 * </pre>
 *
 * <p>Implementation Requirements: this class is immutable and thread-safe.
 */
public final class WorkPeriod {

  /** What a period is, which decides how a report words it (一年来, 本届以来, or the dates). */
  public enum Kind {
    /** A calendar year. */
    YEAR,
    /** A congress term (届). */
    TERM,
    /** A range of days. */
    RANGE
  }

  private final Kind kind;
  private final int number;
  private final DateRange range;

  private WorkPeriod(Kind kind, int number, DateRange range) {
    this.kind = kind;
    this.number = number;
    this.range = range;
  }

  /**
   * Returns a calendar year.
   *
   * @param year  the year, such as 2019
   * @return the period, not null
   */
  public static WorkPeriod year(int year) {
    return new WorkPeriod(Kind.YEAR, year, DateRange.ofYear(year));
  }

  /**
   * Returns a congress term, by its number.
   *
   * @param number  the term number (第N届), positive
   * @return the period, not null
   * @throws IllegalArgumentException if the number is not positive
   */
  public static WorkPeriod term(int number) {
    if (number <= 0) {
      throw new IllegalArgumentException("a term number must be positive, but was " + number);
    }
    return new WorkPeriod(Kind.TERM, number, null);
  }

  /**
   * Returns a range of days; a range that is exactly one calendar year is that year.
   *
   * @param range  the days, not null
   * @return the period, not null
   */
  public static WorkPeriod range(DateRange range) {
    Objects.requireNonNull(range, "range");
    return range.spansOneCalendarYear() ? year(range.getFrom().getYear()) : new WorkPeriod(Kind.RANGE, 0, range);
  }

  /**
   * Reads a period as the command line writes it: {@code 2019}, {@code term:16} or {@code 2019-01-01..2020-06-30}.
   *
   * @param text  the text, not null
   * @return the period, not null
   * @throws IllegalArgumentException naming the three accepted forms, if the text is none of them
   */
  public static WorkPeriod parse(String text) {
    Objects.requireNonNull(text, "text");
    String forms = "a year (2019), a term (term:16) or a range of days (2019-01-01..2020-06-30)";
    try {
      if (text.matches("\\d{4}")) {
        return year(Integer.parseInt(text));
      }
      if (text.matches("term:\\d{1,3}")) {
        return term(Integer.parseInt(text.substring(5)));
      }
      if (text.contains("..")) {
        return range(DateRange.parse(text));
      }
    } catch (IllegalArgumentException | DateTimeParseException e) {
      throw new IllegalArgumentException("expected " + forms + ", but found \"" + text + "\": " + e.getMessage(), e);
    }
    throw new IllegalArgumentException("expected " + forms + ", but found \"" + text + "\"");
  }

  /**
   * Returns the latest calendar year a set of records reaches: the year of its as-of date.
   *
   * @param records  the records, not null
   * @return the period, not null
   */
  public static WorkPeriod latestYear(CommitteeRecords records) {
    return year(records.getSpan().getTo().getYear());
  }

  /** @return what the period is, not null */
  public Kind getKind() {
    return kind;
  }

  /**
   * Returns the year of a {@link Kind#YEAR} period or the number of a {@link Kind#TERM} period.
   *
   * @return the year or the term number, empty for a range
   */
  public Optional<Integer> getNumber() {
    return kind == Kind.RANGE ? Optional.empty() : Optional.of(number);
  }

  /**
   * Returns the days of the period in a set of records. A year and a range are their own days; a term runs from its
   * first session to the day before the next term's first session, and while it runs, to the records' as-of date.
   *
   * @param records  the records, not null
   * @return the days, not null
   * @throws IllegalArgumentException if the period is a term the records do not have
   */
  public DateRange resolve(CommitteeRecords records) {
    if (kind != Kind.TERM) {
      return range;
    }
    CongressTerm term = records.term(number).orElseThrow(() -> new IllegalArgumentException(
        "the records have no term " + number + "; they have " + records.getTerms().stream()
            .map(CongressTerm::getNumber).sorted().map(n -> "term:" + n).toList()));
    LocalDate last = term.getEndDate().map(end -> end.minusDays(1)).orElse(records.getSpan().getTo());
    return DateRange.of(term.getStartDate(), last.isBefore(term.getStartDate()) ? term.getStartDate() : last);
  }

  /**
   * Returns the period as {@link #parse} reads it: {@code 2019}, {@code term:16} or {@code 2019-01-01..2020-06-30}.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    switch (kind) {
      case YEAR:
        return Year.of(number).toString();
      case TERM:
        return "term:" + number;
      default:
        return range.toString();
    }
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof WorkPeriod that && kind == that.kind && number == that.number
        && Objects.equals(range, that.range);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, number, range);
  }
}
