package io.github.peoplecongress.model.problem;

/** What kind of check found a {@link Problem}. */
public enum ProblemKind {
  /** The text is not well-formed JSON, or exceeds a size limit (格式错误). */
  SYNTAX("JSON格式错误"),
  /** A value has the wrong JSON type, an unknown field, a missing required field or an invalid value (字段错误). */
  MAPPING("字段类型或取值错误"),
  /** A Jakarta constraint on a record is violated, such as a bad ID-number check digit (校验不通过). */
  CONSTRAINT("数据校验不通过"),
  /** A reference points nowhere, an id is used twice, or a date lies outside the year (引用完整性). */
  INTEGRITY("引用完整性错误"),
  /** Accepted, but the input was changed or partly ignored, as in lenient reading of unknown fields (提示). */
  NOTICE("提示");

  private final String label;

  ProblemKind(String label) {
    this.label = label;
  }

  /**
   * Returns the Chinese label.
   *
   * @return the label, such as {@code "数据校验不通过"}, not null
   */
  public String getLabel() {
    return label;
  }
}
