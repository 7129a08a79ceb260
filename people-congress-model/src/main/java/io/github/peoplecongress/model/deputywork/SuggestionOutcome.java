package io.github.peoplecongress.model.deputywork;

/**
 * The outcome category of an answer to a deputy's suggestion (办理结果分类), by meaning. The letters are the usual
 * four-class scheme of the national and most local handling reports; no statute fixes them, and some
 * jurisdictions use other letters (甲/乙/丙类, or a five-class scheme that splits "being solved" from "planned"),
 * so {@link SuggestionAnswer#getLocalClass()} keeps the letter the unit actually printed.
 *
 * <ul>
 *   <li>A — 已经解决或基本解决 (solved or basically solved, including by other channels);
 *   <li>B — 正在解决或列入计划逐步解决 (being solved, or in a plan to be solved step by step);
 *   <li>C — 因条件限制暂时难以解决 (cannot be solved for now because conditions are lacking, explained to the
 *       deputy);
 *   <li>D — 留作参考 (kept for reference).
 * </ul>
 */
public enum SuggestionOutcome {
  /** A 类: 已经解决或基本解决. */
  SOLVED("A", "已解决或基本解决"),
  /** B 类: 正在解决或列入计划逐步解决. */
  PLANNED("B", "列入计划逐步解决"),
  /** C 类: 因条件限制暂时难以解决. */
  DEFERRED("C", "因条件限制暂时难以解决"),
  /** D 类: 留作参考. */
  FOR_REFERENCE("D", "留作参考");

  private final String code;
  private final String label;

  SuggestionOutcome(String code, String label) {
    this.code = code;
    this.label = label;
  }

  /**
   * Returns the usual class letter.
   *
   * @return the letter, such as {@code "A"}, not null
   */
  public String getCode() {
    return code;
  }

  /**
   * Returns the Chinese label.
   *
   * @return the label, such as {@code "已解决或基本解决"}, not null
   */
  public String getLabel() {
    return label;
  }
}
