package io.github.peoplecongress.rules.assessor;

import java.time.LocalDate;

/** How 「年满二十八周岁」 is read: from the 28th birthday itself, or from the day after it. */
public enum AgeReading {
  /** The person is 28 on the 28th birthday (the everyday reckoning of age). */
  ON_BIRTHDAY("周岁生日当日起算"),
  /**
   * The person is "full" 28 only from the day after the 28th birthday, the reckoning of 周岁 in Chinese judicial
   * practice on criminal age (cited from memory, UNVERIFIED for this law).
   */
  DAY_AFTER_BIRTHDAY("周岁生日的第二天起算");

  private final String label;

  AgeReading(String label) {
    this.label = label;
  }

  /** @return the Chinese label, not null */
  public String getLabel() {
    return label;
  }

  /**
   * Returns the first day on which a person born on {@code birthDate} counts as having reached {@code years} full
   * years. A 29 February birthday falls on 28 February in a common year (民法典第二百零二条 by analogy).
   *
   * @param birthDate  the birth date, not null
   * @param years  the age, positive
   * @return the first qualifying day, not null
   */
  public LocalDate firstDay(LocalDate birthDate, int years) {
    LocalDate birthday = birthDate.plusYears(years);
    return this == ON_BIRTHDAY ? birthday : birthday.plusDays(1);
  }
}
