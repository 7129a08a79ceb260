package io.github.peoplecongress.rules.period;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Computes statutory periods by 民法典第十章「期间计算」 (第二百条至第二百零四条, in force 2021-01-01; the same rules stood
 * in 民法总则 2017 Arts. 200–204 and in substance in 民法通则第一百五十四条):
 * <ul>
 *   <li>第二百条 — 「民法所称的期间按照公历年、月、日、小时计算。」</li>
 *   <li>第二百零一条第一款 — 「按照年、月、日计算期间的，开始的当日不计入，自下一日开始计算。」
 *       {@link #lastDayOfDays(LocalDate, int) 60 days} from 2019-03-01 end on 2019-04-30.</li>
 *   <li>第二百零二条 — 「按照年、月计算期间的，到期月的对应日为期间的最后一日；没有对应日的，月末日为期间的最后一日。」
 *       {@link #lastDayOfMonths(LocalDate, int) One month} from 2019-01-31 ends on 2019-02-28, from 2020-01-31 on
 *       2020-02-29.</li>
 *   <li>第二百零三条 — 「期间的最后一日是法定休假日的，以法定休假日结束的次日为期间的最后一日。」 /
 *       「期间的最后一日的截止时间为二十四时；有业务时间的，停止业务活动的时间为截止时间。」 Which days count as
 *       法定休假日 is the {@link LastDayRule} parameter; the default is {@link LastDayRule#HOLIDAYS_AND_WEEKENDS}
 *       (see there why). This class works in whole days: an act on the last day is in time, whatever the hour.</li>
 *   <li>第二百零四条 — 「期间的计算方法依照本法的规定，但是法律另有规定或者当事人另有约定的除外。」 A rule whose law
 *       provides otherwise must not use this class for that period.</li>
 * </ul>
 *
 * <p>It also computes {@linkplain #lastDayOfWorkingDays(LocalDate, int) working-day periods} (「十五个工作日内」) with a
 * {@link HolidayCalendar}, and {@linkplain #latestDayBefore(LocalDate, int, BeforeReading) "N日前" deadlines} counted
 * backwards from an event, whose reading is the {@link BeforeReading} parameter (default
 * {@link BeforeReading#EVENT_MINUS_N}).
 *
 * <p>When the calendar does not cover a day the computation needs, the methods throw
 * {@link UncoveredDateException}; a rule reports "cannot tell" for that year rather than guessing.
 *
 * <p>Implementation Requirements: this class is immutable and thread-safe.
 */
public final class PeriodCalculator {

  /** The default reading of 法定休假日 in 民法典第二百零三条: {@link LastDayRule#HOLIDAYS_AND_WEEKENDS}. */
  public static final LastDayRule DEFAULT_LAST_DAY_RULE = LastDayRule.HOLIDAYS_AND_WEEKENDS;

  /** The default reading of 「N日前」: {@link BeforeReading#EVENT_MINUS_N}. */
  public static final BeforeReading DEFAULT_BEFORE_READING = BeforeReading.EVENT_MINUS_N;

  private final HolidayCalendar calendar;
  private final LastDayRule lastDayRule;
  private final BeforeReading beforeReading;

  private PeriodCalculator(HolidayCalendar calendar, LastDayRule lastDayRule, BeforeReading beforeReading) {
    this.calendar = Objects.requireNonNull(calendar, "calendar");
    this.lastDayRule = Objects.requireNonNull(lastDayRule, "lastDayRule");
    this.beforeReading = Objects.requireNonNull(beforeReading, "beforeReading");
  }

  /**
   * A calculator with the default readings ({@link #DEFAULT_LAST_DAY_RULE}, {@link #DEFAULT_BEFORE_READING}).
   *
   * @param calendar the holiday calendar, not null
   * @return the calculator
   */
  public static PeriodCalculator of(HolidayCalendar calendar) {
    return new PeriodCalculator(calendar, DEFAULT_LAST_DAY_RULE, DEFAULT_BEFORE_READING);
  }

  /**
   * @param calendar the holiday calendar, not null
   * @param lastDayRule the reading of 法定休假日 in 民法典第二百零三条, not null
   * @return the calculator, with the default {@link BeforeReading}
   */
  public static PeriodCalculator of(HolidayCalendar calendar, LastDayRule lastDayRule) {
    return new PeriodCalculator(calendar, lastDayRule, DEFAULT_BEFORE_READING);
  }

  /** @return a calculator over {@link HolidayCalendar#china()} with the default readings */
  public static PeriodCalculator china() {
    return of(HolidayCalendar.china());
  }

  /**
   * @param rule the reading of 法定休假日, not null
   * @return a calculator like this one with that reading
   */
  public PeriodCalculator withLastDayRule(LastDayRule rule) {
    return new PeriodCalculator(calendar, rule, beforeReading);
  }

  /**
   * @param reading the reading of 「N日前」, not null
   * @return a calculator like this one with that reading
   */
  public PeriodCalculator withBeforeReading(BeforeReading reading) {
    return new PeriodCalculator(calendar, lastDayRule, reading);
  }

  /** @return the holiday calendar */
  public HolidayCalendar calendar() {
    return calendar;
  }

  /** @return the reading of 法定休假日 applied to last days */
  public LastDayRule lastDayRule() {
    return lastDayRule;
  }

  /** @return the reading of 「N日前」 used by {@link #latestDayBefore(LocalDate, int)} */
  public BeforeReading beforeReading() {
    return beforeReading;
  }

  /**
   * The last day of a period of {@code days} days running from {@code start}: 民法典第二百零一条 (the start day is not
   * counted, so the nominal last day is {@code start + days}), then 第二百零三条 (a last day on a 法定休假日 moves to
   * the day after it ends, per {@link #lastDayRule()}).
   *
   * <p>Example: 「六十日内」 from 2019-03-01 ends on 2019-04-30; 「十五日内」 from 2019-09-22 nominally ends on
   * 2019-10-07 (国庆节) and moves to 2019-10-08.
   *
   * @param start the day of the event that starts the period (交办, 收到, 登记…), not null
   * @param days the length in days, positive
   * @return the deadline
   * @throws UncoveredDateException if the calendar does not cover the last day or the days it moves across
   */
  public Deadline lastDayOfDays(LocalDate start, int days) {
    requirePositive(days, "days");
    LocalDate nominal = start.plusDays(days);
    return new Deadline(start, days, PeriodUnit.DAYS, nominal, shift(nominal), lastDayRule);
  }

  /**
   * The last day of a period of {@code months} months running from {@code start}: 民法典第二百零二条 (the day of the
   * final month corresponding to the start day, or that month's last day if it has none), then 第二百零三条.
   *
   * <p>Examples: 2019-01-31 + 1个月 → 2019-02-28; 2020-01-31 + 1个月 → 2020-02-29; 2019-08-31 + 6个月 →
   * 2020-02-29 (nominal; a Saturday, so {@link LastDayRule#HOLIDAYS_AND_WEEKENDS} moves it to 2020-03-02).
   *
   * @param start the day of the event that starts the period, not null
   * @param months the length in months, positive
   * @return the deadline
   * @throws UncoveredDateException if the calendar does not cover the last day or the days it moves across
   */
  public Deadline lastDayOfMonths(LocalDate start, int months) {
    requirePositive(months, "months");
    LocalDate nominal = start.plusMonths(months); // java.time clamps to the month end: 第二百零二条
    return new Deadline(start, months, PeriodUnit.MONTHS, nominal, shift(nominal), lastDayRule);
  }

  /**
   * The last day of a period of {@code years} years running from {@code start}: 民法典第二百零二条 (the corresponding
   * day; 29 February falls back to 28 February), then 第二百零三条.
   *
   * @param start the day of the event that starts the period, not null
   * @param years the length in years, positive
   * @return the deadline
   * @throws UncoveredDateException if the calendar does not cover the last day or the days it moves across
   */
  public Deadline lastDayOfYears(LocalDate start, int years) {
    requirePositive(years, "years");
    LocalDate nominal = start.plusYears(years);
    return new Deadline(start, years, PeriodUnit.YEARS, nominal, shift(nominal), lastDayRule);
  }

  /**
   * The last day of a period of {@code workingDays} working days (「N个工作日内」) running from {@code start}: the start
   * day is not counted (民法典第二百零一条 by analogy); from the next day on, every working day of the calendar counts
   * (weekends and statutory holidays are skipped, make-up working days 调休上班 count). The result is the
   * {@code workingDays}-th working day after {@code start}; it is itself a working day, so 第二百零三条 never moves it.
   *
   * <p>Example: 15 working days from 2019-09-27 end on 2019-10-23 (2019-09-29 and 2019-10-12 are make-up working
   * days, 2019-10-01..07 are off).
   *
   * @param start the day of the event that starts the period, not null
   * @param workingDays the number of working days, positive
   * @return the deadline ({@link Deadline#nominalLastDay()} equals {@link Deadline#lastDay()})
   * @throws UncoveredDateException if the calendar does not cover a day between {@code start} (exclusive) and the
   *     result
   */
  public Deadline lastDayOfWorkingDays(LocalDate start, int workingDays) {
    requirePositive(workingDays, "workingDays");
    LocalDate d = start;
    int counted = 0;
    while (counted < workingDays) {
      d = d.plusDays(1);
      if (calendar.isWorkingDay(d)) {
        counted++;
      }
    }
    return new Deadline(start, workingDays, PeriodUnit.WORKING_DAYS, d, d, lastDayRule);
  }

  /**
   * Dispatches on the unit.
   *
   * @param start the day of the event that starts the period, not null
   * @param amount the length, positive
   * @param unit the unit, not null
   * @return the deadline
   * @throws UncoveredDateException if the calendar does not cover a day the computation needs
   */
  public Deadline lastDayOf(LocalDate start, int amount, PeriodUnit unit) {
    return switch (unit) {
      case DAYS -> lastDayOfDays(start, amount);
      case MONTHS -> lastDayOfMonths(start, amount);
      case YEARS -> lastDayOfYears(start, amount);
      case WORKING_DAYS -> lastDayOfWorkingDays(start, amount);
    };
  }

  /**
   * Whether an act happened within a period: on or before its {@linkplain Deadline#lastDay() last day}. An act
   * before {@code start} is also "within" (it is not late).
   *
   * @param start the day of the event that starts the period, not null
   * @param amount the length, positive
   * @param unit the unit, not null
   * @param act the day of the act, not null
   * @return true if the act is not late
   * @throws UncoveredDateException if the calendar does not cover a day the computation needs
   */
  public boolean isWithin(LocalDate start, int amount, PeriodUnit unit, LocalDate act) {
    return lastDayOf(start, amount, unit).isMetBy(act);
  }

  /**
   * Applies 民法典第二百零三条第一款 to a nominal last day: while it is a 法定休假日 under {@link #lastDayRule()}, the
   * next day becomes the last day («以法定休假日结束的次日为期间的最后一日»).
   *
   * @param nominalLastDay the last day by 第二百零一条/第二百零二条, not null
   * @return the last day after the shift, not before {@code nominalLastDay}
   * @throws UncoveredDateException if the calendar does not cover a day it has to look at
   */
  public LocalDate shift(LocalDate nominalLastDay) {
    LocalDate d = nominalLastDay;
    while (isRestDay(d)) {
      d = d.plusDays(1);
    }
    return d;
  }

  private boolean isRestDay(LocalDate d) {
    return switch (lastDayRule) {
      case HOLIDAYS_ONLY -> calendar.isStatutoryHoliday(d);
      case HOLIDAYS_AND_WEEKENDS -> !calendar.isWorkingDay(d);
    };
  }

  /**
   * The latest day on which an act satisfies 「{@code days}日前」 / 「{@code days}日以前」 before an event, under this
   * calculator's {@link #beforeReading()}.
   *
   * @param event the day of the event (meeting, election day), not null
   * @param days N, positive
   * @return the latest day for the act
   */
  public LocalDate latestDayBefore(LocalDate event, int days) {
    return latestDayBefore(event, days, beforeReading);
  }

  /**
   * The latest day on which an act satisfies 「{@code days}日前」 / 「{@code days}日以前」 before an event, for example
   * 监督法第十五条: the report goes to the committee 「二十日前」 of the meeting.
   * <ul>
   *   <li>{@link BeforeReading#EVENT_MINUS_N}: {@code event − days} (meeting 2019-04-26, 二十日前 → 2019-04-06);</li>
   *   <li>{@link BeforeReading#N_CLEAR_DAYS}: {@code event − days − 1} (→ 2019-04-05).</li>
   * </ul>
   * No holiday adjustment is made: 民法典第二百零三条 extends periods that run forward to their last day; it says
   * nothing about a latest day counted backwards, and moving it earlier would shorten a statutory period. A latest day
   * that falls on a holiday is reported as it is.
   *
   * @param event the day of the event, not null
   * @param days N, positive
   * @param reading the reading of 「N日前」, not null
   * @return the latest day for the act
   */
  public LocalDate latestDayBefore(LocalDate event, int days, BeforeReading reading) {
    requirePositive(days, "days");
    Objects.requireNonNull(reading, "reading");
    return switch (reading) {
      case EVENT_MINUS_N -> event.minusDays(days);
      case N_CLEAR_DAYS -> event.minusDays(days + 1L);
    };
  }

  /**
   * Whether an act satisfies 「{@code days}日前」 before an event under this calculator's {@link #beforeReading()}.
   *
   * @param act the day of the act, not null
   * @param event the day of the event, not null
   * @param days N, positive
   * @return true if {@code act} is on or before {@link #latestDayBefore(LocalDate, int)}
   */
  public boolean isInTimeBefore(LocalDate act, LocalDate event, int days) {
    return !act.isAfter(latestDayBefore(event, days));
  }

  private static void requirePositive(int value, String what) {
    if (value <= 0) {
      throw new IllegalArgumentException(what + " must be positive, found " + value);
    }
  }

  @Override
  public String toString() {
    return "PeriodCalculator[" + calendar.name() + ", " + lastDayRule + ", " + beforeReading + "]";
  }
}
