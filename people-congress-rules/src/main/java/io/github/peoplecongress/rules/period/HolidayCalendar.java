package io.github.peoplecongress.rules.period;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Year;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which days are statutory holidays (法定休假日) and which days are working days (工作日), for the periods of
 * 民法典第二百零三条 and the "N个工作日" periods of local rules.
 *
 * <p>A working day is a Monday–Friday that is not a statutory holiday, or a Saturday/Sunday that the official
 * arrangement turns into a make-up working day (调休上班). Ordinary weekends are neither holidays nor working days
 * of their own kind: {@link #isStatutoryHoliday(LocalDate)} is false and {@link #isWorkingDay(LocalDate)} is false
 * for them.
 *
 * <p>A calendar knows a set of {@linkplain #coveredYears() years}. Asking about a day outside them throws
 * {@link UncoveredDateException}: the library never guesses a year's arrangement.
 *
 * <p>Three kinds of calendars:
 * <ul>
 *   <li>{@link #china()}: the State Council's national arrangements for <b>2015–2026</b>, shipped as a resource
 *       ({@code china-holidays.txt}, each block annotated with the notice's document number);</li>
 *   <li>{@link #weekendsOnly()}: no holidays at all, Saturday and Sunday off, every year covered (for tests and for
 *       hosts that knowingly accept the approximation);</li>
 *   <li>{@link #builder()} / {@link #builder(HolidayCalendar)} / {@link #parse(String, Reader)}: a host's own
 *       calendar, for example a local arrangement (民族自治地方 holidays) layered over {@link #china()}.</li>
 * </ul>
 *
 * <p>Implementation Requirements: implementations must be immutable and thread-safe.
 */
public interface HolidayCalendar {

  /**
   * @return a short name for messages and findings, for example {@code 国务院办公厅放假安排}
   */
  String name();

  /** @return the years this calendar knows; days in other years throw {@link UncoveredDateException} */
  CoveredYears coveredYears();

  /**
   * Whether the day is one of the days off of the official arrangement (放假、放假调休、补休): a 法定休假日 in
   * the sense of 民法典第二百零三条 under the narrow reading ({@link LastDayRule#HOLIDAYS_ONLY}). An ordinary
   * weekend is not a statutory holiday unless the arrangement includes it in a holiday block (for example
   * 「与周末连休」 or 「放假调休，共7天」).
   *
   * @param date a day, not null
   * @return true if the day is a statutory holiday
   * @throws UncoveredDateException if {@code date}'s year is not covered
   */
  boolean isStatutoryHoliday(LocalDate date);

  /**
   * Whether the day is a Saturday or Sunday on which the official arrangement makes people work (调休上班).
   *
   * @param date a day, not null
   * @return true if the day is a make-up working day
   * @throws UncoveredDateException if {@code date}'s year is not covered
   */
  boolean isMakeUpWorkingDay(LocalDate date);

  /**
   * @param date a day, not null
   * @return whether {@code date}'s year is covered
   */
  default boolean covers(LocalDate date) {
    return coveredYears().contains(date);
  }

  /**
   * Whether the day is a working day (工作日): a Monday–Friday that is not a statutory holiday, or a make-up working
   * day.
   *
   * @param date a day, not null
   * @return true if the day is a working day
   * @throws UncoveredDateException if {@code date}'s year is not covered
   */
  default boolean isWorkingDay(LocalDate date) {
    if (isStatutoryHoliday(date)) {
      return false;
    }
    return !isWeekend(date) || isMakeUpWorkingDay(date);
  }

  /**
   * The calendar's entry for the day: which festival and which notice made it a holiday or a make-up working day.
   *
   * @param date a day, not null
   * @return the entry, or empty for an ordinary weekday or weekend
   * @throws UncoveredDateException if {@code date}'s year is not covered
   */
  default Optional<CalendarEntry> entry(LocalDate date) {
    return Optional.empty();
  }

  /**
   * @param date a day, not null
   * @return whether the day is a Saturday or a Sunday (never throws: needs no calendar data)
   */
  static boolean isWeekend(LocalDate date) {
    DayOfWeek d = date.getDayOfWeek();
    return d == DayOfWeek.SATURDAY || d == DayOfWeek.SUNDAY;
  }

  /**
   * The national arrangements of the State Council (国务院办公厅关于××年部分节假日安排的通知, with the supplementary
   * and amending notices), covering <b>2015 to 2026</b>:
   * <ul>
   *   <li>2015 国办发明电〔2014〕28号, plus 国发明电〔2015〕1号 (抗战胜利70周年纪念日, 2015-09-03..05 off,
   *       2015-09-06 worked);</li>
   *   <li>2016 国办发明电〔2015〕18号; 2017 国办发明电〔2016〕17号; 2018 国办发明电〔2017〕12号;</li>
   *   <li>2019 国办发明电〔2018〕15号, amended by 国办发明电〔2019〕3号 (劳动节 2019-05-01..04, 04-28 and 05-05
   *       worked);</li>
   *   <li>2020 国办发明电〔2019〕16号, amended by 国办发明电〔2020〕1号 (春节 extended to 2020-02-02; the
   *       make-up working day 2020-02-01 fell away);</li>
   *   <li>2021 国办发明电〔2020〕27号; 2022 国办发明电〔2021〕11号; 2023 国办发明电〔2022〕16号;
   *       2024 国办发明电〔2023〕7号; 2025 国办发明电〔2024〕12号;</li>
   *   <li>2026: the notice of 2025-11-04 (document number not verified).</li>
   * </ul>
   *
   * <p>Each notice was read in at least two public reproductions (news and government sites, zh.wikisource);
   * none is the official gazette. A holiday block runs from the first to the last day the notice names as
   * 放假/调休/补休; 「与周末连休」 extends it over the adjacent weekend. The last days of 2026 may still be changed by the
   * 2027 notice (元旦 arrangements often begin on 30 or 31 December). Local holidays (少数民族节日 and the like) are
   * not included: layer them with {@link #builder(HolidayCalendar)}.
   *
   * <p>The resource is parsed once, on first use, and cached.
   *
   * @return the national calendar, covering 2015–2026
   */
  static HolidayCalendar china() {
    return HolidayData.CHINA;
  }

  /**
   * A calendar without holidays or make-up days: Saturday and Sunday off, every year covered. Under it a
   * "工作日" is simply Monday–Friday.
   *
   * @return the weekends-only calendar
   */
  static HolidayCalendar weekendsOnly() {
    return WeekendsOnlyCalendar.INSTANCE;
  }

  /** @return a builder for a host's own calendar, covering nothing until years are added */
  static Builder builder() {
    return new Builder(null);
  }

  /**
   * A builder whose entries override {@code base}: for example local holidays on top of {@link #china()}. The
   * result covers the base's years plus the years added with {@link Builder#coverYear(int)}.
   *
   * @param base the calendar to fall back to, not null
   * @return a builder layered over {@code base}
   */
  static Builder builder(HolidayCalendar base) {
    return new Builder(Objects.requireNonNull(base, "base"));
  }

  /**
   * Parses a calendar in the text format of {@code china-holidays.txt}: lines {@code year <YYYY> <文号> <标题>},
   * {@code source <文号> <标题>}, {@code off <from> [<to>] <名称>}, {@code work <date> <名称>}; {@code #} starts a
   * comment; a later line overrides an earlier one for the same day.
   *
   * @param name the calendar's name, not null
   * @param text the text, not null; read fully, not closed
   * @return the calendar
   * @throws IllegalArgumentException if a line is malformed (the message names the line)
   * @throws UncheckedIOException if reading fails
   */
  static HolidayCalendar parse(String name, Reader text) {
    try {
      return HolidayData.parse(name, text, null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Builds a table calendar. Not thread-safe; the built calendar is.
   */
  final class Builder {
    private final HolidayCalendar base;
    private final Map<LocalDate, CalendarEntry> entries = new LinkedHashMap<>();
    private final TreeSet<Year> years = new TreeSet<>();
    private final Set<LocalDate> cleared = new HashSet<>();
    private String name;

    Builder(HolidayCalendar base) {
      this.base = base;
      this.name = base == null ? "custom" : base.name() + " + local";
    }

    /**
     * @param name the calendar's name, not null
     * @return this builder
     */
    public Builder name(String name) {
      this.name = Objects.requireNonNull(name, "name");
      return this;
    }

    /**
     * Declares a year as covered: every day of it not otherwise entered is an ordinary weekday or weekend.
     *
     * @param year the year
     * @return this builder
     */
    public Builder coverYear(int year) {
      years.add(Year.of(year));
      return this;
    }

    /**
     * Declares years as covered.
     *
     * @param yearsToCover the years, not null
     * @return this builder
     */
    public Builder coverYears(Collection<Year> yearsToCover) {
      years.addAll(yearsToCover);
      return this;
    }

    /**
     * Enters a block of statutory holidays; overrides earlier entries for the same days.
     *
     * @param from the first day off, not null
     * @param to the last day off, not before {@code from}
     * @param festival the festival, for example {@code 春节}, not null
     * @param source the notice, for example {@code 国办发明电〔2018〕15号}, not null
     * @return this builder
     */
    public Builder holiday(LocalDate from, LocalDate to, String festival, String source) {
      if (to.isBefore(from)) {
        throw new IllegalArgumentException("holiday block " + festival + ": to " + to + " is before from " + from);
      }
      for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
        entries.put(d, new CalendarEntry(d, DayKind.STATUTORY_HOLIDAY, festival, source));
        cleared.remove(d);
      }
      return this;
    }

    /**
     * Enters a make-up working day (调休上班); overrides an earlier entry for the same day.
     *
     * @param date the day, a Saturday or Sunday
     * @param festival the festival it makes up for, not null
     * @param source the notice, not null
     * @return this builder
     * @throws IllegalArgumentException if {@code date} is a Monday–Friday
     */
    public Builder makeUpWorkingDay(LocalDate date, String festival, String source) {
      if (!isWeekend(date)) {
        throw new IllegalArgumentException("make-up working day " + date + " (" + festival + ") is a "
            + date.getDayOfWeek() + ", not a Saturday or Sunday");
      }
      entries.put(date, new CalendarEntry(date, DayKind.MAKE_UP_WORKING_DAY, festival, source));
      cleared.remove(date);
      return this;
    }

    /**
     * Declares an ordinary day (neither holiday nor make-up day), removing an entry of the base or of this builder:
     * for example a holiday cancelled by a later notice.
     *
     * @param date the day, not null
     * @param source the notice, not null
     * @return this builder
     */
    public Builder ordinaryDay(LocalDate date, String source) {
      Objects.requireNonNull(source, "source");
      entries.remove(date);
      cleared.add(date);
      return this;
    }

    /** @return the calendar */
    public HolidayCalendar build() {
      CoveredYears own = CoveredYears.of(years);
      CoveredYears coverage = base == null ? own : base.coveredYears().union(own);
      return new TableHolidayCalendar(name, coverage, entries, cleared, base);
    }
  }
}
