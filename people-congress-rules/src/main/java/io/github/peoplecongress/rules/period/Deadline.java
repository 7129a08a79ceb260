package io.github.peoplecongress.rules.period;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The end of a period computed by {@link PeriodCalculator}: the start, the length, the last day before and after the
 * holiday shift of 民法典第二百零三条, and the rule that was applied. An act is in time if it happens on or before
 * {@link #lastDay()} (the period ends at 24:00 of that day, 第二百零三条第二款).
 *
 * <p>Implementation Requirements: this record is immutable and thread-safe.
 *
 * @param start the day the period runs from (not counted, 第二百零一条), not null
 * @param amount the length, positive
 * @param unit the unit, not null
 * @param nominalLastDay the last day by 第二百零一条/第二百零二条 alone, not null
 * @param lastDay the last day after 第二百零三条 (equal to {@code nominalLastDay} if no holiday intervened), not null
 * @param lastDayRule the reading of 法定休假日 applied, not null
 */
public record Deadline(LocalDate start, int amount, PeriodUnit unit, LocalDate nominalLastDay, LocalDate lastDay,
    LastDayRule lastDayRule) {

  /**
   * Checks the components.
   *
   * @param start the start day, not null
   * @param amount the length, positive
   * @param unit the unit, not null
   * @param nominalLastDay the unshifted last day, not null, after {@code start}
   * @param lastDay the shifted last day, not null, not before {@code nominalLastDay}
   * @param lastDayRule the reading applied, not null
   */
  public Deadline {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(nominalLastDay, "nominalLastDay");
    Objects.requireNonNull(lastDay, "lastDay");
    Objects.requireNonNull(lastDayRule, "lastDayRule");
    if (amount <= 0) {
      throw new IllegalArgumentException("Deadline: amount must be positive, found " + amount);
    }
    if (lastDay.isBefore(nominalLastDay)) {
      throw new IllegalArgumentException("Deadline: lastDay " + lastDay + " is before nominalLastDay "
          + nominalLastDay);
    }
  }

  /** @return whether 第二百零三条 moved the last day */
  public boolean shifted() {
    return !lastDay.equals(nominalLastDay);
  }

  /**
   * @param act the day of the act, not null
   * @return true if the act is on or before {@link #lastDay()} (an act before the start is also in time)
   */
  public boolean isMetBy(LocalDate act) {
    return !act.isAfter(lastDay);
  }

  /** @return for example {@code 2019-03-01起60日，最后一日2019-04-30} */
  @Override
  public String toString() {
    return start + "起" + amount + unit.getLabel() + "，最后一日" + lastDay
        + (shifted() ? "（原为" + nominalLastDay + "，依民法典第二百零三条顺延）" : "");
  }
}
