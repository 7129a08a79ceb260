package io.github.peoplecongress.model.petition;

/**
 * The category of a petition under 信访工作条例 Arts. 29–31.
 */
public enum PetitionCategory {
  /** 建议意见类 (Art. 29): suggestions and opinions. */
  SUGGESTION("建议意见类"),
  /** 检举控告类 (Art. 30): reports and accusations. */
  ACCUSATION("检举控告类"),
  /** 申诉求决类 (Art. 31): complaints and requests for a decision. */
  CLAIM("申诉求决类"),
  /** 其他: not classified under Arts. 29–31. */
  OTHER("其他");

  private final String label;

  PetitionCategory(String label) {
    this.label = label;
  }

  /**
   * Returns the Chinese label.
   *
   * @return the label, such as {@code "申诉求决类"}, not null
   */
  public String getLabel() {
    return label;
  }
}
