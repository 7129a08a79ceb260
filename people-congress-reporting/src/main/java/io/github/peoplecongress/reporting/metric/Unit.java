package io.github.peoplecongress.reporting.metric;

import java.math.BigDecimal;

/**
 * The unit a metric is counted or shown in, as the work report writes it: {@code 次} for meetings, {@code 人次} for
 * person-times, {@code 万元} for money shown in ten-thousands of yuan.
 *
 * <p>Money is always computed in yuan (元); a money unit only says how the value is shown ({@link #yuanPerUnit()}).
 * A count of persons is {@link #PERSONS} (人: each person once); a count of participations is
 * {@link #PERSON_TIMES} (人次: a person at two meetings counts twice).
 */
public enum Unit {
  /** 次: occurrences, such as meetings held. */
  TIMES("次", "times"),
  /** 项: items, such as reports heard or resolutions adopted. */
  ITEMS("项", "items"),
  /** 部: laws and regulations. */
  LAWS("部", "laws"),
  /** 件: pieces, such as letters or suggestions. */
  PIECES("件", "pieces"),
  /** 人次: person-times; one person taking part twice counts twice. */
  PERSON_TIMES("人次", "person-times"),
  /** 人: persons; each person counts once. */
  PERSONS("人", "persons"),
  /** 个: generic count, such as departments, groups or mailboxes. */
  COUNT("个", "units"),
  /** 所: schools. */
  SCHOOLS("所", "schools"),
  /** 处: sites, such as pocket parks. */
  SITES("处", "sites"),
  /** 批次: batches of visitors. */
  BATCHES("批次", "batches"),
  /** 篇: articles and reports. */
  ARTICLES("篇", "articles"),
  /** 期: issues of a periodical. */
  ISSUES("期", "issues"),
  /** 届: a congress term number. */
  TERM("届", "term"),
  /** %: a rate, computed as an exact fraction and shown as a percentage. */
  PERCENT("%", "%"),
  /** 元: yuan. */
  YUAN("元", "yuan", BigDecimal.ONE),
  /** 万元: ten thousand yuan. */
  TEN_THOUSAND_YUAN("万元", "10,000 yuan", BigDecimal.valueOf(10_000)),
  /** 亿元: one hundred million yuan. */
  HUNDRED_MILLION_YUAN("亿元", "100 million yuan", BigDecimal.valueOf(100_000_000));

  private final String label;
  private final String englishLabel;
  private final BigDecimal factor;

  Unit(String label, String englishLabel) {
    this(label, englishLabel, null);
  }

  Unit(String label, String englishLabel, BigDecimal factor) {
    this.label = label;
    this.englishLabel = englishLabel;
    this.factor = factor;
  }

  /**
   * Returns the Chinese label.
   *
   * @return the label, such as {@code "人次"}, not null
   */
  public String getLabel() {
    return label;
  }

  /**
   * Returns the English label.
   *
   * @return the label, such as {@code "person-times"}, not null
   */
  public String getEnglishLabel() {
    return englishLabel;
  }

  /**
   * Returns the label in a language.
   *
   * @param language  the language, not null
   * @return the label, not null
   */
  public String label(Language language) {
    return language == Language.ZH ? label : englishLabel;
  }

  /**
   * Returns whether this is a money unit (元, 万元, 亿元).
   *
   * @return true for money
   */
  public boolean money() {
    return factor != null;
  }

  /**
   * Returns how many yuan one of this unit is: 1 for 元, 10,000 for 万元, 100,000,000 for 亿元.
   *
   * @return the factor, not null
   * @throws IllegalStateException if this is not a money unit
   */
  public BigDecimal yuanPerUnit() {
    if (factor == null) {
      throw new IllegalStateException("Unit " + name() + " (" + label + ") is not a money unit");
    }
    return factor;
  }
}
