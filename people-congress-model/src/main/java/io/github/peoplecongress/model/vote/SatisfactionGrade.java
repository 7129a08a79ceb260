package io.github.peoplecongress.model.vote;

/**
 * The three grades of a satisfaction vote (满意度测评三个等次), as in the Shenzhen rules Art. 6 and the Anhui draft:
 * 满意, 基本满意, 不满意. Also used for a deputy's opinion of the answer to a suggestion.
 */
public enum SatisfactionGrade {
  /** 满意. */
  SATISFIED("满意"),
  /** 基本满意. */
  BASICALLY_SATISFIED("基本满意"),
  /** 不满意. */
  DISSATISFIED("不满意");

  private final String label;

  SatisfactionGrade(String label) {
    this.label = label;
  }

  /**
   * Returns the Chinese label.
   *
   * @return the label, such as {@code "基本满意"}, not null
   */
  public String getLabel() {
    return label;
  }
}
