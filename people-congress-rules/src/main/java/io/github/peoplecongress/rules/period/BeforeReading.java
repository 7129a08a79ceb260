package io.github.peoplecongress.rules.period;

/**
 * How to read a deadline of the form 「N日前」 / 「N日以前」 counted backwards from an event (a meeting, an election
 * day): 监督法 2024年第十五条 (二十日前 / 十日前 / 七日前), 选举法 2020年 (二十日以前, 十五日以前, 七日以前), 预算法 (三十日前).
 * The statutes do not say whether the act may fall on the day exactly N days before the event or whether N whole days
 * must lie between act and event (DOMAIN.md §4).
 *
 * <p>Example: meeting on 2019-04-26, 「二十日前」: {@link #EVENT_MINUS_N} gives 2019-04-06 as the latest day,
 * {@link #N_CLEAR_DAYS} gives 2019-04-05.
 *
 * <p>Implementation Requirements: this enum is immutable and thread-safe.
 */
public enum BeforeReading {

  /**
   * The act may happen on event − N days at the latest. <b>The default</b>: it is 民法典第二百零一条 run backwards
   * (the event day is not counted; the N days event − N … event − 1 form the period and the act on its first day
   * is N days before), it matches the ordinary meaning of "20 days before 26 April" (6 April), and it is the
   * lenient reading, so a check under it reports only acts late under both readings.
   */
  EVENT_MINUS_N("事件日前第N日"),

  /**
   * N whole days must lie strictly between the act and the event (neither day counted), so the act may happen on
   * event − N − 1 days at the latest. The strict reading; choose it where a local rule or practice demands
   * 「间隔N日」.
   */
  N_CLEAR_DAYS("间隔N个整日");

  private final String label;

  BeforeReading(String label) {
    this.label = label;
  }

  /** @return the Chinese label */
  public String getLabel() {
    return label;
  }
}
