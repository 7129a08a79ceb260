package io.github.peoplecongress.rules.period;

import java.time.LocalDate;

/**
 * Which days move the last day of a period under 民法典第二百零三条第一款: 「期间的最后一日是法定休假日的，以法定休假日结束的
 * 次日为期间的最后一日。」 The Code does not define 法定休假日; this is the parameter for that open reading
 * (DOMAIN.md §4).
 *
 * <p>Implementation Requirements: this enum is immutable and thread-safe.
 */
public enum LastDayRule {

  /**
   * Only the days off of the official holiday arrangement ({@link HolidayCalendar#isStatutoryHoliday(LocalDate)})
   * move the last day; a last day on an ordinary Saturday or Sunday stays. This is the literal reading of
   * 「法定休假日」 as the holidays of 《全国年节及纪念日放假办法》 and their arranged blocks.
   */
  HOLIDAYS_ONLY("仅法定节假日顺延"),

  /**
   * Statutory holidays and ordinary weekends move the last day; a make-up working day (调休上班) does not. The last
   * day is therefore always a working day. <b>The default</b> of {@link PeriodCalculator}: the predecessor provision,
   * 民法通则第一百五十四条第三款, said 「期间的最后一天是星期日或者其他法定休假日的，以休假日的次日为期间的最后一天。」 — it counted
   * the weekly rest day among the 法定休假日 — and Chinese judicial practice is commonly described as reading
   * 法定休假日 in 民法典第二百零三条 (and in the procedural laws' period rules) to include the weekly rest days. That is a
   * reading, not a holding verified by this library: hosts who follow the literal reading choose
   * {@link #HOLIDAYS_ONLY}. For a compliance check the default is also the cautious choice: it never reports a
   * violation the other reading would not.
   */
  HOLIDAYS_AND_WEEKENDS("法定节假日及周末顺延");

  private final String label;

  LastDayRule(String label) {
    this.label = label;
  }

  /** @return the Chinese label */
  public String getLabel() {
    return label;
  }
}
