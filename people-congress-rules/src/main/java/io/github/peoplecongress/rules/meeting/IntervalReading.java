package io.github.peoplecongress.rules.meeting;

/**
 * How to read 「每两个月至少举行一次」 (地方组织法 2022 第五十一条第一款; DOMAIN.md §4).
 *
 * <p>Example: meetings on 2019-01-10 and 2019-04-20. Under {@link #ROLLING_GAP} the second is late (the two months
 * from 2019-01-10 end on 2019-03-10, moved to 2019-03-11 because 03-10 is a Sunday). Under
 * {@link #CALENDAR_BLOCKS} the block March–April has a meeting and January–February too, so neither is late.
 *
 * <p>Implementation Requirements: this enum is immutable and thread-safe.
 */
public enum IntervalReading {
  /**
   * The default: the next meeting must be held within two months of the previous one, the period counted by
   * 民法典第二百零一条至第二百零三条 from the previous meeting's opening date (start day not counted, corresponding day of
   * the month, a last day on a rest day moves to the next working day).
   */
  ROLLING_GAP("相邻两次会议间隔不超过两个月"),
  /** Each calendar block of two months (January–February, March–April, …) must contain a meeting. */
  CALENDAR_BLOCKS("每个自然双月至少一次");

  private final String label;

  IntervalReading(String label) {
    this.label = label;
  }

  /** @return the Chinese label, not null */
  public String getLabel() {
    return label;
  }
}
