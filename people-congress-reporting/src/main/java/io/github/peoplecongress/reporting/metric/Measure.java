package io.github.peoplecongress.reporting.metric;

/**
 * How a metric is accumulated, which decides how the statistics of two parts merge (a commutative monoid in each
 * case): sums add, sets unite, rates are derived at the end from merged numerators and denominators.
 */
public enum Measure {
  /** 计数: a sum of non-negative longs, one term per record (or per person-time). */
  COUNT("计数"),
  /** 去重计数: the size of a set of keys (law titles, deputy ids, organisation ids), so a thing counts once. */
  DISTINCT("去重计数"),
  /** 金额: a sum of exact amounts in yuan. */
  AMOUNT("金额"),
  /** 按会议日期去重计数: reports keyed by id and placed in a year by their meeting's date. */
  REPORTS("按会议日期去重计数"),
  /** 比率: an exact fraction of two merged quantities, shown as a percentage. */
  RATE("比率"),
  /** 届次: the congress term number. */
  TERM("届次");

  private final String label;

  Measure(String label) {
    this.label = label;
  }

  /**
   * Returns the Chinese label.
   *
   * @return the label, such as {@code "去重计数"}, not null
   */
  public String getLabel() {
    return label;
  }
}
