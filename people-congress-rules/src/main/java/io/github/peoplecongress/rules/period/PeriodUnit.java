package io.github.peoplecongress.rules.period;

/**
 * The unit of a period (民法典第二百条: 「民法所称的期间按照公历年、月、日、小时计算。」), plus working days for the
 * 「N个工作日」 periods of local rules.
 *
 * <p>Implementation Requirements: this enum is immutable and thread-safe.
 */
public enum PeriodUnit {
  /** Calendar days (日). */
  DAYS("日"),
  /** Calendar months (个月), ending per 民法典第二百零二条. */
  MONTHS("个月"),
  /** Calendar years (年), ending per 民法典第二百零二条. */
  YEARS("年"),
  /** Working days (个工作日), per a {@link HolidayCalendar}. */
  WORKING_DAYS("个工作日");

  private final String label;

  PeriodUnit(String label) {
    this.label = label;
  }

  /** @return the Chinese label, for example {@code 个月} */
  public String getLabel() {
    return label;
  }
}
